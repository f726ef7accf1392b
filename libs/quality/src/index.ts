export * from './action-event.entity';
export * from './action-policy.entity';
export * from './action-step.entity';
export * from './corrective-action.entity';
export * from './quality-issue.entity';
export * from './step-content';
export * from './step-transitions';
