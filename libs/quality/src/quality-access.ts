import { Injectable } from '@nestjs/common';
import { Actor, isPlatformAdmin } from '@chainq/identity';
import { canActForEnterprise, RegistryAccess, SqlFilter } from '@chainq/registry';

/**
 * Corrective actions are private between a leader and one supplier: the
 * leader sees its chain's, a supplier its own, a platform admin all.
 * Coordinators read only aggregates (common problems), never 8D text.
 */
@Injectable()
export class QualityAccess {
  constructor(private readonly registry: RegistryAccess) {}

  async actions(actor: Actor, alias: string): Promise<SqlFilter> {
    if (isPlatformAdmin(actor)) return { sql: 'true', params: {} };
    const scope = await this.registry.scopeOf(actor);
    if (scope.kind !== 'enterprise') return { sql: 'false', params: {} };
    return {
      sql: `(${alias}.supplier_enterprise_id = :qaOwn OR ${alias}.chain_id IN (SELECT c.id FROM industry_chains c WHERE c.leader_enterprise_id = :qaOwn))`,
      params: { qaOwn: scope.enterpriseId },
    };
  }

  /** Issues: the leader's own chain's; a supplier's only where it has an action. */
  async issues(actor: Actor, alias: string): Promise<SqlFilter> {
    const actions = await this.actions(actor, 'ca');
    return { sql: `${alias}.id IN (SELECT ca.issue_id FROM corrective_actions ca WHERE ${actions.sql}) OR ${alias}.chain_id IN (SELECT c.id FROM industry_chains c WHERE c.leader_enterprise_id = :qaLeader)`, params: { ...actions.params, qaLeader: actor.organisationId } };
  }

  /** The requester's side: the chain leader's admins and quality engineers (or a platform admin). */
  actsForLeader(actor: Actor, leaderEnterpriseId: string): boolean {
    return canActForEnterprise(actor, leaderEnterpriseId);
  }
}
