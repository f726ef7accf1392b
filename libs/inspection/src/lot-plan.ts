import { InspectionLevel, PlanSeverity, samplingPlan } from '@chainq/sampling';
import { LotDecision } from './inspection-lot.entity';

/** Plans by (lot size, level, AQL, severity): files repeat a few combinations thousands of times. */
const plans = new Map<string, ReturnType<typeof samplingPlan>>();

/** The GB/T 2828.1 plan of a lot (level II unless given), looked up once per combination. */
export function planFor(lot: { lotSize: number; inspectionLevel?: string | null; aql?: string | null }, severity: PlanSeverity): ReturnType<typeof samplingPlan> {
  const level = (lot.inspectionLevel ?? 'II') as InspectionLevel;
  const key = `${lot.lotSize}|${level}|${lot.aql}|${severity}`;
  let plan = plans.get(key);
  if (plan === undefined) {
    if (plans.size >= 10_000) plans.clear();
    plan = samplingPlan({ lotSize: lot.lotSize, level, aql: lot.aql ?? '', severity });
    plans.set(key, plan);
  }
  return plan;
}

/** A lot is accepted when its nonconforming units do not exceed the plan's acceptance number. */
export const decisionOn = (acceptanceNumber: number, nonconformingUnits: number): LotDecision =>
  nonconformingUnits <= acceptanceNumber ? LotDecision.ACCEPT : LotDecision.REJECT;
