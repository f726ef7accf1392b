import { ParseUUIDPipe } from '@nestjs/common';
import { badInput, CoreReason } from '@chainq/core';

/** A REST route's `:id`, refused as the GraphQL input rules refuse an id: BAD_USER_INPUT, NOT_A_UUID, naming `id`. */
export const uuidParam = new ParseUUIDPipe({ exceptionFactory: () => badInput('id', 'must be a UUID', { reason: CoreReason.NotAUuid }) });
