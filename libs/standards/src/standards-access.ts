import { Injectable } from '@nestjs/common';
import { Actor, hasRole, isPlatformAdmin, Role } from '@chainq/identity';
import { RegistryAccess, SqlFilter } from '@chainq/registry';

/** Who may act for a standard's owner: its admins and quality engineers, or an owning office's coordinators. */
export const actsForOwner = (actor: Actor, ownerOrganisationId: string): boolean =>
  actor.organisationId === ownerOrganisationId && hasRole(actor, Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.COORDINATOR);

/**
 * Which standards an actor may read: its own organisation's; those sent to
 * its enterprise; for coordinators, those sent into the chains and clusters
 * they watch; everything for platform admins.
 */
@Injectable()
export class StandardsAccess {
  constructor(private readonly registry: RegistryAccess) {}

  async standards(actor: Actor, alias: string): Promise<SqlFilter> {
    if (isPlatformAdmin(actor)) return { sql: 'true', params: {} };
    const scope = await this.registry.scopeOf(actor);
    const own = `${alias}.owner_organisation_id = :actorOrganisation`;
    const params = { actorOrganisation: actor.organisationId };
    if (scope.kind === 'enterprise') {
      return {
        sql: `(${own} OR ${alias}.id IN (SELECT a.standard_id FROM standard_acknowledgements a WHERE a.recipient_enterprise_id = :actorOrganisation))`,
        params,
      };
    }
    if (scope.kind === 'coordinator') {
      const distributions = await this.distributions(actor, 'd');
      return {
        sql: `(${own} OR ${alias}.id IN (SELECT d.standard_id FROM standard_distributions d WHERE ${distributions.sql}))`,
        params: { ...params, ...distributions.params },
      };
    }
    return { sql: own, params };
  }

  /** Distributions: the owner's; coordinators' within their chains and clusters; a recipient's own. */
  async distributions(actor: Actor, alias: string): Promise<SqlFilter> {
    if (isPlatformAdmin(actor)) return { sql: 'true', params: {} };
    const scope = await this.registry.scopeOf(actor);
    const own = `${alias}.standard_id IN (SELECT s.id FROM standards s WHERE s.owner_organisation_id = :actorOrganisation)`;
    const params = { actorOrganisation: actor.organisationId };
    if (scope.kind === 'coordinator') {
      const chains = this.registry.chains(scope, 'ch');
      const clusters = this.registry.clusters(scope, 'cl');
      return {
        sql: `(${own} OR ${alias}.chain_id IN (SELECT ch.id FROM industry_chains ch WHERE ${chains.sql})
                      OR ${alias}.cluster_id IN (SELECT cl.id FROM industry_clusters cl WHERE ${clusters.sql}))`,
        params: { ...params, ...chains.params, ...clusters.params },
      };
    }
    if (scope.kind === 'enterprise') {
      return {
        sql: `(${own} OR ${alias}.id IN (SELECT a.distribution_id FROM standard_acknowledgements a WHERE a.recipient_enterprise_id = :actorOrganisation))`,
        params,
      };
    }
    return { sql: own, params };
  }

  /** May the actor see every recipient's status of a distribution (not just its own)? */
  seesAllRecipients(actor: Actor, ownerOrganisationId: string): boolean {
    return isPlatformAdmin(actor) || actor.organisationId === ownerOrganisationId || hasRole(actor, Role.COORDINATOR);
  }
}
