export * from './demo-seeder';
export * from './demo-world';
export * from './demo.module';
export * from './registry-seeder';
export * from './standards-seeder';
export * from './quality-seeder';
export * from './inspection-seeder';
export * from './credit-seeder';
