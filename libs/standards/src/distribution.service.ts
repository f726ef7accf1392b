import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { alignTo, badInput, chinaDay, forbidden, isIsoDate, notFound } from '@chainq/core';
import { Actor, Role } from '@chainq/identity';
import { NotificationKind, NotificationSubject, OrganisationNotifier } from '@chainq/notifications';
import { ChainMembership, IndustryChainService, IndustryClusterService, MembershipStatus } from '@chainq/registry';
import { OPEN_STATUSES } from './acknowledgement-transitions';
import { AcknowledgementStatus, DistributionAudience, StandardAcknowledgement, StandardDistribution } from './distribution.entity';
import { Standard, StandardRevision } from './standard.entity';
import { StandardService } from './standard.service';
import { actsForOwner, StandardsAccess } from './standards-access';

export interface NewDistribution {
  revisionId: string;
  chainId?: string | null;
  clusterId?: string | null;
  audience: DistributionAudience;
  tiers?: number[] | null;
  membershipIds?: string[] | null;
  dueOn: string;
}

export interface AdoptionStats {
  recipients: number;
  pending: number;
  acknowledged: number;
  adopted: number;
  deviations: number;
  superseded: number;
  overdue: number;
}

/** A late joiner gets at least this long to answer. */
export const LATE_JOINER_DAYS = 14;
const RECIPIENT_ROLES = [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER];

@Injectable()
export class DistributionService {
  constructor(
    @InjectRepository(StandardDistribution) private readonly distributions: Repository<StandardDistribution>,
    private readonly dataSource: DataSource,
    private readonly standards: StandardService,
    private readonly chains: IndustryChainService,
    private readonly clusters: IndustryClusterService,
    private readonly access: StandardsAccess,
    private readonly notifier: OrganisationNotifier,
  ) {}

  async distribute(actor: Actor, input: NewDistribution): Promise<StandardDistribution> {
    const { revision, standard } = await this.standards.revision(actor, input.revisionId);
    if (!actsForOwner(actor, standard.ownerOrganisationId)) throw forbidden("Only the standard's owner distributes it");
    if (!isIsoDate(input.dueOn) || input.dueOn < chinaDay()) throw badInput('dueOn', 'must be a date from today on');
    if (Boolean(input.chainId) === Boolean(input.clusterId)) throw badInput('chainId', 'give either chainId or clusterId');
    const recipients = input.chainId ? await this.chainRecipients(actor, standard, input) : await this.clusterRecipients(actor, standard, input);
    if (recipients.length === 0) throw badInput('audience', 'reaches no recipient (no ACTIVE member matches)');
    return this.dataSource.transaction(async (m) => {
      const distribution = await m.save(
        StandardDistribution,
        m.create(StandardDistribution, {
          revisionId: revision.id,
          standardId: standard.id,
          chainId: input.chainId ?? null,
          clusterId: input.clusterId ?? null,
          audience: input.audience,
          tiers: input.audience === DistributionAudience.TIERS ? [...new Set(input.tiers ?? [])] : [],
          membershipIds: input.audience === DistributionAudience.MEMBERSHIPS ? [...new Set(input.membershipIds ?? [])] : [],
          dueOn: input.dueOn,
          createdBy: actor.userId,
        }),
      );
      await this.issue(m, distribution, standard, revision, recipients, input.dueOn, actor.userId);
      return distribution;
    });
  }

  /** A member that became ACTIVE receives the latest revision of each standard sent to all (or its tier). */
  async deliverToNewMember(membershipId: string): Promise<number> {
    const membership = await this.dataSource.getRepository(ChainMembership).findOneBy({ id: membershipId });
    if (!membership?.supplierEnterpriseId || membership.status !== MembershipStatus.ACTIVE) return 0;
    const latest: StandardDistribution[] = await this.latestDistributions(
      `d.chain_id = $1 AND (d.audience = 'ALL_ACTIVE' OR (d.audience = 'TIERS' AND $2 = ANY(d.tiers)))`,
      [membership.chainId, membership.tier],
    );
    return this.deliverLate(latest, [membership.supplierEnterpriseId]);
  }

  /** Enterprises that joined a cluster receive the latest revision of each standard sent to it. */
  async deliverToNewClusterMembers(clusterId: string, enterpriseIds: string[]): Promise<number> {
    return this.deliverLate(await this.latestDistributions('d.cluster_id = $1', [clusterId]), enterpriseIds);
  }

  async get(actor: Actor, id: string): Promise<StandardDistribution> {
    const filter = await this.access.distributions(actor, 'd');
    const found = await this.distributions.createQueryBuilder('d').where('d.id = :id', { id }).andWhere(filter.sql, filter.params).getOne();
    if (!found) throw notFound('Distribution');
    return found;
  }

