/** Codes match GraphQL `extensions.code`; the formatter maps them one to one. */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  Unauthenticated = 'UNAUTHENTICATED',
  Forbidden = 'FORBIDDEN',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  RateLimited = 'RATE_LIMITED',
}

export interface ErrorDetails {
  /** The input field the error is about, e.g. `input.email`. */
  field?: string;
  [key: string]: unknown;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (field: string, message: string, details: ErrorDetails = {}): DomainError =>
  new DomainError(ErrorCode.BadUserInput, `${field}: ${message}`, { field, ...details });

export const notFound = (what: string): DomainError => new DomainError(ErrorCode.NotFound, `${what} not found`);

export const forbidden = (message = 'You do not have access to this'): DomainError =>
  new DomainError(ErrorCode.Forbidden, message);

export const conflict = (message: string, details: ErrorDetails = {}): DomainError =>
  new DomainError(ErrorCode.Conflict, message, details);

export const unauthenticated = (message = 'Authentication required'): DomainError =>
  new DomainError(ErrorCode.Unauthenticated, message);
