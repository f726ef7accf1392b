import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { badInput, CoreReason, forbidden, notFound } from '@chainq/core';
import { Actor, hasRole, isPlatformAdmin, Role, User } from '@chainq/identity';
import { IndustryCluster } from '../cluster/industry-cluster.entity';
import { RegionService } from '../region/region.service';
import { CoordinatorAssignment } from './coordinator-assignment.entity';
import { RegistryReason } from '../registry-reasons';

@Injectable()
export class CoordinatorService {
  constructor(
    @InjectRepository(CoordinatorAssignment) private readonly assignments: Repository<CoordinatorAssignment>,
    private readonly dataSource: DataSource,
    private readonly regions: RegionService,
  ) {}

  /** Sets (replaces) what a coordinator watches. */
  async assign(actor: Actor, userId: string, regionCodes: string[], clusterIds: string[]): Promise<CoordinatorAssignment> {
    if (!isPlatformAdmin(actor)) throw forbidden('Only platform admins assign coordinators', { reason: CoreReason.PlatformAdminOnly });
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw notFound('User');
    if (!user.roles.includes(Role.COORDINATOR)) throw badInput('userId', `${user.email} is not a coordinator`, { reason: RegistryReason.UserNotACoordinator });
    const codes = [...new Set(regionCodes)];
    for (const [i, code] of codes.entries()) await this.regions.require(code, `regionCodes[${i}]`);
    const clusters = [...new Set(clusterIds)];
    if ((await this.dataSource.getRepository(IndustryCluster).countBy({ id: In(clusters) })) !== clusters.length) {
      throw badInput('clusterIds', 'names a cluster that does not exist', { reason: RegistryReason.UnknownCluster });
    }
    return this.assignments.save({ userId, regionCodes: codes, clusterIds: clusters });
  }

  async of(actor: Actor): Promise<CoordinatorAssignment | null> {
    if (!hasRole(actor, Role.COORDINATOR)) return null;
    return this.assignments.findOneBy({ userId: actor.userId });
  }
}
