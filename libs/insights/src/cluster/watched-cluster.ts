import { forbidden, isUuid, notFound } from '@chainq/core';
import { Actor, hasRole, isPlatformAdmin, Role } from '@chainq/identity';
import { IndustryCluster, IndustryClusterService } from '@chainq/registry';
import { InsightsReason } from '../insights-reasons';

/**
 * A cluster whose figures the caller may read: its coordinators (assigned
 * the cluster, or a region enclosing it) and platform admins. Outside the
 * caller's clusters it is NOT_FOUND (as `industryCluster`); an enterprise
 * that sees it (a member, or the leader of a chain drawing on it) is
 * FORBIDDEN: the cluster's figures are about its other members.
 */
export async function watchedCluster(clusters: IndustryClusterService, actor: Actor, clusterId: string): Promise<IndustryCluster> {
  if (!isUuid(clusterId)) throw notFound('Industry cluster');
  const cluster = await clusters.get(actor, clusterId);
  if (!isPlatformAdmin(actor) && !hasRole(actor, Role.COORDINATOR)) throw forbidden("A cluster's figures are for its coordinators", { reason: InsightsReason.OverviewCoordinatorsOnly });
  return cluster;
}
