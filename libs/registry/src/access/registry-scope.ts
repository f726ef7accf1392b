import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { divisionPrefix } from '@chainq/codes';
import { Actor, hasRole, isPlatformAdmin, OrganisationKind, Role } from '@chainq/identity';
import { MembershipStatus } from '../chain/chain-membership.entity';
import { CoordinatorAssignment } from './coordinator-assignment.entity';

/** What an actor may read in the registry. */
export type RegistryScope =
  | { kind: 'all' }
  | { kind: 'enterprise'; enterpriseId: string }
  | { kind: 'coordinator'; regionPatterns: string[]; clusterIds: string[] }
  | { kind: 'none' };

export interface SqlFilter {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * Membership statuses in which a supplier shares its registry record
 * (facts, certificates, maturity) with the chain leader: from acceptance
 * until it exits. An INVITED membership shows only the invitation.
 */
export const SHARING_STATUSES: MembershipStatus[] = [MembershipStatus.ONBOARDING, MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED];

const NOTHING: SqlFilter = { sql: 'false', params: {} };
const EVERYTHING: SqlFilter = { sql: 'true', params: {} };

/**
 * Resolves an actor's read scope and turns it into SQL conditions on the
 * registry tables, so every list and lookup is filtered in the database.
 * Writes are checked by the services on the rows they touch.
 */
@Injectable()
export class RegistryAccess {
  constructor(@InjectRepository(CoordinatorAssignment) private readonly assignments: Repository<CoordinatorAssignment>) {}

  async scopeOf(actor: Actor): Promise<RegistryScope> {
    if (isPlatformAdmin(actor)) return { kind: 'all' };
    if (actor.organisationKind === OrganisationKind.ENTERPRISE) return { kind: 'enterprise', enterpriseId: actor.organisationId };
    if (hasRole(actor, Role.COORDINATOR)) {
      const assignment = await this.assignments.findOneBy({ userId: actor.userId });
      return {
        kind: 'coordinator',
        // A province code covers its prefectures and counties: match on the code's significant prefix.
        regionPatterns: (assignment?.regionCodes ?? []).map((c) => `${divisionPrefix(c)}%`),
        clusterIds: assignment?.clusterIds ?? [],
      };
    }
    return { kind: 'none' };
  }

  /** A platform admin, or a coordinator assigned the six-digit division `code` or one enclosing it. */
  async watchesRegion(actor: Actor, code: string): Promise<boolean> {
    const scope = await this.scopeOf(actor);
    // A pattern covers its region's sub-divisions ('13%' for 130000).
    return scope.kind === 'all' || (scope.kind === 'coordinator' && scope.regionPatterns.some((p) => code.startsWith(p.slice(0, -1))));
  }

  /** Active users who decide claims on an enterprise in `regionCode`: platform admins and the coordinators whose regions cover it. */
  async claimReviewers(m: EntityManager, regionCode: string): Promise<string[]> {
    const rows: { id: string; coordinator: boolean; region_codes: string[] | null }[] = await m.query(
      `SELECT u.id, NOT (u.roles && ARRAY['PLATFORM_ADMIN']::user_role[]) AS coordinator, a.region_codes::text[] AS region_codes
         FROM users u LEFT JOIN coordinator_assignments a ON a.user_id = u.id
        WHERE u.is_active AND (u.roles && ARRAY['PLATFORM_ADMIN']::user_role[] OR (u.roles && ARRAY['COORDINATOR']::user_role[] AND a.user_id IS NOT NULL))
        ORDER BY u.id`,
    );
    return rows.filter((r) => !r.coordinator || (r.region_codes ?? []).some((c) => regionCode.startsWith(divisionPrefix(c)))).map((r) => r.id);
  }

