import type { CombinedError } from '@urql/core';

/** One error as the API states it: a code, a stable reason, the field at fault. Translated by code and reason, never by its English text. */
export interface ApiProblem {
  code: string;
  reason?: string;
  field?: string;
  message: string;
  details: Record<string, unknown>;
}

const NETWORK: ApiProblem = { code: 'NETWORK', message: 'network error', details: {} };

export function problemsOf(error: unknown): ApiProblem[] {
  if (!error) return [];
  const combined = error as Partial<CombinedError>;
  if (combined.graphQLErrors?.length) {
    return combined.graphQLErrors.map((e) => problemFrom({ ...(e.extensions as Record<string, unknown>), message: e.message }));
  }
  if (combined.networkError) return [NETWORK];
  if (isProblem(error)) return [error];
  return [{ code: 'INTERNAL_SERVER_ERROR', message: String((error as Error).message ?? error), details: {} }];
}

export function problemFrom(body: Record<string, unknown>): ApiProblem {
  const { code, reason, field, message, ...details } = body;
  return {
    code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
    reason: typeof reason === 'string' ? reason : undefined,
    field: typeof field === 'string' ? field : undefined,
    message: typeof message === 'string' ? message : '',
    details,
  };
}

export class ApiProblemError extends Error implements ApiProblem {
  readonly code: string;
  readonly reason?: string;
  readonly field?: string;
  readonly details: Record<string, unknown>;
  constructor(problem: ApiProblem) {
    super(problem.message);
    this.code = problem.code;
    this.reason = problem.reason;
    this.field = problem.field;
    this.details = problem.details;
  }
}

function isProblem(value: unknown): value is ApiProblem {
  return typeof value === 'object' && value !== null && typeof (value as ApiProblem).code === 'string' && 'details' in value;
}

export const isUnauthenticated = (problems: ApiProblem[]): boolean => problems.some((p) => p.code === 'UNAUTHENTICATED');
export const isNotFound = (problems: ApiProblem[]): boolean => problems.some((p) => p.code === 'NOT_FOUND' || p.code === 'FORBIDDEN');
