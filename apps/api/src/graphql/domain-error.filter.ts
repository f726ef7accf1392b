import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import { GqlContextType } from '@nestjs/graphql';
import { Response } from 'express';
import { DomainError, ErrorCode } from '@chainq/core';
import { httpExtensions } from './error-formatter';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.RateLimited]: 429,
};

/**
 * Domain errors are expected outcomes, not faults: hand them to GraphQL's
 * formatter (or answer HTTP with their status, code, reason, message and field) without logging a stack.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(HTTP_STATUS[error.code])
      .json({ ...error.extensions, message: error.message });
  }
}

/**
 * Nest's own HTTP errors on the REST routes (an unknown route, a body it cannot parse) answer in the same
 * shape as domain errors: `code` and `reason` beside Nest's `statusCode` and `message`.
 */
@Catch(HttpException)
export class HttpErrorFilter implements ExceptionFilter {
  catch(error: HttpException, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    const status = error.getStatus();
    const body = error.getResponse();
    // 503 is the readiness check's "not ready" (Terminus), an answer about the server rather than a refused request.
    const extensions = status === 503 ? {} : httpExtensions(status);
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(status)
      .json({ ...(typeof body === 'object' ? body : { statusCode: status, message: body }), ...extensions });
  }
}
