import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { badInput, CoreReason, forbidden, groupTo } from '@chainq/core';
import { Actor, isPlatformAdmin } from '@chainq/identity';
import { RegistryAccess } from '../access/registry-scope';
import { IndustryCluster } from '../cluster/industry-cluster.entity';
import { RegionService } from '../region/region.service';
import { PilotProgram, PilotProgramCluster, PilotProgramRegion } from './pilot-program.entity';
import { RegistryReason } from '../registry-reasons';

export interface NewPilotProgram {
  name: string;
  batch: number;
  year: number;
  regionCodes: string[];
  clusterIds: string[];
  baselineLotPassRate?: number | null;
  targetLotPassRate?: number | null;
  baselineFirstPassYield?: number | null;
  targetFirstPassYield?: number | null;
}

const RATES = ['baselineLotPassRate', 'targetLotPassRate', 'baselineFirstPassYield', 'targetFirstPassYield'] as const;

@Injectable()
export class PilotProgramService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly regions: RegionService,
    private readonly access: RegistryAccess,
  ) {}

  async create(actor: Actor, input: NewPilotProgram): Promise<PilotProgram> {
    if (!isPlatformAdmin(actor)) throw forbidden('Only platform admins create pilot programmes', { reason: CoreReason.PlatformAdminOnly });
    if (!input.name.trim()) throw badInput('name', 'must not be empty', { reason: CoreReason.Required });
    if (!Number.isInteger(input.batch) || input.batch < 1) throw badInput('batch', 'must be 1 or more', { reason: CoreReason.NumberOutOfRange });
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw badInput('year', 'must be a year such as 2025', { reason: CoreReason.NumberOutOfRange });
    for (const field of RATES) {
      const v = input[field];
      if (v !== undefined && v !== null && !(v >= 0 && v <= 1)) throw badInput(field, 'must be a fraction between 0 and 1 (e.g. 0.95)', { reason: RegistryReason.TargetNotAFraction });
    }
    const regionCodes = [...new Set(input.regionCodes)];
    for (const [i, code] of regionCodes.entries()) await this.regions.require(code, `regionCodes[${i}]`);
    const clusterIds = [...new Set(input.clusterIds)];
    const clusters = await this.dataSource.getRepository(IndustryCluster).countBy({ id: In(clusterIds) });
    if (clusters !== clusterIds.length) throw badInput('clusterIds', 'names a cluster that does not exist', { reason: RegistryReason.UnknownCluster });
    return this.dataSource.transaction(async (m) => {
      const program = await m.save(PilotProgram, m.create(PilotProgram, { ...input, name: input.name.trim() }));
      if (regionCodes.length) await m.insert(PilotProgramRegion, regionCodes.map((regionCode) => ({ pilotProgramId: program.id, regionCode })));
      if (clusterIds.length) await m.insert(PilotProgramCluster, clusterIds.map((clusterId) => ({ pilotProgramId: program.id, clusterId })));
      return program;
    });
  }

  /** Programmes covering a region or cluster the caller can see. */
  async list(actor: Actor): Promise<PilotProgram[]> {
    const scope = await this.access.scopeOf(actor);
    const clusters = this.access.clusters(scope, 'cl');
    const query = this.dataSource.getRepository(PilotProgram).createQueryBuilder('p').orderBy('p.batch').addOrderBy('p.name');
    if (scope.kind === 'coordinator') {
      query.where(
        `(p.id IN (SELECT pr.pilot_program_id FROM pilot_program_regions pr WHERE pr.region_code LIKE ANY(:scopeRegions))
          OR p.id IN (SELECT pc.pilot_program_id FROM pilot_program_clusters pc JOIN industry_clusters cl ON cl.id = pc.cluster_id WHERE ${clusters.sql}))`,
        clusters.params,
      );
    } else if (scope.kind !== 'all') {
      query.where(
        `p.id IN (SELECT pc.pilot_program_id FROM pilot_program_clusters pc JOIN industry_clusters cl ON cl.id = pc.cluster_id WHERE ${clusters.sql})`,
        clusters.params,
      );
    }
    return query.getMany();
  }

  async regionCodesOf(programIds: readonly string[]): Promise<string[][]> {
    const rows = await this.dataSource.getRepository(PilotProgramRegion).findBy({ pilotProgramId: In([...programIds]) });
    return groupTo(programIds, rows, (r) => r.pilotProgramId).map((group) => group.map((r) => r.regionCode));
  }

  async clusterIdsOf(programIds: readonly string[]): Promise<string[][]> {
    const rows = await this.dataSource.getRepository(PilotProgramCluster).findBy({ pilotProgramId: In([...programIds]) });
    return groupTo(programIds, rows, (r) => r.pilotProgramId).map((group) => group.map((r) => r.clusterId));
  }
}
