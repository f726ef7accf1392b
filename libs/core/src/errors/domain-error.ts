import { CoreReason } from './core-reasons';

/** Codes match GraphQL `extensions.code`; the formatter maps them one to one. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
}

/** Each code's reason when the thrower names none: a client always finds `extensions.reason`. */
const DEFAULT_REASONS: Record<ErrorCode, string> = {
  [ErrorCode.BadUserInput]: CoreReason.InvalidValue,
  [ErrorCode.Unauthenticated]: CoreReason.AuthenticationRequired,
  [ErrorCode.Forbidden]: CoreReason.Forbidden,
  [ErrorCode.NotFound]: CoreReason.NotFound,
  [ErrorCode.Conflict]: CoreReason.Conflict,
  [ErrorCode.RateLimited]: CoreReason.RateLimited,
};

/** What a client may show beside code and reason: `field`, limits, the step at fault. */
export interface ErrorFacts {
  /** The input field the error is about, e.g. `input.email`. */
  field?: string;
  [key: string]: unknown;
}

export interface ErrorDetails extends ErrorFacts {
  /**
   * Which rule was broken, from the owning domain's reasons enum (`STEP_OUT_OF_ORDER`);
   * clients translate from it. Left out, the code's default reason (`NOT_FOUND`).
   */
  reason?: string;
}

export class DomainError extends Error {
  /** Stable and listed in docs/error-reasons.md; the message is English for logs and API users. */
  readonly reason: string;
  readonly details: ErrorFacts;

  constructor(
    readonly code: ErrorCode,
    message: string,
    { reason, ...details }: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.reason = reason ?? DEFAULT_REASONS[code];
    this.details = details;
  }

  /** What a client receives beside the message: code, reason, then the details. */
  get extensions(): Record<string, unknown> {
    return { code: this.code, reason: this.reason, ...this.details };
  }
}

export const badInput = (field: string, message: string, details: ErrorDetails = {}): DomainError =>
  new DomainError(ErrorCode.BadUserInput, `${field}: ${message}`, { field, ...details });

/** `what` is the thing looked for, in English (`Corrective action`); it goes out as `extensions.what`. */
export const notFound = (what: string, details: ErrorDetails = {}): DomainError =>
  new DomainError(ErrorCode.NotFound, `${what} not found`, { what, ...details });

export const forbidden = (message = 'You do not have access to this', details: ErrorDetails = {}): DomainError =>
  new DomainError(ErrorCode.Forbidden, message, details);

export const conflict = (message: string, details: ErrorDetails = {}): DomainError =>
  new DomainError(ErrorCode.Conflict, message, details);

export const unauthenticated = (message = 'Authentication required', details: ErrorDetails = {}): DomainError =>
  new DomainError(ErrorCode.Unauthenticated, message, details);
