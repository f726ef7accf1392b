import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, chinaDay, CoreReason, forbidden, isUuid, notFound } from '@chainq/core';
import { CodeReason, divisionPrefix, isWithinDivision, parseDivisionCode } from '@chainq/codes';
import { Actor, hasRole, isPlatformAdmin, Role } from '@chainq/identity';
import { RollupScope } from '@chainq/inspection';
import { IndustryClusterService, PilotProgramService, RegionService, RegistryAccess } from '@chainq/registry';
import { InsightsReason } from '../insights-reasons';
import { EnterpriseOutcomes, enterpriseOutcomes, LotOutcomes, lotOutcomes, OutcomeMembers, RollupKey, yearBounds } from './outcome.queries';

export type OutcomeScopeKind = 'COUNTRY' | 'REGION' | 'CLUSTER' | 'PILOT';

export interface OutcomeScope {
  kind: OutcomeScopeKind;
  /** COUNTRY_ID, a six-digit division code, a cluster id or a pilot programme id. */
  id: string;
}

/** The whole country's scope id: one country, so one id, and any other is a mistake worth saying so. */
export const COUNTRY_ID = 'CN';
/** The whole country's name, in Chinese as the divisions' names are. */
export const COUNTRY_NAME = '全国';

export type YearOutcomes = EnterpriseOutcomes & LotOutcomes & { year: number; certifiedShare: number | null };

export interface ProgramOutcomes {
  scope: OutcomeScope;
  name: string;
  current: YearOutcomes;
  previous: YearOutcomes;
  /** Changes from the previous year in percentage points; null where either year has no lots. */
  lotPassRateChange: number | null;
  firstPassYieldChange: number | null;
  unitPassRateChange: number | null;
}

/** One row of a ranking: a sub-region, a programme's region or cluster, or a cluster in scope, with both years. */
export interface RankedArea {
  kind: 'REGION' | 'CLUSTER';
  id: string;
  name: string;
  current: YearOutcomes;
  previous: YearOutcomes;
  /** Below the programme's target lot pass rate this year (null without a target or lots). */
  belowTarget: boolean | null;
}

/** A pilot programme's figures for a year: the whole programme, and each of its regions and clusters ranked. */
export interface PilotStanding {
  outcomes: ProgramOutcomes;
  regions: RankedArea[];
  clusters: RankedArea[];
  /** The caller watches only some of the programme's regions and clusters: the figures are those parts'. */
  partial: boolean;
}

/** A scope checked for the caller: its name, its enterprises and the rollup series its lots are summed from. */
export interface ResolvedScope {
  kind: OutcomeScopeKind;
  id: string;
  name: string;
  members: OutcomeMembers;
  rollups: RollupKey[];
}

const LEVEL_SCOPE = { PROVINCE: RollupScope.PROVINCE, PREFECTURE: RollupScope.PREFECTURE, COUNTY: RollupScope.COUNTY } as const;
const points = (now: number | null, before: number | null) => (now === null || before === null ? null : Math.round((now - before) * 1000) / 10);

/**
 * The programme's outcome figures for the whole country, a region, a
 * cluster or a pilot programme and a China calendar year, with the year
 * before beside it; for the coordinators who watch the scope and platform
 * admins (the whole country: platform admins only). A handful of
 * statements per year whatever the scope's size (outcome.queries).
 */
