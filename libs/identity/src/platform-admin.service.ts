import { Injectable } from '@nestjs/common';
import { OrganisationService } from './organisation.service';
import { OrganisationKind, Role } from './role';
import { User } from './user.entity';
import { UserService } from './user.service';

export const PLATFORM_ORGANISATION_NAME = 'ChainQ Platform';

/** The first admin has no one to create it: the CLI and the demo seed call this. */
@Injectable()
export class PlatformAdminService {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly users: UserService,
  ) {}

  async create(input: { email: string; displayName: string; password: string }): Promise<User> {
    const platform =
      (await this.organisations.findByName(OrganisationKind.PLATFORM, PLATFORM_ORGANISATION_NAME)) ??
      (await this.organisations.create({ kind: OrganisationKind.PLATFORM, name: PLATFORM_ORGANISATION_NAME }));
    return this.users.createUnscoped(platform, { ...input, organisationId: platform.id, roles: [Role.PLATFORM_ADMIN] });
  }
}
