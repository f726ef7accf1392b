import { ExecutionContext } from '@nestjs/common';
import { Request } from 'express';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { AuthenticatedRequest } from '../graphql/graphql-context';

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<GqlContextType>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext().req;
  }
  return context.switchToHttp().getRequest();
}

/**
 * The caller's address for per-client limits: Express's `req.ip`, which
 * follows X-Forwarded-For only through the proxies TRUST_PROXY names.
 */
export function clientAddressOf(request: Request): string {
  return request.ip ?? request.socket?.remoteAddress ?? 'unknown';
}
