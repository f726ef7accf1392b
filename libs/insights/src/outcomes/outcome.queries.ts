import { DataSource } from 'typeorm';
import { chinaDay, chinaMidnight } from '@chainq/core';
import { ratioOf, RollupPeriod, RollupScope } from '@chainq/inspection';
import { sharedSolutionBy } from '@chainq/quality';

/*
 * The outcome figures of one scope and one China calendar year, each one
 * statement whatever the number of enterprises or lots: enterprise facts
 * from the registry, quality and standards tables (small: one row per
 * enterprise, certificate, assessment, 8D or answer), lot figures from the
 * MONTH pass-rate rollups, never from the lots themselves.
 */

/** Who is in scope: enterprises registered under any of the region patterns ('3203%'), and the members of the clusters. */
export interface OutcomeMembers {
  regionPatterns: string[];
  clusterIds: string[];
}

/** A year as the instants and days its figures are bounded by (China time). */
export interface OutcomeYear {
  year: number;
  start: Date;
  end: Date;
  /** The day certificates are judged valid on: the year's last day, or today while the year runs. */
  asOf: string;
}

/** A China calendar year's bounds; certificates are judged on its last day, or today while it runs. */
export function yearBounds(year: number): OutcomeYear {
  const today = chinaDay();
  const last = `${year}-12-31`;
  return { year, start: chinaMidnight(`${year}-01-01`), end: chinaMidnight(`${year + 1}-01-01`), asOf: last < today ? last : today };
}

export interface EnterpriseOutcomes {
  enterprisesCovered: number;
  enterprisesHelped: number;
  problemsSolved: number;
  certificatesGained: number;
  certifiedEnterprises: number;
  maturityRose: number;
  commonProblems: number;
  commonProblemsAddressed: number;
  provinces: number;
  prefectures: number;
  counties: number;
}

export interface LotOutcomes {
  lotsInspected: number;
  lotPassRate: number | null;
  firstPassYield: number | null;
  unitPassRate: number | null;
}

/** The rollup series a scope's lot figures are summed from. */
export interface RollupKey {
  kind: RollupScope;
  key: string;
}

/**
 * The scope's enterprises (`scoped`: since when each counts) and those
 * covered by the year's end (`covered`), over $1 (region patterns), $2
 * (cluster ids) and $4 (the year's end).
 */
export const COVERED = `scoped AS (
    SELECT e.id, e.region_code, e.created_at AS since FROM enterprises e WHERE e.region_code LIKE ANY($1::text[])
    UNION ALL
    SELECT e.id, e.region_code, greatest(e.created_at, cm.joined_at) FROM cluster_members cm JOIN enterprises e ON e.id = cm.enterprise_id
     WHERE cm.cluster_id = ANY($2::uuid[])),
  covered AS (SELECT s.id, min(s.region_code) AS region_code FROM scoped s WHERE s.since < $4 GROUP BY s.id)`;

/**
 * Covered enterprises that received help in the year (ProgramOutcomeYear's
 * rule), as the CTE `helped` after COVERED, over $3 (the year's start) and $4.
 */
export const HELPED = `helped AS (
    SELECT c.id, c.region_code FROM covered c
     WHERE EXISTS (SELECT 1 FROM chain_memberships m JOIN membership_events ev ON ev.membership_id = m.id
                    WHERE m.supplier_enterprise_id = c.id AND ev.to_status = 'ACTIVE' AND ev.at < $4
                      AND NOT EXISTS (SELECT 1 FROM membership_events x WHERE x.membership_id = m.id AND x.to_status = 'EXITED' AND x.at < $3))
        OR EXISTS (SELECT 1 FROM cluster_members cm WHERE cm.enterprise_id = c.id AND cm.joined_at < $4)
        OR EXISTS (SELECT 1 FROM corrective_actions a JOIN corrective_action_steps st ON st.action_id = a.id
                    WHERE a.supplier_enterprise_id = c.id AND st.submitted_at >= $3 AND st.submitted_at < $4)
        OR EXISTS (SELECT 1 FROM standard_acknowledgements k
                    WHERE k.recipient_enterprise_id = c.id AND k.status = 'ADOPTED' AND k.updated_at >= $3 AND k.updated_at < $4))`;

/**
 * Defect codes of issues detected in the year with (non-cancelled) 8Ds at
 * two or more covered enterprises, as the CTE `problems` after COVERED.
 */
export const PROBLEMS = `problems AS (
    SELECT i.defect_code, count(DISTINCT a.supplier_enterprise_id)::int AS suppliers, count(DISTINCT i.id)::int AS issues
      FROM quality_issues i JOIN corrective_actions a ON a.issue_id = i.id
     WHERE a.status <> 'CANCELLED' AND a.supplier_enterprise_id IN (SELECT id FROM covered) AND i.detected_at >= $3 AND i.detected_at < $4
     GROUP BY i.defect_code HAVING count(DISTINCT a.supplier_enterprise_id) >= 2)`;

