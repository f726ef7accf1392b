import { EntityManager } from 'typeorm';
import { ActionEvent } from './action-event.entity';

/** Appends to an action's timeline, in the caller's transaction. */
export function recordEvent(
  m: EntityManager,
  actionId: string,
  type: string,
  actorUserId: string | null,
  before: object | null = null,
  after: object | null = null,
): Promise<unknown> {
  return m.insert(ActionEvent, { actionId, type, actorUserId, before, after });
}
