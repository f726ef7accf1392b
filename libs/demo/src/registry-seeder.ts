import { Injectable } from '@nestjs/common';
import { chinaDay } from '@chainq/core';
import { DocumentService } from '@chainq/documents';
import { Actor } from '@chainq/identity';
import {
  CertificationService,
  CoordinatorService,
  IndustryChainService,
  IndustryClusterService,
  InvitationService,
  MaturityService,
  MembershipService,
  MembershipStatus,
  PilotProgramService,
  QualificationService,
} from '@chainq/registry';
import { demoPdf } from './demo-pdf';
import { StandardsSeeder } from './standards-seeder';
import { daysAgo, DEMO_CHAIN, DEMO_CLUSTERS, DEMO_ENTERPRISES, DEMO_FENCE_CHAIN, DEMO_OFFICES, DEMO_PASSWORD, DEMO_PILOT } from './demo-world';
import { CreditSeeder } from './credit-seeder';
import { InspectionSeeder } from './inspection-seeder';
import { QualitySeeder } from './quality-seeder';

export interface SeedContext {
  actors: Map<string, Actor>;
  offices: Map<string, string>;
  enterprises: Map<string, string>;
}

/** Clusters, the chain and its suppliers at every onboarding stage, through the same services the API uses. */
@Injectable()
export class RegistrySeeder {
  constructor(
    private readonly clusters: IndustryClusterService,
    private readonly coordinators: CoordinatorService,
    private readonly chains: IndustryChainService,
    private readonly memberships: MembershipService,
    private readonly invitations: InvitationService,
    private readonly qualifications: QualificationService,
    private readonly certifications: CertificationService,
    private readonly maturity: MaturityService,
    private readonly pilots: PilotProgramService,
    private readonly documents: DocumentService,
    private readonly standardsSeeder: StandardsSeeder,
    private readonly qualitySeeder: QualitySeeder,
    private readonly inspectionSeeder: InspectionSeeder,
    private readonly creditSeeder: CreditSeeder,
  ) {}

  async seed({ actors, offices, enterprises }: SeedContext): Promise<void> {
    const admin = actors.get('admin')!;
    const clusterIds = new Map<string, string>();
    for (const c of DEMO_CLUSTERS) {
      const cluster = await this.clusters.create(admin, { ...c, coordinatingOfficeId: offices.get(c.office)! });
      clusterIds.set(c.key, cluster.id);
      for (const e of DEMO_ENTERPRISES.filter((d) => d.clusters.includes(c.key))) {
        await this.clusters.addMembers(admin, cluster.id, [enterprises.get(e.key)!], daysAgo(e.registeredDaysAgo));
      }
    }
    for (const office of DEMO_OFFICES) {
      const coordinator = actors.get(office.key)!;
      await this.coordinators.assign(admin, coordinator.userId, office.watches.regionCodes, office.watches.clusters.map((k) => clusterIds.get(k)!));
    }
    for (const e of DEMO_ENTERPRISES) {
      const actor = actors.get(e.key) ?? admin;
      for (const c of e.certifications) {
        await this.certifications.record(actor, {
          enterpriseId: enterprises.get(e.key)!,
          scheme: c.scheme,
          number: c.number,
          certificationBody: c.body,
          issuedOn: chinaDay(new Date(), c.expiresInDays - 3 * 365),
          expiresOn: chinaDay(new Date(), c.expiresInDays),
          surveillanceDueOn: chinaDay(new Date(), c.expiresInDays - 2 * 365),
        });
      }
      // The latest assessment about three months ago, an earlier one a year before it: a rise shows in this year's figures.
      for (const [k, mean] of e.maturity.entries()) {
        const scores = Object.fromEntries(this.maturity.model.dimensions.map((d, i) => [d.key, Math.min(5, Math.max(0, mean + ((i % 3) - 1) * 0.2))]));
        await this.maturity.submit(actor, enterprises.get(e.key)!, scores, daysAgo(100 + (e.maturity.length - 1 - k) * 400));
      }
    }
    const chains = new Map<string, string>();
    for (const definition of [DEMO_CHAIN, DEMO_FENCE_CHAIN]) {
      chains.set(definition.leader, await this.seedChain(definition, actors, enterprises, clusterIds));
    }
    await this.pilots.create(admin, { ...DEMO_PILOT, clusterIds: DEMO_PILOT.clusters.map((k) => clusterIds.get(k)!) });
    await this.standardsSeeder.seed(actors, enterprises, chains.get(DEMO_CHAIN.leader)!, clusterIds.get('anping')!);
    await this.qualitySeeder.seed(actors, enterprises, chains);
    await this.inspectionSeeder.seed(actors, enterprises, chains.get(DEMO_CHAIN.leader)!);
    await this.creditSeeder.seed(actors, chains);
  }

  /** A chain and its suppliers, each taken as far as the world says: invited, onboarding or active. */
  private async seedChain(definition: typeof DEMO_CHAIN, actors: Map<string, Actor>, enterprises: Map<string, string>, clusterIds: Map<string, string>): Promise<string> {
    const leader = actors.get(definition.leader)!;
    const chain = await this.chains.create(leader, {
      name: definition.name,
      leaderEnterpriseId: enterprises.get(definition.leader)!,
      industryCode: definition.industryCode,
      clusterIds: definition.clusters.map((k) => clusterIds.get(k)!),
    });
    const membershipIds = new Map<string, string>();
    for (const m of definition.memberships) {
      const supplier = DEMO_ENTERPRISES.find((e) => e.key === m.supplier)!;
      const { membership, token } = await this.memberships.invite(leader, {
        chainId: chain.id,
        uscc: supplier.uscc,
        email: supplier.users[0]?.email ?? `quality@${m.supplier}.example`,
        tier: m.tier,
        parentMembershipId: m.under ? membershipIds.get(m.under) : null,
        categories: m.categories,
      });
      membershipIds.set(m.supplier, membership.id);
      if (m.reach === MembershipStatus.INVITED) {
        if (m.claimedBy) await this.invitations.accept(undefined, { token, account: { displayName: m.claimedBy, password: DEMO_PASSWORD } });
        continue;
      }
      const supplierActor = actors.get(m.supplier)!;
      await this.invitations.accept(supplierActor, { token });
      const history = await this.maturity.historyOf([enterprises.get(m.supplier)!]);
      const certs = await this.certifications.forEnterprises([enterprises.get(m.supplier)!]);
      const licence = await this.documents.store(supplierActor, { stream: demoPdf(`${supplier.name}: business licence`), fileName: '营业执照副本.pdf', declaredType: 'application/pdf' });
      await this.qualifications.submit(supplierActor, {
        membershipId: membership.id,
        certificationIds: certs[0].map((c) => c.id),
        maturityAssessmentId: history[0].at(-1)?.id ?? null,
        documentIds: [licence.id],
        note: 'Certificates, self-assessment and business licence attached.',
      });
      if (m.reach === MembershipStatus.ACTIVE) await this.qualifications.decide(leader, membership.id, true);
      else if (m.returnedWith) await this.qualifications.decide(leader, membership.id, false, m.returnedWith);
    }
    return chain.id;
  }
}
