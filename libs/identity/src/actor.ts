import { OrganisationKind, Role } from './role';

/** The authenticated caller, passed explicitly to every scoped service call. */
export interface Actor {
  userId: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  roles: Role[];
}

export const hasRole = (actor: Actor, ...roles: Role[]): boolean => roles.some((r) => actor.roles.includes(r));

export const isPlatformAdmin = (actor: Actor): boolean => hasRole(actor, Role.PLATFORM_ADMIN);
