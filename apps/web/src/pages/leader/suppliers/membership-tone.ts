import type { MembershipStatus } from '../../../gql/graphql';
import type { Tone } from '../../../ui/tone-tag';

/** A membership's status colour wherever the leader reads it (the onboarding table, a supplier's page). */
export const STATUS_TONE: Record<MembershipStatus, Tone> = { INVITED: 'blue', ONBOARDING: 'gold', ACTIVE: 'green', SUSPENDED: 'red', EXITED: 'default' };
