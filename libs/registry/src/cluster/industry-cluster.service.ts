import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { badInput, CoreReason, forbidden, JobName, notFound, OutboxService, Page, PageArgs, paginate } from '@chainq/core';
import { CodeReason, parseIndustryCode } from '@chainq/codes';
import { Actor, isPlatformAdmin, OrganisationKind, OrganisationService } from '@chainq/identity';
import { RegistryAccess } from '../access/registry-scope';
import { Enterprise } from '../enterprise/enterprise.entity';
import { RegionLevel } from '../region/region.entity';
import { RegionService } from '../region/region.service';
import { ClusterMember, IndustryCluster } from './industry-cluster.entity';
import { RegistryReason } from '../registry-reasons';

export interface NewCluster {
  name: string;
  regionCode: string;
  industryCode: string;
  product: string;
  coordinatingOfficeId: string;
}

@Injectable()
export class IndustryClusterService {
  constructor(
    @InjectRepository(IndustryCluster) private readonly clusters: Repository<IndustryCluster>,
    private readonly dataSource: DataSource,
    private readonly regions: RegionService,
    private readonly organisations: OrganisationService,
    private readonly access: RegistryAccess,
    private readonly outbox: OutboxService,
  ) {}

  async create(actor: Actor, input: NewCluster): Promise<IndustryCluster> {
    if (!isPlatformAdmin(actor)) throw forbidden('Only platform admins create clusters', { reason: CoreReason.PlatformAdminOnly });
    if (!input.name.trim()) throw badInput('name', 'must not be empty', { reason: CoreReason.Required });
    const region = await this.regions.require(input.regionCode, 'regionCode', RegionLevel.COUNTY);
    const industry = parseIndustryCode(input.industryCode);
    if (!industry.ok) throw badInput('industryCode', industry.error, { reason: CodeReason.IndustryCodeInvalid });
    const office = await this.organisations.findById(input.coordinatingOfficeId);
    if (office?.kind !== OrganisationKind.REGULATOR_OFFICE) throw badInput('coordinatingOfficeId', 'is not a regulator office', { reason: RegistryReason.NotARegulatorOffice });
    return this.clusters.save(
      this.clusters.create({
        name: input.name.trim(),
        regionCode: region.code,
        regionName: region.name,
        industryCode: industry.value.normalized,
        product: input.product.trim(),
        coordinatingOfficeId: office.id,
      }),
    );
  }

  /** Adds enterprises to a cluster; ones already in it are left as they are. `joinedAt` is now, except in a seeded history. */
  async addMembers(actor: Actor, clusterId: string, enterpriseIds: string[], joinedAt?: Date): Promise<IndustryCluster> {
    if (!isPlatformAdmin(actor)) throw forbidden('Only platform admins change cluster membership', { reason: CoreReason.PlatformAdminOnly });
    const cluster = await this.clusters.findOneBy({ id: clusterId });
    if (!cluster) throw notFound('Industry cluster');
    const unique = [...new Set(enterpriseIds)];
    const found = await this.dataSource.getRepository(Enterprise).countBy({ id: In(unique) });
    if (found !== unique.length) throw badInput('enterpriseIds', `${unique.length - found} of them are not registered enterprises`, { reason: RegistryReason.NotARegisteredEnterprise });
    await this.dataSource.transaction(async (m) => {
      const added = await m
        .createQueryBuilder()
        .insert()
        .into(ClusterMember)
        .values(unique.map((enterpriseId) => ({ clusterId, enterpriseId, ...(joinedAt && { joinedAt }) })))
        .orIgnore()
        .returning(['enterpriseId'])
        .execute();
      const enterpriseIds = (added.raw as { enterprise_id: string }[]).map((r) => r.enterprise_id);
      // New members receive what was already sent to the cluster.
      if (enterpriseIds.length) await this.outbox.record(m, JobName.ClusterMembersAdded, { clusterId, enterpriseIds });
    });
    return cluster;
  }

  async get(actor: Actor, id: string): Promise<IndustryCluster> {
    const filter = this.access.clusters(await this.access.scopeOf(actor), 'cl');
    const cluster = await this.clusters.createQueryBuilder('cl').where('cl.id = :id', { id }).andWhere(filter.sql, filter.params).getOne();
    if (!cluster) throw notFound('Industry cluster');
    return cluster;
  }

  async list(actor: Actor, page: PageArgs): Promise<Page<IndustryCluster>> {
    const filter = this.access.clusters(await this.access.scopeOf(actor), 'cl');
    const query = this.clusters.createQueryBuilder('cl').where(filter.sql, filter.params);
    return paginate(query, page, { property: 'cl.createdAt', value: (c) => c.createdAt, direction: 'ASC' });
  }

  /** For loaders: member counts of many clusters in one query. */
  async memberCounts(clusterIds: readonly string[]): Promise<number[]> {
    const rows: { cluster_id: string; n: number }[] = await this.dataSource.query(
      'SELECT cluster_id, count(*)::int AS n FROM cluster_members WHERE cluster_id = ANY($1) GROUP BY cluster_id',
      [clusterIds],
    );
    const byId = new Map(rows.map((r) => [r.cluster_id, r.n]));
    return clusterIds.map((id) => byId.get(id) ?? 0);
  }
}
