import { DataSource } from 'typeorm';
import { SizeClass } from '@chainq/codes';
import { ratioOf } from '@chainq/inspection';
import { CertificationScheme, MaturityLevel } from '@chainq/registry';
import { AcknowledgementStatus, OPEN_STATUSES } from '@chainq/standards';
import { ReportingPeriod } from '../reporting-period';

/*
 * A cluster's members as its coordinators read them, each table one
 * statement whatever the number of members. Lot figures come from the day
 * totals the rollup job keeps (lot_day_totals), never from the lots.
 */

/** One member enterprise: who it is, its certificates and maturity, its lots over the period and its open quality issues. */
export interface ClusterMemberFigures {
  enterpriseId: string;
  name: string;
  uscc: string;
  /** The county (or other division) it is registered in, code and name as recorded. */
  regionCode: string;
  regionName: string;
  /** Declared, else computed by the 2011 rules; null when its figures do not suffice. */
  sizeClass: SizeClass | null;
  /** Schemes of its certificates valid today (status VALID, today within issued..expires); empty when none. */
  certificationSchemes: CertificationScheme[];
  certified: boolean;
  /** Level of its latest maturity assessment; null when never assessed. */
  maturityLevel: MaturityLevel | null;
  maturityAssessedAt: Date | null;
  /** Its lots in the period, every chain it supplies and every inspection stage. */
  lotsInspected: number;
  lotsAccepted: number;
  /** lots accepted / lots inspected; null without lots. */
  lotPassRate: number | null;
  /** Quality issues open now with a (non-cancelled) 8D at the enterprise, as the overview's `issues.openNow`. */
  openIssues: number;
  joinedAt: Date;
}

/** A chain that buys from the cluster: its suppliers among the members. */
export interface ClusterBuyerChain {
  chainId: string;
  chainName: string;
  leaderEnterpriseId: string;
  leaderName: string;
  /** Members supplying it now (membership ACTIVE or SUSPENDED), as the programme report counts a chain's suppliers. */
  suppliers: number;
  /** Members in its qualification review (ONBOARDING). */
  onboarding: number;
  /** The chain names the cluster among those it draws its suppliers from. */
  drawsOnCluster: boolean;
}

/** The answers of a distribution's recipients that are members of the cluster, counted as `AdoptionStats` counts a distribution's. */
export interface MemberAdoption {
  recipients: number;
  pending: number;
  acknowledged: number;
  adopted: number;
  deviations: number;
  superseded: number;
  overdue: number;
}

/** A standard's distribution that reached members of the cluster, with their answers. */
export interface ClusterStandardAdoption {
  distributionId: string;
  standardId: string;
  standardNumber: string;
  standardTitle: string;
  revisionVersion: string;
  /** Who sent it: the standard's owner (a chain leader, or a regulator office for group standards). */
  ownerName: string;
  /** The chain it was sent along; null when sent to a cluster. */
  chainId: string | null;
  chainName: string | null;
  /** The cluster it was sent to; null when sent along a chain. */
  clusterId: string | null;
  dueOn: string;
  distributedAt: Date;
  members: MemberAdoption;
}