@Injectable()
export class ProgramOutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: IndustryClusterService,
    private readonly regions: RegionService,
    private readonly pilots: PilotProgramService,
    private readonly access: RegistryAccess,
  ) {}

  async outcomes(actor: Actor, scope: OutcomeScope, year: number): Promise<ProgramOutcomes> {
    this.assertYear(year);
    return this.compare(await this.scope(actor, scope), year);
  }

  /**
   * A pilot programme beside its parts: the programme's figures, and its regions and clusters
   * ranked on this year's lot pass rate against its target, each with the year before. A
   * coordinator who watches only some of its regions and clusters gets those parts, together
   * and ranked (`partial`); one who watches none of them is refused.
   */
  async pilotStanding(actor: Actor, pilotId: string, year: number): Promise<PilotStanding> {
    this.assertYear(year);
    const parts = await this.pilotParts(actor, pilotId);
    const watched = { regions: parts.regions.filter((r) => r.watched), clusters: parts.clusters.filter((c) => c.watched) };
    if (watched.regions.length + watched.clusters.length === 0) throw forbidden(WATCH_ALL, { reason: InsightsReason.OverviewCoordinatorsOnly });
    const partial = watched.regions.length < parts.regions.length || watched.clusters.length < parts.clusters.length;
    const scope = pilotScope(parts.id, parts.name, watched.regions.map((r) => r.code), watched.clusters);
    const regions = (await this.regions.findByCodes(watched.regions.map((r) => r.code))).flatMap((r) => (r ? [regionScope(r)] : []));
    const [outcomes, rankedRegions, rankedClusters] = await Promise.all([
      this.compare(scope, year),
      this.rank(regions, year, parts.targetLotPassRate),
      this.rank(watched.clusters.map(clusterScope), year, parts.targetLotPassRate),
    ]);
    return { outcomes, regions: rankedRegions, clusters: rankedClusters, partial };
  }

  /** Areas with both years, best lot pass rate first (then by name), each marked against the target lot pass rate. */
  async rank(areas: ResolvedScope[], year: number, targetLotPassRate: number | null | undefined): Promise<RankedArea[]> {
    const ranked = await Promise.all(
      areas.map(async (area): Promise<RankedArea> => {
        const { current, previous } = await this.compare(area, year);
        const belowTarget = targetLotPassRate == null || current.lotPassRate === null ? null : current.lotPassRate < targetLotPassRate;
        return { kind: area.kind === 'CLUSTER' ? 'CLUSTER' : 'REGION', id: area.id, name: area.name, current, previous, belowTarget };
      }),
    );
    return ranked.sort((x, y) => (y.current.lotPassRate ?? -1) - (x.current.lotPassRate ?? -1) || x.name.localeCompare(y.name, 'zh'));
  }

  /** A year with figures: from 2000 to the current China year. */
  assertYear(year: number): void {
    const thisYear = Number(chinaDay().slice(0, 4));
    if (!Number.isInteger(year) || year < 2000 || year > thisYear) throw badInput('year', `must be a year from 2000 to ${thisYear}`, { reason: CoreReason.NumberOutOfRange });
  }

  /** The scope, when the caller (a coordinator watching all of it, or a platform admin; the whole country: platform admins) may see its outcomes. */
  async scope(actor: Actor, scope: OutcomeScope): Promise<ResolvedScope> {
    if (!isPlatformAdmin(actor) && !hasRole(actor, Role.COORDINATOR)) throw forbidden('Programme outcomes are for coordinators and platform admins', { reason: InsightsReason.OverviewCoordinatorsOnly });
    if (scope.kind === 'COUNTRY') return this.country(actor, scope.id);
    if (scope.kind === 'REGION') return this.region(actor, scope.id);
    if (!isUuid(scope.id)) throw notFound(scope.kind === 'CLUSTER' ? 'Industry cluster' : 'Pilot programme');
    if (scope.kind === 'CLUSTER') return clusterScope(await this.clusters.get(actor, scope.id));
    return this.pilot(actor, scope.id);
  }

  /** A resolved scope's year beside the one before (no access check: resolve it first). */
  async compare(resolved: ResolvedScope, year: number): Promise<ProgramOutcomes> {
    const [current, previous] = await Promise.all([this.yearOf(resolved, year), this.yearOf(resolved, year - 1)]);
    return {
      scope: { kind: resolved.kind, id: resolved.id },
      name: resolved.name,
      current,
      previous,
      lotPassRateChange: points(current.lotPassRate, previous.lotPassRate),
      firstPassYieldChange: points(current.firstPassYield, previous.firstPassYield),
      unitPassRateChange: points(current.unitPassRate, previous.unitPassRate),
    };
  }

  private async yearOf(scope: ResolvedScope, year: number): Promise<YearOutcomes> {
    const bounds = yearBounds(year);
    const [facts, lots] = await Promise.all([enterpriseOutcomes(this.dataSource, scope.members, bounds), lotOutcomes(this.dataSource, scope.rollups, bounds)]);
    return { year, ...facts, ...lots, certifiedShare: facts.enterprisesCovered ? facts.certifiedEnterprises / facts.enterprisesCovered : null };
  }

  /**
   * The whole country, for platform admins. Like a region it is public reference data, so a
   * coordinator is refused as for a region it does not watch (FORBIDDEN), after the id is checked.
   */
  private async country(actor: Actor, id: string): Promise<ResolvedScope> {
    if (id !== COUNTRY_ID) throw badInput('scope.id', `the whole country is "${COUNTRY_ID}"`, { reason: InsightsReason.CountryIdInvalid });
    if (!isPlatformAdmin(actor)) throw forbidden("The whole country's outcomes are for platform admins", { reason: InsightsReason.OverviewCoordinatorsOnly });
    return countryScope(await this.regions.list({}));
  }

  /** Regions are public reference data: an unknown code is NOT_FOUND for anyone, one the caller does not watch FORBIDDEN (as regionOverview). */
  private async region(actor: Actor, code: string): Promise<ResolvedScope> {
    const parsed = parseDivisionCode(code);
    if (!parsed.ok) throw badInput('scope.id', parsed.error, { reason: CodeReason.DivisionCodeInvalid });
    const [region] = await this.regions.findByCodes([parsed.value.code]);
    if (!region) throw notFound('Region');
    if (!(await this.access.watchesRegion(actor, region.code))) throw forbidden("A region's outcomes are for the coordinators of that region", { reason: InsightsReason.OverviewCoordinatorsOnly });
    return regionScope(region);
  }

  /** A programme's regions and clusters together, for those who watch all of them. */
  private async pilot(actor: Actor, id: string): Promise<ResolvedScope> {
    const parts = await this.pilotParts(actor, id);
    if (parts.regions.some((r) => !r.watched) || parts.clusters.some((c) => !c.watched)) throw forbidden(WATCH_ALL, { reason: InsightsReason.OverviewCoordinatorsOnly });
    return pilotScope(id, parts.name, parts.regions.map((r) => r.code), parts.clusters);
  }

  /** A programme the caller sees (NOT_FOUND otherwise), with its regions and clusters and whether the caller watches each. */
  private async pilotParts(actor: Actor, id: string) {
    if (!isPlatformAdmin(actor) && !hasRole(actor, Role.COORDINATOR)) throw forbidden('Programme outcomes are for coordinators and platform admins', { reason: InsightsReason.OverviewCoordinatorsOnly });
    const program = isUuid(id) ? (await this.pilots.list(actor)).find((p) => p.id === id) : undefined;
    if (!program) throw notFound('Pilot programme');
    const [[regionCodes], [clusterIds]] = await Promise.all([this.pilots.regionCodesOf([id]), this.pilots.clusterIdsOf([id])]);
    const regions = await Promise.all(regionCodes.map(async (code) => ({ code, watched: await this.access.watchesRegion(actor, code) })));
    // clusters.get is NOT_FOUND outside the caller's clusters: a cluster of the programme it does not watch.
    const clusters = await Promise.all(
      clusterIds.map(async (clusterId) => {
        const cluster = await this.clusters.get(actor, clusterId).catch(() => null);
        return { id: clusterId, name: cluster?.name ?? '', regionCode: cluster?.regionCode ?? '', watched: cluster !== null };
      }),
    );
    return { id, name: program.name, targetLotPassRate: program.targetLotPassRate, regions, clusters };
  }
}

