import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chinaDay } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { IndustryCluster, IndustryClusterService } from '@chainq/registry';
import { StandardsAccess } from '@chainq/standards';
import { reportingPeriod } from '../reporting-period';
import { buyerChains, ClusterBuyerChain, ClusterMemberFigures, ClusterStandardAdoption, memberAdoption, memberFigures } from './cluster-members.queries';
import { watchedCluster } from './watched-cluster';

/**
 * A cluster's members for its coordinators and platform admins (as
 * `clusterOverview`; see watchedCluster): each member's figures, the chains
 * that buy from them, and how they answered the standards sent to them.
 * One statement per table after the access check, whatever the cluster's size.
 */
@Injectable()
export class ClusterMembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: IndustryClusterService,
    private readonly standards: StandardsAccess,
  ) {}

  /** Every member with its facts today and its lots over the China days [from, to), by name. */
  async members(actor: Actor, clusterId: string, from: string, to: string): Promise<{ cluster: IndustryCluster; members: ClusterMemberFigures[] }> {
    const period = reportingPeriod(from, to);
    const cluster = await watchedCluster(this.clusters, actor, clusterId);
    return { cluster, members: await memberFigures(this.dataSource, cluster.id, period, chinaDay(new Date())) };
  }

  async buyerChains(actor: Actor, clusterId: string): Promise<ClusterBuyerChain[]> {
    const cluster = await watchedCluster(this.clusters, actor, clusterId);
    return buyerChains(this.dataSource, cluster.id);
  }

  /**
   * Distributions that reached members, newest first, counting the members'
   * answers only. Only those the caller may read (`standardDistributions`'
   * rule): a coordinator sees what was sent into the chains and clusters it
   * watches, not a standard of an unrelated chain one member also supplies.
   */
  async standardAdoption(actor: Actor, clusterId: string): Promise<ClusterStandardAdoption[]> {
    const cluster = await watchedCluster(this.clusters, actor, clusterId);
    return memberAdoption(this.dataSource, cluster.id, chinaDay(new Date()), await this.standards.distributions(actor, 'd'));
  }
}
