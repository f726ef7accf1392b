export { SamplingInputError } from './sampling-input.error';

export { AQLS, type Aql, aqlIndex, isAql } from './aql.table';

export {
  CODE_LETTERS,
  CODE_LETTER_TABLE,
  type CodeLetter,
  type CodeLetterRow,
  INSPECTION_LEVELS,
  type InspectionLevel,
  type PlanSeverity,
  SEVERITIES,
  type Severity,
  codeLetter,
  codeLetterIndex,
  codeLetterInputError,
  isInspectionLevel,
  isSeverity,
} from './code-letter.table';

export { MASTER_TABLES, type MasterTable, type MasterTableCell, type MasterTableRow, type TableLetter, masterTableRow } from './master-table.table';

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
  returnToNormal,
} from './switching.rule';
