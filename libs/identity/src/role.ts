export enum Role {
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
  COORDINATOR = 'COORDINATOR',
  ENTERPRISE_ADMIN = 'ENTERPRISE_ADMIN',
  QUALITY_ENGINEER = 'QUALITY_ENGINEER',
  VIEWER = 'VIEWER',
}

export enum OrganisationKind {
  /** The operator of the platform itself; home of platform admins. */
  PLATFORM = 'PLATFORM',
  ENTERPRISE = 'ENTERPRISE',
  /** A market-regulator office; home of coordinators. */
  REGULATOR_OFFICE = 'REGULATOR_OFFICE',
}

/** Which roles a user of each kind of organisation may hold. */
export const ROLES_BY_KIND: Record<OrganisationKind, Role[]> = {
  [OrganisationKind.PLATFORM]: [Role.PLATFORM_ADMIN],
  [OrganisationKind.REGULATOR_OFFICE]: [Role.COORDINATOR, Role.VIEWER],
  [OrganisationKind.ENTERPRISE]: [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.VIEWER],
};
