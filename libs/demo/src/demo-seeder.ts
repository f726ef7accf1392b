import { Injectable, Logger } from '@nestjs/common';
import { OrganisationService, PlatformAdminService, UserService } from '@chainq/identity';
import { DEMO_ADMIN, DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-world';

export interface DemoLogin {
  email: string;
  password: string;
  who: string;
}

/**
 * Seeds the demo world. Each step finds what is already there first, so a
 * second run (or one after an interrupted run) changes nothing it need not.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly organisations: OrganisationService,
    private readonly users: UserService,
    private readonly admins: PlatformAdminService,
  ) {}

  async seed(): Promise<{ created: boolean; logins: DemoLogin[] }> {
    let created = false;
    if (!(await this.users.findByEmail(DEMO_ADMIN.email))) {
      await this.admins.create(DEMO_ADMIN);
      created = true;
    }
    for (const demo of DEMO_ORGANISATIONS) {
      let organisation = demo.uscc
        ? await this.organisations.findByUscc(demo.uscc)
        : await this.organisations.findByName(demo.kind, demo.name);
      if (!organisation) {
        organisation = await this.organisations.create({ kind: demo.kind, name: demo.name, uscc: demo.uscc });
        created = true;
      }
      for (const user of demo.users) {
        if (await this.users.findByEmail(user.email)) continue;
        await this.users.createUnscoped(organisation, { ...user, organisationId: organisation.id, password: DEMO_PASSWORD });
        created = true;
      }
    }
    if (created) this.logger.log('demo world seeded');
    return { created, logins: this.logins() };
  }

  logins(): DemoLogin[] {
    return [
      { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password, who: DEMO_ADMIN.displayName },
      ...DEMO_ORGANISATIONS.flatMap((o) =>
        o.users.map((u) => ({ email: u.email, password: DEMO_PASSWORD, who: `${u.displayName}, ${o.name}` })),
      ),
    ];
  }
}