  /** Enterprises: one's own, a leader's suppliers, a supplier's leaders; a coordinator's regions and clusters. */
  enterprises(scope: RegistryScope, column: string): SqlFilter {
    switch (scope.kind) {
      case 'all':
        return EVERYTHING;
      case 'enterprise':
        // A leader reads a supplier's record only while the supplier shares it (accepted, not exited);
        // a supplier reads the leaders of chains it has accepted, as it reads those chains.
        return {
          sql: `(${column} = :scopeEnterprise
            OR ${column} IN (SELECT m.supplier_enterprise_id FROM chain_memberships m JOIN industry_chains c ON c.id = m.chain_id
                             WHERE c.leader_enterprise_id = :scopeEnterprise AND m.supplier_enterprise_id IS NOT NULL
                               AND m.status::text = ANY(:scopeSharing))
            OR ${column} IN (SELECT c.leader_enterprise_id FROM industry_chains c JOIN chain_memberships m ON m.chain_id = c.id
                             WHERE m.supplier_enterprise_id = :scopeEnterprise AND m.status <> 'INVITED'))`,
          params: { scopeEnterprise: scope.enterpriseId, scopeSharing: SHARING_STATUSES },
        };
      case 'coordinator':
        return {
          sql: `(${column} IN (SELECT e.id FROM enterprises e WHERE e.region_code LIKE ANY(:scopeRegions))
            OR ${column} IN (SELECT cm.enterprise_id FROM cluster_members cm WHERE cm.cluster_id = ANY(:scopeClusters)))`,
          params: { scopeRegions: scope.regionPatterns, scopeClusters: scope.clusterIds },
        };
      default:
        return NOTHING;
    }
  }

  /** Clusters: a coordinator's; an enterprise's own clusters and those its chain draws on. */
  clusters(scope: RegistryScope, alias: string): SqlFilter {
    switch (scope.kind) {
      case 'all':
        return EVERYTHING;
      case 'enterprise':
        return {
          sql: `(${alias}.id IN (SELECT cm.cluster_id FROM cluster_members cm WHERE cm.enterprise_id = :scopeEnterprise)
            OR ${alias}.id IN (SELECT cc.cluster_id FROM chain_clusters cc JOIN industry_chains c ON c.id = cc.chain_id
                               WHERE c.leader_enterprise_id = :scopeEnterprise))`,
          params: { scopeEnterprise: scope.enterpriseId },
        };
      case 'coordinator':
        return {
          sql: `(${alias}.region_code LIKE ANY(:scopeRegions) OR ${alias}.id = ANY(:scopeClusters))`,
          params: { scopeRegions: scope.regionPatterns, scopeClusters: scope.clusterIds },
        };
      default:
        return NOTHING;
    }
  }

  /** Chains: a leader's own, those a supplier has joined; a coordinator's by leader region or cluster. */
  chains(scope: RegistryScope, alias: string): SqlFilter {
    switch (scope.kind) {
      case 'all':
        return EVERYTHING;
      case 'enterprise':
        return {
          sql: `(${alias}.leader_enterprise_id = :scopeEnterprise
            OR ${alias}.id IN (SELECT m.chain_id FROM chain_memberships m
                               WHERE m.supplier_enterprise_id = :scopeEnterprise AND m.status <> 'INVITED'))`,
          params: { scopeEnterprise: scope.enterpriseId },
        };
      case 'coordinator':
        return {
          sql: `(${alias}.leader_enterprise_id IN (SELECT e.id FROM enterprises e WHERE e.region_code LIKE ANY(:scopeRegions))
            OR ${alias}.id IN (SELECT cc.chain_id FROM chain_clusters cc JOIN industry_clusters cl ON cl.id = cc.cluster_id
                               WHERE cl.id = ANY(:scopeClusters) OR cl.region_code LIKE ANY(:scopeRegions)))`,
          params: { scopeRegions: scope.regionPatterns, scopeClusters: scope.clusterIds },
        };
      default:
        return NOTHING;
    }
  }
}

/** Roles that may act for an enterprise (as leader or supplier); viewers only read. */
export const canActForEnterprise = (actor: Actor, enterpriseId: string): boolean =>
  isPlatformAdmin(actor) ||
  (actor.organisationId === enterpriseId && hasRole(actor, Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER));