/** The members' facts and figures; $1 the cluster, $2..$3 the period's days, $4 the day certificates are judged on. */
const MEMBER_FIGURES = `
  WITH members AS (SELECT cm.enterprise_id AS id, cm.joined_at FROM cluster_members cm WHERE cm.cluster_id = $1::uuid),
  -- A supplier's lots are recorded in the chains it belongs to: reach its day totals through those pairs (the totals' key).
  pairs AS (SELECT DISTINCT m.chain_id, m.supplier_enterprise_id FROM chain_memberships m WHERE m.supplier_enterprise_id IN (SELECT id FROM members)),
  lots AS (
    SELECT p.supplier_enterprise_id AS id, sum(d.lots)::int AS lots, sum(d.accepted)::int AS accepted
      FROM pairs p JOIN lot_day_totals d ON d.chain_id = p.chain_id AND d.supplier_enterprise_id = p.supplier_enterprise_id AND d.day >= $2::date AND d.day < $3::date
     GROUP BY p.supplier_enterprise_id),
  valid AS (
    SELECT c.enterprise_id AS id, array_agg(DISTINCT c.scheme::text ORDER BY c.scheme::text) AS schemes FROM certifications c
     WHERE c.enterprise_id IN (SELECT id FROM members) AND c.status = 'VALID' AND c.issued_on <= $4::date AND c.expires_on >= $4::date
     GROUP BY c.enterprise_id),
  latest AS (
    SELECT DISTINCT ON (ma.enterprise_id) ma.enterprise_id AS id, ma.level::text AS level, ma.submitted_at FROM maturity_assessments ma
     WHERE ma.enterprise_id IN (SELECT id FROM members) ORDER BY ma.enterprise_id, ma.submitted_at DESC, ma.id DESC),
  open_issues AS (
    SELECT a.supplier_enterprise_id AS id, count(DISTINCT i.id)::int AS n FROM corrective_actions a JOIN quality_issues i ON i.id = a.issue_id
     WHERE a.status <> 'CANCELLED' AND i.status = 'OPEN' AND a.supplier_enterprise_id IN (SELECT id FROM members)
     GROUP BY a.supplier_enterprise_id)
  SELECT e.id, o.name, o.uscc, e.region_code, e.region_name, coalesce(e.size_class_declared, e.size_class) AS size_class,
         coalesce(v.schemes, '{}') AS schemes, l.level, l.submitted_at, coalesce(lt.lots, 0) AS lots, coalesce(lt.accepted, 0) AS accepted,
         coalesce(oi.n, 0) AS open_issues, m.joined_at
    FROM members m JOIN enterprises e ON e.id = m.id JOIN organisations o ON o.id = e.id
    LEFT JOIN lots lt ON lt.id = e.id LEFT JOIN valid v ON v.id = e.id LEFT JOIN latest l ON l.id = e.id LEFT JOIN open_issues oi ON oi.id = e.id
   ORDER BY o.name, e.id`;

export async function memberFigures(dataSource: DataSource, clusterId: string, period: ReportingPeriod, today: string): Promise<ClusterMemberFigures[]> {
  const rows: {
    id: string;
    name: string;
    uscc: string;
    region_code: string;
    region_name: string;
    size_class: SizeClass | null;
    schemes: CertificationScheme[];
    level: MaturityLevel | null;
    submitted_at: Date | null;
    lots: number;
    accepted: number;
    open_issues: number;
    joined_at: Date;
  }[] = await dataSource.query(MEMBER_FIGURES, [clusterId, period.from, period.to, today]);
  return rows.map((r) => ({
    enterpriseId: r.id,
    name: r.name,
    uscc: r.uscc,
    regionCode: r.region_code,
    regionName: r.region_name,
    sizeClass: r.size_class,
    certificationSchemes: r.schemes,
    certified: r.schemes.length > 0,
    maturityLevel: r.level,
    maturityAssessedAt: r.submitted_at,
    lotsInspected: r.lots,
    lotsAccepted: r.accepted,
    lotPassRate: ratioOf(r.accepted, r.lots),
    openIssues: r.open_issues,
    joinedAt: r.joined_at,
  }));
}

/** Chains with members of the cluster among their suppliers (accepted and not exited), most members first. */
export async function buyerChains(dataSource: DataSource, clusterId: string): Promise<ClusterBuyerChain[]> {
  const rows: { id: string; name: string; leader_id: string; leader_name: string; suppliers: number; onboarding: number; draws: boolean }[] = await dataSource.query(
    `SELECT c.id, c.name, c.leader_enterprise_id AS leader_id, lo.name AS leader_name,
            count(DISTINCT m.supplier_enterprise_id) FILTER (WHERE m.status IN ('ACTIVE', 'SUSPENDED'))::int AS suppliers,
            count(DISTINCT m.supplier_enterprise_id) FILTER (WHERE m.status = 'ONBOARDING')::int AS onboarding,
            EXISTS (SELECT 1 FROM chain_clusters cc WHERE cc.chain_id = c.id AND cc.cluster_id = $1::uuid) AS draws
       FROM chain_memberships m JOIN industry_chains c ON c.id = m.chain_id JOIN organisations lo ON lo.id = c.leader_enterprise_id
      WHERE m.supplier_enterprise_id IN (SELECT cm.enterprise_id FROM cluster_members cm WHERE cm.cluster_id = $1::uuid)
        AND m.status IN ('ONBOARDING', 'ACTIVE', 'SUSPENDED')
      GROUP BY c.id, c.name, c.leader_enterprise_id, lo.name
      ORDER BY suppliers DESC, onboarding DESC, c.name, c.id`,
    [clusterId],
  );
  return rows.map((r) => ({ chainId: r.id, chainName: r.name, leaderEnterpriseId: r.leader_id, leaderName: r.leader_name, suppliers: r.suppliers, onboarding: r.onboarding, drawsOnCluster: r.draws }));
}