  async list(actor: Actor, filter: { chainId?: string | null; clusterId?: string | null; standardId?: string | null }): Promise<StandardDistribution[]> {
    const visible = await this.access.distributions(actor, 'd');
    const query = this.distributions.createQueryBuilder('d').where(visible.sql, visible.params).orderBy('d.createdAt', 'DESC').take(200);
    if (filter.chainId) query.andWhere('d.chainId = :chainId', { chainId: filter.chainId });
    if (filter.clusterId) query.andWhere('d.clusterId = :clusterId', { clusterId: filter.clusterId });
    if (filter.standardId) query.andWhere('d.standardId = :standardId', { standardId: filter.standardId });
    return query.getMany();
  }

  /** Adoption figures per distribution; a recipient counts only itself. */
  async statsFor(actor: Actor, distributionIds: readonly string[]): Promise<AdoptionStats[]> {
    const all = await this.seesAll(actor, distributionIds);
    const rows: ({ distribution_id: string } & AdoptionStats)[] = await this.dataSource.query(
      `SELECT distribution_id, count(*)::int AS recipients,
              count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
              count(*) FILTER (WHERE status = 'ACKNOWLEDGED')::int AS acknowledged,
              count(*) FILTER (WHERE status = 'ADOPTED')::int AS adopted,
              count(*) FILTER (WHERE status IN ('DEVIATION_REQUESTED', 'DEVIATION_ACCEPTED', 'DEVIATION_REJECTED'))::int AS deviations,
              count(*) FILTER (WHERE status = 'SUPERSEDED')::int AS superseded,
              count(*) FILTER (WHERE status = ANY($3::acknowledgement_status[]) AND due_on < $5::date)::int AS overdue
         FROM standard_acknowledgements
        WHERE distribution_id = ANY($1) AND (distribution_id = ANY($2) OR recipient_enterprise_id = $4)
        GROUP BY distribution_id`,
      [distributionIds, all, OPEN_STATUSES, actor.organisationId, chinaDay()],
    );
    const empty: AdoptionStats = { recipients: 0, pending: 0, acknowledged: 0, adopted: 0, deviations: 0, superseded: 0, overdue: 0 };
    return alignTo(distributionIds, rows, (r) => r.distribution_id).map((r) => (r ? { ...empty, ...r } : empty));
  }

  /** Each recipient's answer: all of them for the owner and coordinators, one's own for a recipient. */
  async acknowledgementsOf(actor: Actor, distributionId: string): Promise<StandardAcknowledgement[]> {
    const query = this.dataSource.getRepository(StandardAcknowledgement).createQueryBuilder('a').where('a.distributionId = :id', { id: distributionId }).orderBy('a.createdAt');
    if (!(await this.seesAll(actor, [distributionId])).length) query.andWhere('a.recipientEnterpriseId = :own', { own: actor.organisationId });
    return query.getMany();
  }

  private async seesAll(actor: Actor, distributionIds: readonly string[]): Promise<string[]> {
    const rows: { id: string; owner: string }[] = await this.dataSource.query(
      'SELECT d.id, s.owner_organisation_id AS owner FROM standard_distributions d JOIN standards s ON s.id = d.standard_id WHERE d.id = ANY($1)',
      [distributionIds],
    );
    return rows.filter((r) => this.access.seesAllRecipients(actor, r.owner)).map((r) => r.id);
  }

  private async chainRecipients(actor: Actor, standard: Standard, input: NewDistribution): Promise<string[]> {
    const chain = await this.chains.get(actor, input.chainId!);
    if (chain.leaderEnterpriseId !== standard.ownerOrganisationId) throw badInput('chainId', "is not led by the standard's owner");
    const members = await this.dataSource.getRepository(ChainMembership).findBy({ chainId: chain.id });
    const active = members.filter((m) => m.status === MembershipStatus.ACTIVE && m.supplierEnterpriseId);
    switch (input.audience) {
      case DistributionAudience.ALL_ACTIVE:
        return active.map((m) => m.supplierEnterpriseId!);
      case DistributionAudience.TIERS: {
        const tiers = input.tiers ?? [];
        if (!tiers.length || tiers.some((t) => ![1, 2, 3].includes(t))) throw badInput('tiers', 'name tiers 1, 2 or 3');
        return active.filter((m) => tiers.includes(m.tier)).map((m) => m.supplierEnterpriseId!);
      }
      case DistributionAudience.MEMBERSHIPS: {
        const ids = input.membershipIds ?? [];
        if (!ids.length) throw badInput('membershipIds', 'choose at least one membership');
        return ids.map((id, i) => {
          const member = members.find((m) => m.id === id);
          if (!member?.supplierEnterpriseId || [MembershipStatus.INVITED, MembershipStatus.EXITED].includes(member.status)) {
            throw badInput(`membershipIds[${i}]`, 'is not a current member of this chain');
          }
          return member.supplierEnterpriseId;
        });
      }
      default:
        throw badInput('audience', 'a chain takes ALL_ACTIVE, TIERS or MEMBERSHIPS');
    }
  }