const WATCH_ALL = "A programme's outcomes are for those who watch all of its regions and clusters";

/**
 * Regions and clusters of a programme as one scope. Its lot figures add up its regions (a
 * region inside another listed one left out) and the clusters outside them, so no lot counts twice.
 */
function pilotScope(id: string, name: string, regionCodes: string[], clusters: { id: string; regionCode: string }[]): ResolvedScope {
  const outermost = regionCodes.filter((code) => !regionCodes.some((other) => other !== code && isWithinDivision(code, other)));
  const rollups: RollupKey[] = [
    ...outermost.map((code) => ({ kind: LEVEL_SCOPE[levelOf(code)], key: code })),
    ...clusters.filter((c) => !outermost.some((code) => isWithinDivision(c.regionCode, code))).map((c) => ({ kind: RollupScope.CLUSTER, key: c.id })),
  ];
  return { kind: 'PILOT', id, name, members: { regionPatterns: outermost.map((code) => `${divisionPrefix(code)}%`), clusterIds: clusters.map((c) => c.id) }, rollups };
}

/**
 * The whole country: every enterprise, and its lots summed from the provinces' rollups as a
 * province's are (each lot is in exactly one province's series); the caller's access is checked before.
 */
export function countryScope(provinces: { code: string }[]): ResolvedScope {
  return { kind: 'COUNTRY', id: COUNTRY_ID, name: COUNTRY_NAME, members: { regionPatterns: ['%'], clusterIds: [] }, rollups: provinces.map((p) => ({ kind: RollupScope.PROVINCE, key: p.code })) };
}

/** A division as a scope (its sub-divisions included); the caller's access is checked before. */
export function regionScope(region: { code: string; name: string }): ResolvedScope {
  return { kind: 'REGION', id: region.code, name: region.name, members: { regionPatterns: [`${divisionPrefix(region.code)}%`], clusterIds: [] }, rollups: [{ kind: LEVEL_SCOPE[levelOf(region.code)], key: region.code }] };
}

/** A cluster as a scope; the caller's access is checked before. */
export function clusterScope(cluster: { id: string; name: string }): ResolvedScope {
  return { kind: 'CLUSTER', id: cluster.id, name: cluster.name, members: { regionPatterns: [], clusterIds: [cluster.id] }, rollups: [{ kind: RollupScope.CLUSTER, key: cluster.id }] };
}

/** A stored programme region's level (its codes were checked when the programme was created). */
function levelOf(code: string): keyof typeof LEVEL_SCOPE {
  const parsed = parseDivisionCode(code);
  return parsed.ok ? parsed.value.level : 'COUNTY';
}