/** How many distributions the standards table lists, newest first (as `standardDistributions`). */
const DISTRIBUTIONS_SHOWN = 200;
const { PENDING, ACKNOWLEDGED, ADOPTED, DEVIATION_REQUESTED, DEVIATION_ACCEPTED, DEVIATION_REJECTED, SUPERSEDED } = AcknowledgementStatus;

/**
 * Distributions `visible` (a filter on `d` with named parameters) that
 * reached members of the cluster, each with its member recipients' answers,
 * counted by the rules of DistributionService.statsFor (overdue: still open
 * after the recipient's due day).
 */
export async function memberAdoption(dataSource: DataSource, clusterId: string, today: string, visible: { sql: string; params: Record<string, unknown> }): Promise<ClusterStandardAdoption[]> {
  const [sql, params] = dataSource.driver.escapeQueryWithParameters(
    `SELECT d.id, d.standard_id, s.number, s.title, r.version, ow.name AS owner_name, d.chain_id, via.name AS chain_name, d.cluster_id,
            to_char(d.due_on, 'YYYY-MM-DD') AS due_on, d.created_at,
            count(*)::int AS recipients,
            count(*) FILTER (WHERE a.status = :pending)::int AS pending,
            count(*) FILTER (WHERE a.status = :acknowledged)::int AS acknowledged,
            count(*) FILTER (WHERE a.status = :adopted)::int AS adopted,
            count(*) FILTER (WHERE a.status = ANY(:deviationStatuses::acknowledgement_status[]))::int AS deviations,
            count(*) FILTER (WHERE a.status = :superseded)::int AS superseded,
            count(*) FILTER (WHERE a.status = ANY(:openStatuses::acknowledgement_status[]) AND a.due_on < :today::date)::int AS overdue
       FROM standard_distributions d
       JOIN standard_acknowledgements a ON a.distribution_id = d.id
       JOIN cluster_members cm ON cm.enterprise_id = a.recipient_enterprise_id AND cm.cluster_id = :clusterId
       JOIN standards s ON s.id = d.standard_id
       JOIN standard_revisions r ON r.id = d.revision_id
       JOIN organisations ow ON ow.id = s.owner_organisation_id
       LEFT JOIN industry_chains via ON via.id = d.chain_id
      WHERE ${visible.sql}
      GROUP BY d.id, s.id, r.id, ow.name, via.name
      ORDER BY d.created_at DESC, d.id
      LIMIT ${DISTRIBUTIONS_SHOWN}`,
    {
      ...visible.params,
      clusterId,
      today,
      pending: PENDING,
      acknowledged: ACKNOWLEDGED,
      adopted: ADOPTED,
      superseded: SUPERSEDED,
      deviationStatuses: [DEVIATION_REQUESTED, DEVIATION_ACCEPTED, DEVIATION_REJECTED],
      openStatuses: OPEN_STATUSES,
    },
  );
  const rows: ({
    id: string;
    standard_id: string;
    number: string;
    title: string;
    version: string;
    owner_name: string;
    chain_id: string | null;
    chain_name: string | null;
    cluster_id: string | null;
    due_on: string;
    created_at: Date;
  } & MemberAdoption)[] = await dataSource.query(sql, params);
  return rows.map((r) => ({
    distributionId: r.id,
    standardId: r.standard_id,
    standardNumber: r.number,
    standardTitle: r.title,
    revisionVersion: r.version,
    ownerName: r.owner_name,
    chainId: r.chain_id,
    chainName: r.chain_name,
    clusterId: r.cluster_id,
    dueOn: r.due_on,
    distributedAt: r.created_at,
    members: { recipients: r.recipients, pending: r.pending, acknowledged: r.acknowledged, adopted: r.adopted, deviations: r.deviations, superseded: r.superseded, overdue: r.overdue },
  }));
}
