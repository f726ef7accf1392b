import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository } from 'typeorm';
import { alignTo, badInput, CoreReason, forbidden, notFound, Page, PageArgs, paginate } from '@chainq/core';
import {
  classifySize,
  CodeReason,
  CodeRuleError,
  divisionPrefix,
  industrySizeCategory,
  parseIndustryCode,
  SIZE_THRESHOLDS_2011,
  SizeClass,
} from '@chainq/codes';
import { Actor, hasRole, isPlatformAdmin, OrganisationKind, OrganisationService, Role } from '@chainq/identity';
import { RegistryAccess } from '../access/registry-scope';
import { RegionService } from '../region/region.service';
import { Enterprise } from './enterprise.entity';
import { RegistryReason } from '../registry-reasons';

export interface EnterpriseFacts {
  industryCode: string;
  regionCode: string;
  employees?: number | null;
  revenue10kCny?: number | null;
  totalAssets10kCny?: number | null;
  sizeClassDeclared?: SizeClass | null;
}

export interface NewEnterprise extends EnterpriseFacts {
  name: string;
  uscc: string;
}

export interface EnterpriseFilter {
  regionPrefix?: string | null;
  sizeClass?: SizeClass | null;
  industry?: string | null;
  clusterId?: string | null;
  text?: string | null;
}

@Injectable()
export class EnterpriseService {
  constructor(
    @InjectRepository(Enterprise) private readonly enterprises: Repository<Enterprise>,
    private readonly dataSource: DataSource,
    private readonly organisations: OrganisationService,
    private readonly regions: RegionService,
    private readonly access: RegistryAccess,
  ) {}

  async create(actor: Actor, input: NewEnterprise): Promise<Enterprise> {
    if (!isPlatformAdmin(actor)) throw forbidden('Only platform admins register enterprises directly; chain leaders invite suppliers', { reason: CoreReason.PlatformAdminOnly });
    return this.dataSource.transaction((manager) => this.createUnscoped(input, manager));
  }

  /**
   * Registers an enterprise (its organisation and facts) inside the caller's transaction.
   * `registeredAt` is now, except in a seeded history.
   */
  async createUnscoped(input: NewEnterprise, manager: EntityManager, registeredAt?: Date): Promise<Enterprise> {
    const facts = await this.validFacts(input);
    const organisation = await this.organisations.create({ kind: OrganisationKind.ENTERPRISE, name: input.name, uscc: input.uscc }, manager);
    return manager.save(Enterprise, manager.create(Enterprise, { id: organisation.id, ...facts, ...(registeredAt && { createdAt: registeredAt }) }));
  }

  async update(actor: Actor, id: string, patch: Partial<EnterpriseFacts> & { name?: string }): Promise<Enterprise> {
    const current = await this.get(actor, id);
    if (!isPlatformAdmin(actor) && !(actor.organisationId === id && hasRole(actor, Role.ENTERPRISE_ADMIN))) {
      throw forbidden('Only the enterprise admin or a platform admin may change this enterprise', { reason: RegistryReason.EnterpriseAdminOnly });
    }
    const facts = await this.validFacts({ ...current, ...definedOnly(patch) });
    return this.dataSource.transaction(async (manager) => {
      if (patch.name !== undefined) await this.organisations.rename(id, patch.name, manager);
      await manager.update(Enterprise, id, facts);
      return manager.findOneByOrFail(Enterprise, { id });
    });
  }

  async get(actor: Actor, id: string): Promise<Enterprise> {
    const scope = await this.access.scopeOf(actor);
    const filter = this.access.enterprises(scope, 'e.id');
    const found = await this.enterprises.createQueryBuilder('e').where('e.id = :id', { id }).andWhere(filter.sql, filter.params).getOne();
    if (!found) throw notFound('Enterprise');
    return found;
  }

