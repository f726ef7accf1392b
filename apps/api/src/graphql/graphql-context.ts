import { Request } from 'express';
import { Actor } from '@chainq/identity';
import { Loaders } from './loaders';

export interface AuthenticatedRequest extends Request {
  actor?: Actor;
  actorId?: string;
}

/** Built once per request: the request (with its actor) and fresh DataLoaders. */
export interface GraphQLContext {
  req: AuthenticatedRequest;
  loaders: Loaders;
}
