export * from './inspection-lot.entity';
export * from './inspection-lot.service';
export * from './inspection.module';
