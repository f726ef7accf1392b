export { SamplingInputError } from './sampling-input.error';

export { AQLS, type Aql, LARGEST_RULE_AQL, aqlIndex, isAboveRuleRange, isAql } from './aql.table';

export {
  CODE_LETTERS,
  CODE_LETTER_TABLE,
  type CodeLetter,
  type CodeLetterRow,
  INSPECTION_LEVELS,
  type InspectionLevel,
  type PlanSeverity,
  REDUCED_SAMPLE_SIZES_UNVERIFIED,
  SAMPLE_SIZES,
  SEVERITIES,
  type Severity,
  codeLetter,
  codeLetterIndex,
  codeLetterInputError,
  isInspectionLevel,
  isSeverity,
} from './code-letter.table';

export { type MasterTableCell, NORMAL_PLANS_FROM_K3, TIGHTENED_PLANS_FROM_K3, normalCell, tightenedCell } from './master-table.rule';

export {
  type SamplingPlan,
  type SamplingPlanRequest,
  type SamplingPlanResult,
  acceptanceNumberOneStepTighter,
  samplingPlan,
} from './sampling-plan.rule';

export {
  type LotResult,
  REDUCED_SWITCHING_SCORE,
  SWITCHING_SCORE_RULE_UNVERIFIED,
  assertLotResult,
  nextSwitchingScore,
} from './switching-score.rule';

export {
  DISCONTINUE_AFTER_REJECTED,
  type LotOutcome,
  RELAX_AFTER_ACCEPTED,
  type SwitchingEvent,
  type SwitchingOptions,
  type SwitchingState,
  TIGHTEN_AFTER_REJECTED,
  TIGHTEN_WINDOW,
  initialSwitchingState,
  nextSwitchingState,
  resumeInspection,
} from './switching.rule';
