import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { divisionAncestors, isWithinDivision } from '@chainq/codes';
import { Actor } from '@chainq/identity';
import { IndustryClusterService, PilotProgramService, RegionService } from '@chainq/registry';
import { pilotOf } from '../overview.queries';
import { yearBounds } from '../outcomes/outcome.queries';
import { clusterScope, ProgramOutcomesService, regionScope, ResolvedScope } from '../outcomes/program-outcomes.service';
import type { ReportContent } from './report-content';
import { overdueActions, participatingProvinces, reportChains, reportEnterprises, reportProblems, reportSolved } from './report.queries';

/** The most clusters a report ranks (a province, let alone the country, may hold many). */
const MAX_CLUSTERS = 100;

/**
 * Gathers a report's content for a scope the requester may see: the
 * outcome figures, the ranking of its sub-regions (the country's
 * provinces, a programme's regions) and of its clusters against the programme's target, the chains
 * that buy from it, its common and typical solved problems, its
 * enterprises and the overdue actions. `progress` is told the share done.
 */
@Injectable()
export class ReportBuilder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outcomes: ProgramOutcomesService,
    private readonly regions: RegionService,
    private readonly clusters: IndustryClusterService,
    private readonly pilots: PilotProgramService,
  ) {}

  async build(actor: Actor, scope: ResolvedScope, year: number, progress: (percent: number) => Promise<void>): Promise<ReportContent> {
    const outcomes = await this.outcomes.compare(scope, year);
    const target = await this.targetOf(actor, scope);
    await progress(20);
    const areas = await this.outcomes.rank(await this.areasOf(scope), year, target?.lotPassRate);
    await progress(45);
    const clusters = await this.outcomes.rank((await this.clustersOf(actor, scope)).map(clusterScope), year, target?.lotPassRate);
    await progress(65);
    const bounds = yearBounds(year);
    const [chains, commonProblems, solved, enterprises, overdue] = await Promise.all([
      reportChains(this.dataSource, scope.members, bounds),
      reportProblems(this.dataSource, scope.members, bounds),
      reportSolved(this.dataSource, scope.members, bounds),
      reportEnterprises(this.dataSource, scope.members, bounds),
      overdueActions(this.dataSource, scope.members, bounds),
    ]);
    await progress(85);
    return { builtAt: new Date().toISOString(), outcomes, target, areas, clusters, chains, commonProblems, solved, enterprises, overdueActions: overdue };
  }

  /** The country's provinces that take part, a region's sub-divisions (itself for a county), a programme's regions; a cluster has none. */
  private async areasOf(scope: ResolvedScope): Promise<ResolvedScope[]> {
    if (scope.kind === 'CLUSTER') return [];
    if (scope.kind === 'COUNTRY') return (await this.regions.findByCodes(await participatingProvinces(this.dataSource))).flatMap((r) => (r ? [regionScope(r)] : []));
    if (scope.kind === 'REGION') {
      const children = await this.regions.list({ parentCode: scope.id });
      return children.length ? children.map(regionScope) : [scope];
    }
    const [codes] = await this.pilots.regionCodesOf([scope.id]);
    return (await this.regions.findByCodes(codes)).flatMap((r) => (r ? [regionScope(r)] : []));
  }

  /** The clusters the requester sees in the country or a region, a programme's clusters, or the cluster itself. */
  private async clustersOf(actor: Actor, scope: ResolvedScope) {
    if (scope.kind === 'CLUSTER') return [await this.clusters.get(actor, scope.id)];
    if (scope.kind === 'PILOT') {
      const [ids] = await this.pilots.clusterIdsOf([scope.id]);
      return Promise.all(ids.map((id) => this.clusters.get(actor, id)));
    }
    const visible = (await this.clusters.list(actor, { first: MAX_CLUSTERS })).edges.map((e) => e.node);
    return scope.kind === 'COUNTRY' ? visible : visible.filter((c) => isWithinDivision(c.regionCode, scope.id));
  }

  /** The programme's targets: the programme itself, or the one covering the cluster or region (as the overviews find it); the country has many programmes, so no one target. */
  private async targetOf(actor: Actor, scope: ResolvedScope): Promise<ReportContent['target']> {
    if (scope.kind === 'COUNTRY') return null;
    if (scope.kind === 'PILOT') {
      const program = (await this.pilots.list(actor)).find((p) => p.id === scope.id);
      return program ? { name: program.name, lotPassRate: program.targetLotPassRate, firstPassYield: program.targetFirstPassYield } : null;
    }
    const regionCode = scope.kind === 'REGION' ? scope.id : (await this.clusters.get(actor, scope.id)).regionCode;
    const pilot = await pilotOf(this.dataSource, scope.kind === 'CLUSTER' ? scope.id : null, [regionCode, ...divisionAncestors(regionCode).reverse()]);
    return pilot ? { name: pilot.name, lotPassRate: pilot.targetLotPassRate, firstPassYield: pilot.targetFirstPassYield } : null;
  }
}
