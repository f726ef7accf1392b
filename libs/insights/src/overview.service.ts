import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, chinaDay, forbidden, notFound } from '@chainq/core';
import { CodeReason, divisionAncestors, divisionPrefix, parseDivisionCode, SIZE_CLASSES, SizeClass } from '@chainq/codes';
import { Actor } from '@chainq/identity';
import { RollupScope } from '@chainq/inspection';
import { CommonProblem, QualityInsightsService } from '@chainq/quality';
import { CertificationScheme, IndustryClusterService, MaturityLevel, RegionService, RegistryAccess } from '@chainq/registry';
import { ReportingPeriod, reportingPeriod } from './reporting-period';
import { areaFacts, AreaFacts, areaFigures, AreaFigures, areaIssues, IssueCounts, MonthlyPassRate, monthlyTrend, PilotBenchmark, pilotOf } from './overview.queries';
import { InsightsReason } from './insights-reasons';
import { watchedCluster } from './cluster/watched-cluster';

/** What a coordinator sees of a cluster or a region for a period. */
export interface QualityOverview {
  /** CLUSTER, or PROVINCE / PREFECTURE / COUNTY by the shape of the region code. */
  scopeKind: RollupScope;
  /** The cluster id or the six-digit division code. */
  scopeKey: string;
  name: string;
  from: string;
  to: string;
  /** Enterprises in scope now: the cluster's members, or those registered in the region and its sub-divisions. */
  enterprises: number;
  sizeClasses: { sizeClass: SizeClass; enterprises: number }[];
  /** Enterprises whose figures do not suffice for a size class. */
  sizeUnknown: number;
  /** Enterprises holding at least one certificate valid today (status VALID and today within issued..expires). */
  certifiedEnterprises: number;
  /** certifiedEnterprises / enterprises; null without enterprises. */
  certifiedShare: number | null;
  certificationSchemes: { scheme: CertificationScheme; enterprises: number }[];
  /** Per level of each enterprise's latest maturity assessment. */
  maturityLevels: { level: MaturityLevel; enterprises: number }[];
  notAssessed: number;
  /** Whole calendar months overlapping the period, from the MONTH rollups (stage ALL), months with lots only. */
  trend: MonthlyPassRate[];
  /** The pilot programme the cluster or region belongs to, with its baseline and target; null when none. */
  pilot: PilotBenchmark | null;
  issues: IssueCounts;
  commonProblems: CommonProblem[];
}

/** The enterprises of an area, as a subquery on parameter $1. */
interface Area {
  kind: RollupScope;
  key: string;
  name: string;
  members: string;
  memberParam: string;
  pilotClusterId: string | null;
  /** Division codes a pilot may be attached to, most specific first. */
  pilotRegionCodes: string[];
  problems: { clusterId: string } | { regionCode: string };
}

const CLUSTER_MEMBERS = 'SELECT cm.enterprise_id FROM cluster_members cm WHERE cm.cluster_id = $1::uuid';
const REGION_MEMBERS = 'SELECT re.id FROM enterprises re WHERE re.region_code LIKE $1';
const LEVEL_SCOPE = { PROVINCE: RollupScope.PROVINCE, PREFECTURE: RollupScope.PREFECTURE, COUNTY: RollupScope.COUNTY } as const;

