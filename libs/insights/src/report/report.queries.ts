import { DataSource } from 'typeorm';
import { COVERED, HELPED, OutcomeMembers, OutcomeYear, PROBLEMS, scopeParams, SHARED_SOLUTION } from '../outcomes/outcome.queries';
import type { ReportChain, ReportEnterprise, ReportProblem, SolvedProblem } from './report-content';

/*
 * The report's tables for a scope and year, each one statement over the
 * scope's covered enterprises (outcome.queries' COVERED), like the outcome
 * figures: registry, quality and standards rows, never the lots. A
 * statement that does not need the year's start still names it
 * (`$3::timestamptz IS NOT NULL`): PostgreSQL must know every parameter's type.
 */

/** How many common problems a report lists, most widespread first. */
const TOP_PROBLEMS = 10;
/** How many solved problems a report cites as typical. */
const TYPICAL_SOLVED = 10;

/** The chains that buy from the scope's enterprises, with how many of them each has now (active or suspended). */
export async function reportChains(dataSource: DataSource, members: OutcomeMembers, year: OutcomeYear): Promise<ReportChain[]> {
  const rows: { id: string; name: string; suppliers: number }[] = await dataSource.query(
    `WITH ${COVERED}
     SELECT c.id, c.name, count(DISTINCT m.supplier_enterprise_id)::int AS suppliers
       FROM chain_memberships m JOIN industry_chains c ON c.id = m.chain_id
      WHERE m.supplier_enterprise_id IN (SELECT id FROM covered) AND m.status IN ('ACTIVE', 'SUSPENDED') AND $3::timestamptz IS NOT NULL
      GROUP BY c.id, c.name ORDER BY suppliers DESC, c.name`,
    scopeParams(members, year),
  );
  return rows.map((r) => ({ id: r.id, name: r.name, suppliersInScope: r.suppliers }));
}

/** The year's common problems (two or more of the scope's enterprises), most widespread first, with whether a shared solution exists. */
export async function reportProblems(dataSource: DataSource, members: OutcomeMembers, year: OutcomeYear): Promise<ReportProblem[]> {
  const rows: { defect_code: string; name: string | null; suppliers: number; issues: number; shared: boolean }[] = await dataSource.query(
    `WITH ${COVERED}, ${PROBLEMS}
     SELECT p.defect_code, (SELECT d.name FROM defect_codes d WHERE d.code = p.defect_code ORDER BY d.chain_id NULLS FIRST LIMIT 1) AS name,
            p.suppliers, p.issues, ${SHARED_SOLUTION} AS shared
       FROM problems p ORDER BY p.suppliers DESC, p.issues DESC, p.defect_code LIMIT ${TOP_PROBLEMS}`,
    scopeParams(members, year),
  );
  return rows.map((r) => ({ defectCode: r.defect_code, defectName: r.name, suppliers: r.suppliers, issues: r.issues, sharedSolution: r.shared }));
}

/** Problems solved in the year whose supplier agreed to share the solution: the report's typical cases, latest first. */
export async function reportSolved(dataSource: DataSource, members: OutcomeMembers, year: OutcomeYear): Promise<SolvedProblem[]> {
  const rows: { title: string; defect_code: string; closed_at: Date; supplier: string }[] = await dataSource.query(
    `WITH ${COVERED}
     SELECT i.title, i.defect_code, a.closed_at, o.name AS supplier
       FROM corrective_actions a JOIN quality_issues i ON i.id = a.issue_id JOIN organisations o ON o.id = a.supplier_enterprise_id
      WHERE a.supplier_enterprise_id IN (SELECT id FROM covered) AND a.status = 'EFFECTIVE' AND a.shared AND a.closed_at >= $3 AND a.closed_at < $4
      ORDER BY a.closed_at DESC LIMIT ${TYPICAL_SOLVED}`,
    scopeParams(members, year),
  );
  return rows.map((r) => ({ issueTitle: r.title, defectCode: r.defect_code, closedAt: r.closed_at.toISOString(), supplierName: r.supplier }));
}

/** Each covered enterprise: registration, size, a valid certificate on `asOf`, its latest maturity level, and whether it was helped in the year. */
export async function reportEnterprises(dataSource: DataSource, members: OutcomeMembers, year: OutcomeYear): Promise<ReportEnterprise[]> {
  const rows: { name: string; uscc: string; region_name: string; size_class: string | null; certified: boolean; level: string | null; helped: boolean }[] = await dataSource.query(
    `WITH ${COVERED}, ${HELPED}
     SELECT o.name, o.uscc, e.region_name, coalesce(e.size_class_declared, e.size_class) AS size_class,
            EXISTS (SELECT 1 FROM certifications ce WHERE ce.enterprise_id = e.id AND ce.status = 'VALID' AND ce.issued_on <= $5::date AND ce.expires_on >= $5::date) AS certified,
            (SELECT ma.level::text FROM maturity_assessments ma WHERE ma.enterprise_id = e.id AND ma.submitted_at < $4 ORDER BY ma.submitted_at DESC, ma.id DESC LIMIT 1) AS level,
            e.id IN (SELECT id FROM helped) AS helped
       FROM covered c JOIN enterprises e ON e.id = c.id JOIN organisations o ON o.id = e.id
      ORDER BY e.region_code, o.name`,
    [...scopeParams(members, year), year.asOf],
  );
  return rows.map((r) => ({ name: r.name, uscc: r.uscc, regionName: r.region_name, sizeClass: r.size_class, certified: r.certified, maturityLevel: r.level, helped: r.helped }));
}

/** Open corrective actions of the covered enterprises with a step past its clock now, not handed in (as correctiveActions' overdue filter). */
export async function overdueActions(dataSource: DataSource, members: OutcomeMembers, year: OutcomeYear): Promise<number> {
  const [row]: { n: number }[] = await dataSource.query(
    `WITH ${COVERED}
     SELECT count(DISTINCT a.id)::int AS n FROM corrective_actions a JOIN corrective_action_steps st ON st.action_id = a.id
      WHERE a.supplier_enterprise_id IN (SELECT id FROM covered) AND a.status = 'OPEN' AND st.status NOT IN ('SUBMITTED', 'APPROVED') AND st.due_at < now() AND $3::timestamptz IS NOT NULL`,
    scopeParams(members, year),
  );
  return row.n;
}

/**
 * The provinces with an enterprise registered on the platform: the country's report ranks these,
 * not the thirty-odd without anyone in the programme (who would only add empty rows). Not bounded
 * by the year: an enterprise registered since may have lots of that year (imported from before).
 */
export async function participatingProvinces(dataSource: DataSource): Promise<string[]> {
  const rows: { code: string }[] = await dataSource.query(`SELECT DISTINCT substr(e.region_code, 1, 2) || '0000' AS code FROM enterprises e ORDER BY code`);
  return rows.map((r) => r.code);
}
