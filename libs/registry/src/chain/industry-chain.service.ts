import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { alignTo, badInput, conflict, CoreReason, forbidden, groupTo, isUuid, notFound, Page, PageArgs, paginate } from '@chainq/core';
import { CodeReason, parseIndustryCode } from '@chainq/codes';
import { Actor, hasRole, isPlatformAdmin, Role } from '@chainq/identity';
import { RegistryAccess } from '../access/registry-scope';
import { IndustryCluster } from '../cluster/industry-cluster.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ChainMembership, MembershipStatus } from './chain-membership.entity';
import { ChainCluster, IndustryChain } from './industry-chain.entity';
import { RegistryReason } from '../registry-reasons';

export interface NewChain {
  name: string;
  leaderEnterpriseId: string;
  industryCode: string;
  clusterIds: string[];
}

@Injectable()
export class IndustryChainService {
  constructor(
    @InjectRepository(IndustryChain) private readonly chains: Repository<IndustryChain>,
    @InjectRepository(ChainMembership) private readonly memberships: Repository<ChainMembership>,
    private readonly dataSource: DataSource,
    private readonly access: RegistryAccess,
  ) {}

  /** A leader's admin sets up its own chain (or a platform admin for it). */
  async create(actor: Actor, input: NewChain): Promise<IndustryChain> {
    const own = actor.organisationId === input.leaderEnterpriseId && hasRole(actor, Role.ENTERPRISE_ADMIN);
    if (!own && !isPlatformAdmin(actor)) throw forbidden("Only the leader's enterprise admin may create its chain", { reason: RegistryReason.EnterpriseAdminOnly });
    if (!input.name.trim()) throw badInput('name', 'must not be empty', { reason: CoreReason.Required });
    if (!(await this.dataSource.getRepository(Enterprise).existsBy({ id: input.leaderEnterpriseId }))) {
      throw badInput('leaderEnterpriseId', 'is not a registered enterprise', { reason: RegistryReason.NotARegisteredEnterprise });
    }
    const industry = parseIndustryCode(input.industryCode);
    if (!industry.ok) throw badInput('industryCode', industry.error, { reason: CodeReason.IndustryCodeInvalid });
    const clusterIds = [...new Set(input.clusterIds)];
    if ((await this.dataSource.getRepository(IndustryCluster).countBy({ id: In(clusterIds) })) !== clusterIds.length) {
      throw badInput('clusterIds', 'names a cluster that does not exist', { reason: RegistryReason.UnknownCluster });
    }
    return this.dataSource.transaction(async (m) => {
      if (await m.existsBy(IndustryChain, { leaderEnterpriseId: input.leaderEnterpriseId })) {
        throw conflict('This enterprise already leads a chain; an enterprise leads one chain', { reason: RegistryReason.AlreadyLeadsAChain, field: 'leaderEnterpriseId' });
      }
      const chain = await m.save(IndustryChain, m.create(IndustryChain, { name: input.name.trim(), leaderEnterpriseId: input.leaderEnterpriseId, industryCode: industry.value.normalized }));
      if (clusterIds.length) await m.insert(ChainCluster, clusterIds.map((clusterId) => ({ chainId: chain.id, clusterId })));
      return chain;
    });
  }

  /** The leader's enterprise admin decides whether its suppliers' shared quality profiles may name the chain. */
  async setProfileNaming(actor: Actor, id: string, allowed: boolean): Promise<IndustryChain> {
    if (!isUuid(id)) throw notFound('Industry chain');
    const chain = await this.get(actor, id);
    const own = actor.organisationId === chain.leaderEnterpriseId && hasRole(actor, Role.ENTERPRISE_ADMIN);
    if (!own) throw forbidden("Only the leader's enterprise admin may change the chain's settings", { reason: RegistryReason.EnterpriseAdminOnly });
    await this.chains.update({ id: chain.id }, { profileNamingAllowed: allowed });
    return { ...chain, profileNamingAllowed: allowed };
  }

  async get(actor: Actor, id: string): Promise<IndustryChain> {
    const filter = this.access.chains(await this.access.scopeOf(actor), 'ch');
    const chain = await this.chains.createQueryBuilder('ch').where('ch.id = :id', { id }).andWhere(filter.sql, filter.params).getOne();
    if (!chain) throw notFound('Industry chain');
    return chain;
  }

  /**
   * What an access check needs of a chain the caller may read (the rows `get`
   * finds): its id and leader, in one plain statement without building an
   * entity, for reads answered many times a second (pass-rate series).
   */
  async leaderOf(actor: Actor, id: string): Promise<{ id: string; leaderEnterpriseId: string }> {
    const filter = this.access.chains(await this.access.scopeOf(actor), 'ch');
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
      `SELECT ch.id, ch.leader_enterprise_id FROM industry_chains ch WHERE ch.id = :id AND ${filter.sql}`,
      { ...filter.params, id },
    );
    const [row]: { id: string; leader_enterprise_id: string }[] = await this.dataSource.query(sql, params);
    if (!row) throw notFound('Industry chain');
    return { id: row.id, leaderEnterpriseId: row.leader_enterprise_id };
  }

  async list(actor: Actor, page: PageArgs): Promise<Page<IndustryChain>> {
    const filter = this.access.chains(await this.access.scopeOf(actor), 'ch');
    return paginate(this.chains.createQueryBuilder('ch').where(filter.sql, filter.params), page, {
      property: 'ch.createdAt',
      value: (c) => c.createdAt,
      direction: 'ASC',
    });
  }

  /** A chain's members as the caller may see them: all of them, or a supplier's own membership only. */
  async membershipsOf(
    actor: Actor,
    chain: IndustryChain,
    filter: { status?: MembershipStatus | null; tier?: number | null; supplierEnterpriseId?: string | null },
    page: PageArgs,
  ): Promise<Page<ChainMembership>> {
    const query = this.memberships.createQueryBuilder('m').where('m.chainId = :chainId', { chainId: chain.id });
    const scope = await this.access.scopeOf(actor);
    if (scope.kind === 'enterprise' && scope.enterpriseId !== chain.leaderEnterpriseId) {
      query.andWhere('m.supplierEnterpriseId = :own', { own: scope.enterpriseId });
    }
    if (filter.status) query.andWhere('m.status = :status', { status: filter.status });
    if (filter.tier) query.andWhere('m.tier = :tier', { tier: filter.tier });
    if (filter.supplierEnterpriseId) query.andWhere('m.supplierEnterpriseId = :supplier', { supplier: filter.supplierEnterpriseId });
    return paginate(query, page, { property: 'm.createdAt', value: (m) => m.createdAt, direction: 'ASC' });
  }

  /** The caller's enterprise's memberships in other leaders' chains. */
  myMemberships(actor: Actor): Promise<ChainMembership[]> {
    return this.memberships.find({ where: { supplierEnterpriseId: actor.organisationId }, order: { createdAt: 'ASC' } });
  }

  async findByIds(ids: readonly string[]): Promise<(IndustryChain | undefined)[]> {
    return alignTo(ids, await this.chains.findBy({ id: In([...ids]) }), (c) => c.id);
  }

  async clusterIdsOf(chainIds: readonly string[]): Promise<string[][]> {
    const rows = await this.dataSource.getRepository(ChainCluster).findBy({ chainId: In([...chainIds]) });
    return groupTo(chainIds, rows, (r) => r.chainId).map((group) => group.map((r) => r.clusterId));
  }
}