  async list(actor: Actor, filter: EnterpriseFilter, page: PageArgs): Promise<Page<Enterprise>> {
    const scope = await this.access.scopeOf(actor);
    const visible = this.access.enterprises(scope, 'e.id');
    const query = this.enterprises.createQueryBuilder('e').innerJoin('e.organisation', 'o').where(visible.sql, visible.params);
    if (filter.regionPrefix) {
      const region = await this.regions.require(filter.regionPrefix, 'regionPrefix');
      query.andWhere('e.region_code LIKE :regionPattern', { regionPattern: `${divisionPrefix(region.code)}%` });
    }
    if (filter.sizeClass) query.andWhere('COALESCE(e.size_class_declared, e.size_class) = :sizeClass', { sizeClass: filter.sizeClass });
    if (filter.industry) {
      const industry = parseIndustryCode(filter.industry);
      if (!industry.ok) throw badInput('industry', industry.error, { reason: CodeReason.IndustryCodeInvalid });
      query.andWhere('e.industry_code LIKE :industry', { industry: `${industry.value.normalized}%` });
    }
    if (filter.clusterId) {
      query.andWhere('e.id IN (SELECT cm.enterprise_id FROM cluster_members cm WHERE cm.cluster_id = :clusterId)', { clusterId: filter.clusterId });
    }
    if (filter.text?.trim()) {
      const text = filter.text.trim();
      query.andWhere(
        new Brackets((q) => q.where('o.name ILIKE :textLike', { textLike: `%${escapeLike(text)}%` }).orWhere('o.uscc LIKE :usccPrefix', { usccPrefix: `${escapeLike(text.toUpperCase())}%` })),
      );
    }
    return paginate(query, page, { property: 'e.createdAt', value: (e) => e.createdAt, direction: 'ASC' });
  }

  /** For loaders: the enterprises among `ids` the caller may read (undefined for the others, and for anonymous callers). */
  async visibleByIds(actor: Actor | undefined, ids: readonly string[]): Promise<(Enterprise | undefined)[]> {
    if (!actor) return ids.map(() => undefined);
    const filter = this.access.enterprises(await this.access.scopeOf(actor), 'e.id');
    const rows = await this.enterprises.createQueryBuilder('e').where('e.id IN (:...ids)', { ids: [...ids] }).andWhere(filter.sql, filter.params).getMany();
    return alignTo(ids, rows, (e) => e.id);
  }

  async findByIds(ids: readonly string[]): Promise<(Enterprise | undefined)[]> {
    return alignTo(ids, await this.enterprises.findBy({ id: In([...ids]) }), (e) => e.id);
  }

  private async validFacts(input: EnterpriseFacts): Promise<Omit<EnterpriseFacts, 'regionCode'> & Pick<Enterprise, 'regionCode' | 'regionName' | 'sizeClassComputed' | 'sizeRulesVersion'>> {
    const industry = parseIndustryCode(input.industryCode);
    if (!industry.ok) throw badInput('industryCode', industry.error, { reason: CodeReason.IndustryCodeInvalid });
    const region = await this.regions.require(input.regionCode, 'regionCode');
    for (const field of ['employees', 'revenue10kCny', 'totalAssets10kCny'] as const) {
      const value = input[field];
      if (value !== undefined && value !== null && (!Number.isFinite(value) || value < 0)) throw badInput(field, 'must be zero or more', { reason: CoreReason.NegativeNumber });
    }
    const sizeClass = computeSizeClass(industry.value.normalized, input);
    return {
      industryCode: industry.value.normalized,
      regionCode: region.code,
      regionName: region.name,
      employees: input.employees ?? null,
      revenue10kCny: input.revenue10kCny ?? null,
      totalAssets10kCny: input.totalAssets10kCny ?? null,
      sizeClassDeclared: input.sizeClassDeclared ?? null,
      sizeClassComputed: sizeClass,
      sizeRulesVersion: sizeClass ? SIZE_THRESHOLDS_2011.version : null,
    };
  }
}

/** 工信部联企业〔2011〕300号; null when the industry has no category or a needed figure is missing. */
function computeSizeClass(industryCode: string, facts: EnterpriseFacts): SizeClass | null {
  try {
    const category = industrySizeCategory(industryCode);
    if (!category || facts.revenue10kCny === null || facts.revenue10kCny === undefined) return null;
    return classifySize({
      category,
      employees: facts.employees ?? undefined,
      revenue10kCny: facts.revenue10kCny,
      totalAssets10kCny: facts.totalAssets10kCny ?? undefined,
    });
  } catch (error) {
    if (error instanceof CodeRuleError) return null;
    throw error;
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
