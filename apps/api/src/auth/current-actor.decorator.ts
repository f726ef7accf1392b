import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { unauthenticated } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { requestOf } from './request';

/** The authenticated caller; services take it as their scope argument. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw unauthenticated();
  return actor;
});

/** The caller if signed in, on operations open to anonymous callers too. */
export const OptionalActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor | undefined => requestOf(context).actor);