  private async clusterRecipients(actor: Actor, standard: Standard, input: NewDistribution): Promise<string[]> {
    const cluster = await this.clusters.get(actor, input.clusterId!);
    if (cluster.coordinatingOfficeId !== standard.ownerOrganisationId) throw badInput('clusterId', "is not coordinated by the standard's owner");
    if (input.audience !== DistributionAudience.CLUSTER) throw badInput('audience', 'a cluster takes CLUSTER');
    const rows: { enterprise_id: string }[] = await this.dataSource.query('SELECT enterprise_id FROM cluster_members WHERE cluster_id = $1', [cluster.id]);
    return rows.map((r) => r.enterprise_id);
  }

  private latestDistributions(where: string, params: unknown[]): Promise<StandardDistribution[]> {
    return this.distributions
      .createQueryBuilder('d')
      .where(`d.id IN (SELECT DISTINCT ON (d.standard_id) d.id FROM standard_distributions d JOIN standard_revisions r ON r.id = d.revision_id
                        WHERE ${where.replace(/\$(\d)/g, ':p$1')} ORDER BY d.standard_id, r.published_at DESC, d.created_at DESC)`,
        Object.fromEntries(params.map((p, i) => [`p${i + 1}`, p])))
      .getMany();
  }

  private async deliverLate(distributions: StandardDistribution[], enterpriseIds: string[]): Promise<number> {
    let issued = 0;
    const minimum = chinaDay(new Date(), LATE_JOINER_DAYS);
    for (const d of distributions) {
      issued += await this.dataSource.transaction(async (m) => {
        const standard = await m.findOneByOrFail(Standard, { id: d.standardId });
        const revision = await m.findOneByOrFail(StandardRevision, { id: d.revisionId });
        return this.issue(m, d, standard, revision, enterpriseIds, d.dueOn > minimum ? d.dueOn : minimum, null);
      });
    }
    return issued;
  }

  /**
   * Supersedes the recipients' open answers to older revisions of the same
   * standard, then asks them about this one (once: a repeat is a no-op).
   */
  private async issue(m: EntityManager, d: StandardDistribution, standard: Standard, revision: StandardRevision, recipients: string[], dueOn: string, actorUserId: string | null): Promise<number> {
    // TypeORM answers an UPDATE with [rows, count].
    const [superseded]: [{ id: string; from_status: AcknowledgementStatus }[], number] = await m.query(
      `WITH old AS (
         SELECT a.id, a.status FROM standard_acknowledgements a JOIN standard_revisions r ON r.id = a.revision_id
          WHERE a.standard_id = $1 AND a.recipient_enterprise_id = ANY($2) AND a.status = ANY($3::acknowledgement_status[])
            AND a.revision_id <> $4 AND r.published_at < $5 FOR UPDATE OF a)
       UPDATE standard_acknowledgements a SET status = 'SUPERSEDED', updated_at = now() FROM old WHERE a.id = old.id
       RETURNING a.id, old.status AS from_status`,
      [standard.id, recipients, OPEN_STATUSES, revision.id, revision.publishedAt],
    );
    const created: { id: string; recipient_enterprise_id: string }[] = await m.query(
      `INSERT INTO standard_acknowledgements (distribution_id, revision_id, standard_id, recipient_enterprise_id, due_on)
       SELECT $1, $2, $3, unnest($4::uuid[]), $5 ON CONFLICT DO NOTHING RETURNING id, recipient_enterprise_id`,
      [d.id, revision.id, standard.id, recipients, dueOn],
    );
    const events = [
      ...superseded.map((s) => ({ acknowledgement_id: s.id, from_status: s.from_status, to_status: 'SUPERSEDED', note: `superseded by revision ${revision.version}` })),
      ...created.map((c) => ({ acknowledgement_id: c.id, from_status: null, to_status: 'PENDING', note: null })),
    ];
    if (events.length) {
      await m.query(
        `INSERT INTO acknowledgement_events (acknowledgement_id, from_status, to_status, note, actor_user_id)
         SELECT * FROM unnest($1::uuid[], $2::acknowledgement_status[], $3::acknowledgement_status[], $4::text[], $5::uuid[])`,
        [events.map((e) => e.acknowledgement_id), events.map((e) => e.from_status), events.map((e) => e.to_status), events.map((e) => e.note), events.map(() => actorUserId)],
      );
    }
    for (const c of created) {
      await this.notifier.notify(m, c.recipient_enterprise_id, RECIPIENT_ROLES, {
        kind: NotificationKind.STANDARD_TO_ACKNOWLEDGE,
        title: `${standard.number} ${standard.title}, revision ${revision.version}: acknowledge by ${dueOn}`,
        body: `What changed: ${revision.changeSummary}`,
        params: { standardNumber: standard.number, standardTitle: standard.title, revision: revision.version, dueOn, changeSummary: revision.changeSummary },
        link: { type: NotificationSubject.STANDARD_ACKNOWLEDGEMENT, id: c.id },
        dedupeKey: `standard-ack:${c.id}`,
      });
    }
    return created.length;
  }
}
