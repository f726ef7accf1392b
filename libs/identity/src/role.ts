export enum Role {
  PlatformAdmin = 'PLATFORM_ADMIN',
  Coordinator = 'COORDINATOR',
  EnterpriseAdmin = 'ENTERPRISE_ADMIN',
  QualityEngineer = 'QUALITY_ENGINEER',
  Viewer = 'VIEWER',
}

export enum OrganisationKind {
  /** The operator of the platform itself; home of platform admins. */
  Platform = 'PLATFORM',
  Enterprise = 'ENTERPRISE',
  /** A market-regulator office; home of coordinators. */
  RegulatorOffice = 'REGULATOR_OFFICE',
}

/** Which roles a user of each kind of organisation may hold. */
export const ROLES_BY_KIND: Record<OrganisationKind, Role[]> = {
  [OrganisationKind.Platform]: [Role.PlatformAdmin],
  [OrganisationKind.RegulatorOffice]: [Role.Coordinator, Role.Viewer],
  [OrganisationKind.Enterprise]: [Role.EnterpriseAdmin, Role.QualityEngineer, Role.Viewer],
};
