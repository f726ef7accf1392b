export * from './scoring';
export * from './reporting-period';
export * from './overview.queries';
export * from './overview.service';
export * from './scorecard.service';
export * from './insights.module';