/**
 * Cluster and region overviews for coordinators and platform admins. Each
 * costs the same handful of queries however many enterprises are in scope:
 * the access check, one for the enterprise facts, one for the trend, one for
 * the pilot, one for issues, and QualityInsightsService.commonProblems.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: IndustryClusterService,
    private readonly regions: RegionService,
    private readonly access: RegistryAccess,
    private readonly insights: QualityInsightsService,
  ) {}

  /** Outside the caller's clusters: NOT_FOUND (as `industryCluster`); a member enterprise that sees it: FORBIDDEN. */
  async clusterOverview(actor: Actor, clusterId: string, from: string, to: string): Promise<QualityOverview> {
    const period = reportingPeriod(from, to);
    const cluster = await watchedCluster(this.clusters, actor, clusterId);
    return this.overview(
      {
        kind: RollupScope.CLUSTER,
        key: cluster.id,
        name: cluster.name,
        members: CLUSTER_MEMBERS,
        memberParam: cluster.id,
        pilotClusterId: cluster.id,
        // A cluster lies in one county; a pilot over that county (or its prefecture or province) covers it too.
        pilotRegionCodes: [cluster.regionCode, ...divisionAncestors(cluster.regionCode).reverse()],
        problems: { clusterId: cluster.id },
      },
      actor,
      period,
    );
  }

  /** An unknown region is NOT_FOUND for anyone; one the caller does not watch FORBIDDEN (watchedRegion). */
  async regionOverview(actor: Actor, regionCode: string, from: string, to: string): Promise<QualityOverview> {
    const period = reportingPeriod(from, to);
    const region = await this.watchedRegion(actor, regionCode);
    const code = region.code;
    return this.overview(
      {
        kind: LEVEL_SCOPE[region.level],
        key: code,
        name: region.name,
        members: REGION_MEMBERS,
        memberParam: `${divisionPrefix(code)}%`,
        pilotClusterId: null,
        pilotRegionCodes: [code, ...divisionAncestors(code).reverse()],
        problems: { regionCode: code },
      },
      actor,
      period,
    );
  }

  /**
   * A region's sub-divisions side by side (none for a county), to compare
   * them on one figure and drill down; the same access as regionOverview,
   * and each one's figures as its own overview counts them.
   */
  async subRegionFigures(actor: Actor, regionCode: string, from: string, to: string): Promise<AreaFigures[]> {
    const period = reportingPeriod(from, to);
    const region = await this.watchedRegion(actor, regionCode);
    const children = await this.regions.list({ parentCode: region.code });
    if (!children.length) return [];
    const areas = children.map((c) => ({ code: c.code, name: c.name, level: c.level, pattern: `${divisionPrefix(c.code)}%`, kind: LEVEL_SCOPE[c.level] }));
    return areaFigures(this.dataSource, areas, period, chinaDay(new Date()));
  }

  /**
   * Regions are public reference data, so an unknown code is NOT_FOUND for
   * anyone; one the caller does not watch is FORBIDDEN, as in passRateSeries.
   */
  private async watchedRegion(actor: Actor, regionCode: string) {
    const parsed = parseDivisionCode(regionCode);
    if (!parsed.ok) throw badInput('regionCode', parsed.error, { reason: CodeReason.DivisionCodeInvalid });
    const [region] = await this.regions.findByCodes([parsed.value.code]);
    if (!region) throw notFound('Region');
    if (!(await this.access.watchesRegion(actor, region.code))) throw forbidden("A region's overview is for the coordinators of that region", { reason: InsightsReason.OverviewCoordinatorsOnly });
    return region;
  }

  private async overview(area: Area, actor: Actor, period: ReportingPeriod): Promise<QualityOverview> {
    const [facts, trend, pilot, issues, commonProblems] = await Promise.all([
      areaFacts(this.dataSource, area.members, area.memberParam, chinaDay(new Date())),
      monthlyTrend(this.dataSource, area.kind, area.key, period),
      pilotOf(this.dataSource, area.pilotClusterId, area.pilotRegionCodes),
      areaIssues(this.dataSource, area.members, area.memberParam, period),
      this.insights.commonProblems(actor, area.problems, period.fromInstant, period.toInstant),
    ]);
    return { scopeKind: area.kind, scopeKey: area.key, name: area.name, from: period.from, to: period.to, ...summarise(facts), trend, pilot, issues, commonProblems };
  }
}

function summarise(facts: AreaFacts) {
  const enterprises = [...facts.sizes.values()].reduce((s, n) => s + n, 0);
  return {
    enterprises,
    sizeClasses: SIZE_CLASSES.map((sizeClass) => ({ sizeClass, enterprises: facts.sizes.get(sizeClass) ?? 0 })),
    sizeUnknown: facts.sizes.get(null) ?? 0,
    certifiedEnterprises: facts.certified,
    certifiedShare: enterprises > 0 ? facts.certified / enterprises : null,
    certificationSchemes: [...facts.schemes.entries()].map(([scheme, n]) => ({ scheme, enterprises: n })).sort((a, b) => b.enterprises - a.enterprises || a.scheme.localeCompare(b.scheme)),
    maturityLevels: Object.values(MaturityLevel).map((level) => ({ level, enterprises: facts.levels.get(level) ?? 0 })),
    notAssessed: facts.levels.get(null) ?? 0,
  };
}