/** Whether a shared, effective 8D for problem `p`'s code was closed by the year's end (the quality lib's rule). */
export const SHARED_SOLUTION = sharedSolutionBy('p.defect_code', '$4');

/** The parameters of COVERED, HELPED and PROBLEMS: $1 region patterns, $2 cluster ids, $3 and $4 the year's bounds. */
export const scopeParams = (members: OutcomeMembers, year: OutcomeYear) => [members.regionPatterns, members.clusterIds, year.start.toISOString(), year.end.toISOString()];

/** The enterprise figures of ProgramOutcomeYear in one statement; $5 is the day certificates are judged on, $6 the year. */
const ENTERPRISE_FACTS = `
  WITH ${COVERED},
  ${HELPED},
  ${PROBLEMS}
  SELECT
    (SELECT count(*) FROM covered)::int AS covered,
    (SELECT count(*) FROM helped)::int AS helped,
    (SELECT count(*) FROM corrective_actions a
      WHERE a.supplier_enterprise_id IN (SELECT id FROM covered) AND a.status = 'EFFECTIVE' AND a.closed_at >= $3 AND a.closed_at < $4)::int AS solved,
    (SELECT count(*) FROM certifications ce
      WHERE ce.enterprise_id IN (SELECT id FROM covered) AND ce.issued_on >= make_date($6, 1, 1) AND ce.issued_on <= $5::date)::int AS gained,
    (SELECT count(DISTINCT ce.enterprise_id) FROM certifications ce
      WHERE ce.enterprise_id IN (SELECT id FROM covered) AND ce.status = 'VALID' AND ce.issued_on <= $5::date AND ce.expires_on >= $5::date)::int AS certified,
    (SELECT count(*) FROM covered c
      WHERE (SELECT ma.level FROM maturity_assessments ma WHERE ma.enterprise_id = c.id AND ma.submitted_at < $4 ORDER BY ma.submitted_at DESC, ma.id DESC LIMIT 1)
          > (SELECT ma.level FROM maturity_assessments ma WHERE ma.enterprise_id = c.id AND ma.submitted_at < $3 ORDER BY ma.submitted_at DESC, ma.id DESC LIMIT 1))::int AS rose,
    (SELECT count(*) FROM problems)::int AS problems,
    (SELECT count(*) FROM problems p WHERE ${SHARED_SOLUTION})::int AS addressed,
    (SELECT count(DISTINCT left(h.region_code, 2)) FROM helped h)::int AS provinces,
    (SELECT count(DISTINCT left(h.region_code, 4)) FROM helped h WHERE substr(h.region_code, 3, 2) <> '00')::int AS prefectures,
    (SELECT count(DISTINCT h.region_code) FROM helped h WHERE right(h.region_code, 2) <> '00')::int AS counties`;

export async function enterpriseOutcomes(dataSource: DataSource, members: OutcomeMembers, year: OutcomeYear): Promise<EnterpriseOutcomes> {
  const [r]: Record<string, number>[] = await dataSource.query(ENTERPRISE_FACTS, [...scopeParams(members, year), year.asOf, year.year]);
  return {
    enterprisesCovered: r.covered,
    enterprisesHelped: r.helped,
    problemsSolved: r.solved,
    certificatesGained: r.gained,
    certifiedEnterprises: r.certified,
    maturityRose: r.rose,
    commonProblems: r.problems,
    commonProblemsAddressed: r.addressed,
    provinces: r.provinces,
    prefectures: r.prefectures,
    counties: r.counties,
  };
}

/** The year's lots of the scopes (which must not overlap), summed over every stage from the MONTH rollups. */
export async function lotOutcomes(dataSource: DataSource, scopes: RollupKey[], year: OutcomeYear): Promise<LotOutcomes> {
  const [r]: { lots: number; accepted: number; first: number; first_accepted: number; units: string; nonconforming: string }[] = await dataSource.query(
    `SELECT coalesce(sum(r.lots_inspected), 0)::int AS lots, coalesce(sum(r.lots_accepted), 0)::int AS accepted,
            coalesce(sum(r.first_lots), 0)::int AS first, coalesce(sum(r.first_accepted), 0)::int AS first_accepted,
            coalesce(sum(r.units_inspected), 0) AS units, coalesce(sum(r.units_nonconforming), 0) AS nonconforming
       FROM pass_rate_rollups r
       JOIN unnest($1::text[], $2::text[]) AS s(kind, key) ON r.scope_kind = s.kind AND r.scope_key = s.key
      WHERE r.period = $3 AND r.period_start >= make_date($4, 1, 1) AND r.period_start < make_date($4 + 1, 1, 1)`,
    [scopes.map((s) => s.kind), scopes.map((s) => s.key), RollupPeriod.MONTH, year.year],
  );
  const units = Number(r.units);
  return {
    lotsInspected: r.lots,
    lotPassRate: ratioOf(r.accepted, r.lots),
    firstPassYield: ratioOf(r.first_accepted, r.first),
    unitPassRate: ratioOf(units - Number(r.nonconforming), units),
  };
}
