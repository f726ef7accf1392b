import { Actor } from '../actor';
import { OrganisationKind, Role } from '../role';

/**
 * The kinds of caller a role gate tells apart: a role as held in a kind of
 * organisation (a VIEWER of a regulator office is not a VIEWER of an enterprise).
 */
export enum GateRole {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  COORDINATOR = 'COORDINATOR',
  OFFICE_VIEWER = 'OFFICE_VIEWER',
  ENTERPRISE_ADMIN = 'ENTERPRISE_ADMIN',
  QUALITY_ENGINEER = 'QUALITY_ENGINEER',
  ENTERPRISE_VIEWER = 'ENTERPRISE_VIEWER',
}

export const ALL_GATE_ROLES: readonly GateRole[] = Object.values(GateRole);

/** The organisation kind and role behind each gate role (how test users of each kind are made). */
export const GATE_ROLE_HOLDER: Record<GateRole, { kind: OrganisationKind; role: Role }> = {
  [GateRole.PLATFORM_ADMIN]: { kind: OrganisationKind.PLATFORM, role: Role.PLATFORM_ADMIN },
  [GateRole.COORDINATOR]: { kind: OrganisationKind.REGULATOR_OFFICE, role: Role.COORDINATOR },
  [GateRole.OFFICE_VIEWER]: { kind: OrganisationKind.REGULATOR_OFFICE, role: Role.VIEWER },
  [GateRole.ENTERPRISE_ADMIN]: { kind: OrganisationKind.ENTERPRISE, role: Role.ENTERPRISE_ADMIN },
  [GateRole.QUALITY_ENGINEER]: { kind: OrganisationKind.ENTERPRISE, role: Role.QUALITY_ENGINEER },
  [GateRole.ENTERPRISE_VIEWER]: { kind: OrganisationKind.ENTERPRISE, role: Role.VIEWER },
};

/** The gate roles an actor holds (one per role it has in its organisation). */
export function gateRolesOf(actor: Actor): GateRole[] {
  return ALL_GATE_ROLES.filter((g) => GATE_ROLE_HOLDER[g].kind === actor.organisationKind && actor.roles.includes(GATE_ROLE_HOLDER[g].role));
}

/** `public`: no token needed; otherwise the gate roles that may call the operation at all. */
export type RoleGate = 'public' | readonly GateRole[];

export const passesGate = (gate: RoleGate, actor: Actor | undefined): boolean =>
  gate === 'public' || (!!actor && gateRolesOf(actor).some((g) => gate.includes(g)));
