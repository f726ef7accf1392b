/**
 * Thrown only by helpers that return plain values (`codeLetter`,
 * `nextSwitchingState`, `resumeInspection`). `samplingPlan` never throws; it
 * returns the same message in its result. Messages start with the field name
 * ("lotSize: ...") so an API layer can map them to BAD_USER_INPUT unchanged.
 */
export class SamplingInputError extends Error {
  override readonly name = 'SamplingInputError';
}
