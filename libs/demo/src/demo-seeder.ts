import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, AuthService, OrganisationKind, OrganisationService, PlatformAdminService, UserService } from '@chainq/identity';
import { EnterpriseService, IndustryChain } from '@chainq/registry';
import { daysAgo, DEMO_ADMIN, DEMO_ENTERPRISES, DEMO_OFFICES, DEMO_PASSWORD, DemoUser } from './demo-world';
import { CreditSeeder, DEMO_SHARING_SUPPLIER } from './credit-seeder';
import { RegistrySeeder } from './registry-seeder';

export interface DemoSeedResult {
  created: boolean;
  logins: DemoLogin[];
  /** A demo supplier's shared quality profile, for the welcome banner. */
  sharedProfileLink: string | null;
}

export interface DemoLogin {
  email: string;
  password: string;
  who: string;
}

/**
 * Seeds the demo world once: people and organisations here, the registry
 * (clusters, chain, onboarding at every stage) through the real services.
 * A run that finds the demo chain in place changes nothing.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationService,
    private readonly users: UserService,
    private readonly admins: PlatformAdminService,
    private readonly enterprises: EnterpriseService,
    private readonly auth: AuthService,
    private readonly registry: RegistrySeeder,
    private readonly credit: CreditSeeder,
  ) {}

  async seed(): Promise<DemoSeedResult> {
    if ((await this.dataSource.getRepository(IndustryChain).count()) > 0 || (await this.users.findByEmail(DEMO_ADMIN.email))) {
      return { created: false, logins: this.logins(), sharedProfileLink: await this.sharedProfileLink() };
    }
    const admin = await this.admins.create(DEMO_ADMIN);
    const actors = new Map<string, Actor>([['admin', await this.auth.actorOf(admin.id)]]);
    const offices = new Map<string, string>();
    for (const office of DEMO_OFFICES) {
      const organisation = await this.organisations.create({ kind: OrganisationKind.REGULATOR_OFFICE, name: office.name });
      offices.set(office.key, organisation.id);
      await this.addUsers(organisation.id, office.users, actors, office.key);
    }
    const enterprises = new Map<string, string>();
    for (const demo of DEMO_ENTERPRISES) {
      const enterprise = await this.dataSource.transaction((m) => this.enterprises.createUnscoped({ ...demo }, m, daysAgo(demo.registeredDaysAgo)));
      enterprises.set(demo.key, enterprise.id);
      await this.addUsers(enterprise.id, demo.users, actors, demo.key);
    }
    await this.registry.seed({ actors, offices, enterprises });
    this.logger.log('demo world seeded');
    return { created: true, logins: this.logins(), sharedProfileLink: await this.sharedProfileLink() };
  }

  private async sharedProfileLink(): Promise<string | null> {
    const supplier = DEMO_ENTERPRISES.find((e) => e.key === DEMO_SHARING_SUPPLIER)!;
    const organisation = await this.organisations.findByUscc(supplier.uscc);
    return organisation ? this.credit.demoLink(organisation.id) : null;
  }

  logins(): DemoLogin[] {
    return [
      { email: DEMO_ADMIN.email, password: DEMO_PASSWORD, who: DEMO_ADMIN.displayName },
      ...[...DEMO_OFFICES, ...DEMO_ENTERPRISES].flatMap((o) =>
        o.users.map((u) => ({ email: u.email, password: DEMO_PASSWORD, who: `${u.displayName}, ${o.name}` })),
      ),
    ];
  }

  /** Creates the users; the first one's actor stands for the organisation in the registry seed. */
  private async addUsers(organisationId: string, users: DemoUser[], actors: Map<string, Actor>, key: string): Promise<void> {
    const organisation = (await this.organisations.findById(organisationId))!;
    for (const user of users) {
      const created = await this.users.createUnscoped(organisation, { ...user, organisationId, password: DEMO_PASSWORD });
      if (!actors.has(key)) actors.set(key, await this.auth.actorOf(created.id));
    }
  }
}
