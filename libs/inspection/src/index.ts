export * from './inspection-lot.entity';
export * from './inspection-lot.service';
export * from './inspection.module';
export * from './china-day';
export * from './pass-rate-rollup.entity';
export * from './pass-rate.service';
export * from './rollup.service';
