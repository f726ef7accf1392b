import { defineReasons, ErrorCode } from '@chainq/core';

/** Why an inspection lot, a sampling plan, a switching decision or a pass-rate query was refused. */
export enum InspectionReason {
  LotSupplierNotInScope = 'LOT_SUPPLIER_NOT_IN_SCOPE',
  LotSizeInvalid = 'LOT_SIZE_INVALID',
  SampleExceedsLot = 'SAMPLE_EXCEEDS_LOT',
  DefectsExceedSample = 'DEFECTS_EXCEED_SAMPLE',
  SubmissionOutOfRange = 'SUBMISSION_OUT_OF_RANGE',
  SampleBelowPlan = 'SAMPLE_BELOW_PLAN',
  DecisionContradictsPlan = 'DECISION_CONTRADICTS_PLAN',
  DecisionRequired = 'DECISION_REQUIRED',
  DefectCountInvalid = 'DEFECT_COUNT_INVALID',
  DuplicateLotNumber = 'DUPLICATE_LOT_NUMBER',
  SpreadsheetErrorValue = 'SPREADSHEET_ERROR_VALUE',
  LotsPerCallOutOfRange = 'LOTS_PER_CALL_OUT_OF_RANGE',
  SamplingPlanInvalid = 'SAMPLING_PLAN_INVALID',
  InspectionDiscontinued = 'INSPECTION_DISCONTINUED',
  NotDiscontinued = 'NOT_DISCONTINUED',
  ReducedNeedsNormal = 'REDUCED_NEEDS_NORMAL',
  NotReduced = 'NOT_REDUCED',
  SwitchingScoreTooLow = 'SWITCHING_SCORE_TOO_LOW',
  ReducedAlreadyApproved = 'REDUCED_ALREADY_APPROVED',
  PassRatesRestricted = 'PASS_RATES_RESTRICTED',
  ScopeIdInvalid = 'SCOPE_ID_INVALID',
}

const { BadUserInput, Forbidden, Conflict } = ErrorCode;

export const INSPECTION_REASONS = defineReasons<InspectionReason>('inspection', {
  [InspectionReason.LotSupplierNotInScope]: { code: BadUserInput, meaning: 'You may not record lots for this enterprise: not your own enterprise in a chain you supply, nor a supplier of a chain you lead.' },
  [InspectionReason.LotSizeInvalid]: { code: BadUserInput, meaning: 'The lot size must be a whole number of at least 1.' },
  [InspectionReason.SampleExceedsLot]: { code: BadUserInput, meaning: 'The sample size must be at least 1 and cannot be larger than the lot size.' },
  [InspectionReason.DefectsExceedSample]: { code: BadUserInput, meaning: 'The number of nonconforming units cannot be larger than the sample size.' },
  [InspectionReason.SubmissionOutOfRange]: { code: BadUserInput, meaning: 'The submission number must be 1 (first submission) to 99.' },
  [InspectionReason.SampleBelowPlan]: { code: BadUserInput, meaning: 'Fewer units were sampled than the sampling plan needs (GB/T 2828.1).' },
  [InspectionReason.DecisionContradictsPlan]: { code: BadUserInput, meaning: 'The accept/reject decision given contradicts what the sampling plan gives for the nonconforming units.' },
  [InspectionReason.DecisionRequired]: { code: BadUserInput, meaning: 'Without a sampling plan (100% inspection) the decision must be given.' },
  [InspectionReason.DefectCountInvalid]: { code: BadUserInput, meaning: 'A defect count must be a whole number of 0 or more.' },
  [InspectionReason.DuplicateLotNumber]: { code: BadUserInput, meaning: 'The same lot number appears twice in this batch with the same stage and submission.' },
  [InspectionReason.SpreadsheetErrorValue]: { code: BadUserInput, meaning: 'The cell holds a spreadsheet error (#DIV/0!, #N/A ...) instead of a value; correct the formula or the cell.' },
  [InspectionReason.LotsPerCallOutOfRange]: { code: BadUserInput, meaning: 'Send between 1 and `max` lots at a time.' },
  [InspectionReason.SamplingPlanInvalid]: { code: BadUserInput, meaning: 'No GB/T 2828.1 sampling plan fits the lot size, inspection level and AQL given.' },
  [InspectionReason.InspectionDiscontinued]: { code: Conflict, meaning: 'Inspection of this part is discontinued after 5 lots rejected under tightened inspection; the chain leader must resume it first.' },
  [InspectionReason.NotDiscontinued]: { code: Conflict, meaning: 'Inspection of this part is not discontinued, so there is nothing to resume.' },
  [InspectionReason.ReducedNeedsNormal]: { code: Conflict, meaning: 'Reduced inspection can follow normal inspection only.' },
  [InspectionReason.NotReduced]: { code: Conflict, meaning: 'This part is not under reduced inspection, so there is nothing to end.' },
  [InspectionReason.SwitchingScoreTooLow]: { code: Conflict, meaning: 'The switching score is not yet high enough for reduced inspection.' },
  [InspectionReason.ReducedAlreadyApproved]: { code: Conflict, meaning: 'Reduced inspection is already approved for this part.' },
  [InspectionReason.PassRatesRestricted]: { code: Forbidden, meaning: 'These pass rates are shown only to the chain leader, the supplier itself and the coordinators responsible.' },
  [InspectionReason.ScopeIdInvalid]: { code: BadUserInput, meaning: 'The scope id does not fit the scope kind (a chain and supplier id pair, or a six-digit region code).' },
});
