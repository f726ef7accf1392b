import { DataSource } from 'typeorm';
import { SizeClass } from '@chainq/codes';
import { ratioOf, RollupPeriod, RollupScope } from '@chainq/inspection';
import { CertificationScheme, MaturityLevel, RegionLevel } from '@chainq/registry';
import { ReportingPeriod } from './reporting-period';

/*
 * The overview's reads, each one statement whatever the number of
 * enterprises. `members` is a subquery selecting the area's enterprise ids
 * from parameter $1; callers build it from constants, never from input.
 */

export interface AreaFacts {
  /** Size class (declared, else computed) -> enterprises; null key: not classifiable. */
  sizes: Map<SizeClass | null, number>;
  certified: number;
  schemes: Map<CertificationScheme, number>;
  /** Level of the latest assessment -> enterprises; null key: never assessed. */
  levels: Map<MaturityLevel | null, number>;
}

export interface MonthlyPassRate {
  /** YYYY-MM */
  month: string;
  lotsInspected: number;
  lotsAccepted: number;
  firstLots: number;
  firstAccepted: number;
  /** lots accepted / lots inspected */
  lotPassRate: number | null;
  /** lots accepted at first submission / lots first submitted */
  firstPassYield: number | null;
}

export interface PilotBenchmark {
  programId: string;
  name: string;
  batch: number;
  year: number;
  /** CLUSTER when the programme names the cluster; REGION when it names the division (or one enclosing it). */
  linkedBy: 'CLUSTER' | 'REGION';
  /** The division the programme names, when linked by region. */
  regionCode: string | null;
  baselineLotPassRate: number | null;
  targetLotPassRate: number | null;
  baselineFirstPassYield: number | null;
  targetFirstPassYield: number | null;
}

export interface IssueCounts {
  /** Issues detected in the period with an 8D at an enterprise in scope (commonProblems counts by the same date). */
  opened: number;
  /** Issues closed in the period: CLOSED, their last non-cancelled 8D closed within it. */
  closed: number;
  /** Issues open now, whenever detected. */
  openNow: number;
  /** Of those, the issues with an open 8D in scope past a step's clock (not handed in), as correctiveActions' overdue filter. */
  overdueNow: number;
}

/** One sub-division of a region beside its siblings: enterprises and certificates today, lots over the period. */
export interface AreaFigures {
  code: string;
  name: string;
  level: RegionLevel;
  enterprises: number;
  certifiedEnterprises: number;
  /** certifiedEnterprises / enterprises; null without enterprises. */
  certifiedShare: number | null;
  lotsInspected: number;
  lotsAccepted: number;
  firstLots: number;
  firstAccepted: number;
  lotPassRate: number | null;
  firstPassYield: number | null;
}

const fraction = (v: string | null) => (v === null ? null : Number(v));

/** Size classes, valid certificates (today, China day) and latest maturity levels of the area's enterprises. */
export async function areaFacts(dataSource: DataSource, members: string, memberParam: string, today: string): Promise<AreaFacts> {
  const rows: { facet: string; key: string | null; n: number }[] = await dataSource.query(
    `WITH scoped AS (
       SELECT e.id, coalesce(e.size_class_declared, e.size_class) AS size_class FROM enterprises e WHERE e.id IN (${members})),
     latest AS (
       SELECT DISTINCT ON (ma.enterprise_id) ma.enterprise_id, ma.level FROM maturity_assessments ma
        WHERE ma.enterprise_id IN (SELECT id FROM scoped) ORDER BY ma.enterprise_id, ma.submitted_at DESC, ma.id DESC),
     valid AS (
       SELECT DISTINCT c.enterprise_id, c.scheme FROM certifications c
        WHERE c.enterprise_id IN (SELECT id FROM scoped) AND c.status = 'VALID' AND c.issued_on <= $2::date AND c.expires_on >= $2::date)
     SELECT 'SIZE' AS facet, s.size_class AS key, count(*)::int AS n FROM scoped s GROUP BY s.size_class
     UNION ALL SELECT 'LEVEL', l.level::text, count(*)::int FROM scoped s LEFT JOIN latest l ON l.enterprise_id = s.id GROUP BY l.level
     UNION ALL SELECT 'CERTIFIED', NULL, count(DISTINCT v.enterprise_id)::int FROM valid v
     UNION ALL SELECT 'SCHEME', v.scheme::text, count(*)::int FROM valid v GROUP BY v.scheme`,
    [memberParam, today],
  );
  const facts: AreaFacts = { sizes: new Map(), certified: 0, schemes: new Map(), levels: new Map() };
  for (const r of rows) {
    if (r.facet === 'SIZE') facts.sizes.set(r.key as SizeClass | null, r.n);
    else if (r.facet === 'LEVEL') facts.levels.set(r.key as MaturityLevel | null, r.n);
    else if (r.facet === 'CERTIFIED') facts.certified = r.n;
    else facts.schemes.set(r.key as CertificationScheme, r.n);
  }
  return facts;
}

/** Monthly lot pass rate and first-pass yield of the scope, for the months overlapping the period. */
export async function monthlyTrend(dataSource: DataSource, kind: RollupScope, key: string, period: ReportingPeriod): Promise<MonthlyPassRate[]> {
  const rows: { month: string; lots_inspected: number; lots_accepted: number; first_lots: number; first_accepted: number }[] = await dataSource.query(
    `SELECT to_char(period_start, 'YYYY-MM') AS month, sum(lots_inspected)::int AS lots_inspected, sum(lots_accepted)::int AS lots_accepted,
            sum(first_lots)::int AS first_lots, sum(first_accepted)::int AS first_accepted
       FROM pass_rate_rollups
      WHERE scope_kind = $1 AND scope_key = $2 AND period = $3
        AND period_start >= date_trunc('month', $4::date)::date AND period_start < $5::date
      GROUP BY period_start HAVING sum(lots_inspected) > 0 ORDER BY period_start`,
    [kind, key, RollupPeriod.MONTH, period.from, period.to],
  );
  return rows.map((r) => ({
    month: r.month,
    lotsInspected: r.lots_inspected,
    lotsAccepted: r.lots_accepted,
    firstLots: r.first_lots,
    firstAccepted: r.first_accepted,
    lotPassRate: ratioOf(r.lots_accepted, r.lots_inspected),
    firstPassYield: ratioOf(r.first_accepted, r.first_lots),
  }));
}

/**
 * The programme naming the cluster, else the one naming the most specific
 * of `regionCodes` (most specific first); the newest when several tie.
 */
export async function pilotOf(dataSource: DataSource, clusterId: string | null, regionCodes: string[]): Promise<PilotBenchmark | null> {
  const [row]: {
    id: string;
    name: string;
    batch: number;
    year: number;
    linked_by: 'CLUSTER' | 'REGION';
    region_code: string | null;
    baseline_lot_pass_rate: string | null;
    target_lot_pass_rate: string | null;
    baseline_first_pass_yield: string | null;
    target_first_pass_yield: string | null;
  }[] = await dataSource.query(
    `SELECT p.id, p.name, p.batch, p.year, l.linked_by, l.region_code,
            p.baseline_lot_pass_rate, p.target_lot_pass_rate, p.baseline_first_pass_yield, p.target_first_pass_yield
       FROM (SELECT pc.pilot_program_id, 'CLUSTER' AS linked_by, NULL::text AS region_code, 0 AS rank
               FROM pilot_program_clusters pc WHERE pc.cluster_id = $1::uuid
             UNION ALL
             SELECT pr.pilot_program_id, 'REGION', pr.region_code::text, array_position($2::text[], pr.region_code::text)
               FROM pilot_program_regions pr WHERE pr.region_code::text = ANY($2::text[])) l
       JOIN pilot_programs p ON p.id = l.pilot_program_id
      ORDER BY l.rank, p.year DESC, p.batch DESC, p.created_at DESC
      LIMIT 1`,
    [clusterId, regionCodes],
  );
  if (!row) return null;
  return {
    programId: row.id,
    name: row.name,
    batch: row.batch,
    year: row.year,
    linkedBy: row.linked_by,
    regionCode: row.region_code,
    baselineLotPassRate: fraction(row.baseline_lot_pass_rate),
    targetLotPassRate: fraction(row.target_lot_pass_rate),
    baselineFirstPassYield: fraction(row.baseline_first_pass_yield),
    targetFirstPassYield: fraction(row.target_first_pass_yield),
  };
}

/** Quality issues with a (non-cancelled) 8D at an enterprise in scope, opened and closed in the period. */
export async function areaIssues(dataSource: DataSource, members: string, memberParam: string, period: ReportingPeriod): Promise<IssueCounts> {
  const [row]: { opened: number; closed: number; open_now: number; overdue_now: number }[] = await dataSource.query(
    `SELECT count(*) FILTER (WHERE i.detected_at >= $2 AND i.detected_at < $3)::int AS opened,
            count(*) FILTER (WHERE i.status = 'CLOSED' AND c.closed_at >= $2 AND c.closed_at < $3)::int AS closed,
            count(*) FILTER (WHERE i.status = 'OPEN')::int AS open_now,
            count(*) FILTER (WHERE i.status = 'OPEN' AND EXISTS (
              SELECT 1 FROM corrective_actions a JOIN corrective_action_steps s ON s.action_id = a.id
               WHERE a.issue_id = i.id AND a.status = 'OPEN' AND a.supplier_enterprise_id IN (${members})
                 AND s.due_at < now() AND s.status NOT IN ('SUBMITTED', 'APPROVED')))::int AS overdue_now
       FROM quality_issues i
      CROSS JOIN LATERAL (SELECT max(a.closed_at) AS closed_at FROM corrective_actions a WHERE a.issue_id = i.id AND a.status <> 'CANCELLED') c
      WHERE i.id IN (SELECT a.issue_id FROM corrective_actions a WHERE a.status <> 'CANCELLED' AND a.supplier_enterprise_id IN (${members}))`,
    [memberParam, period.fromInstant.toISOString(), period.toInstant.toISOString()],
  );
  return { opened: row.opened, closed: row.closed, openNow: row.open_now, overdueNow: row.overdue_now };
}

/**
 * Each of `areas` side by side: its enterprises (registered in it or its
 * sub-divisions) and those certified on `today` (as areaFacts), and its lots in the months
 * overlapping the period from its own MONTH rollups (as monthlyTrend). Two
 * statements whatever the number of areas or enterprises.
 */
export async function areaFigures(dataSource: DataSource, areas: { code: string; name: string; level: RegionLevel; pattern: string; kind: RollupScope }[], period: ReportingPeriod, today: string): Promise<AreaFigures[]> {
  const codes = areas.map((a) => a.code);
  const [facts, lots]: [{ code: string; enterprises: number; certified: number }[], { code: string; lots: number; accepted: number; first: number; first_accepted: number }[]] = await Promise.all([
    dataSource.query(
      `SELECT a.code, count(e.id)::int AS enterprises, count(e.id) FILTER (WHERE EXISTS (
                SELECT 1 FROM certifications c WHERE c.enterprise_id = e.id AND c.status = 'VALID' AND c.issued_on <= $3::date AND c.expires_on >= $3::date))::int AS certified
         FROM unnest($1::text[], $2::text[]) AS a(code, pattern) LEFT JOIN enterprises e ON e.region_code LIKE a.pattern
        GROUP BY a.code`,
      [codes, areas.map((a) => a.pattern), today],
    ),
    dataSource.query(
      `SELECT r.scope_key AS code, sum(r.lots_inspected)::int AS lots, sum(r.lots_accepted)::int AS accepted, sum(r.first_lots)::int AS first, sum(r.first_accepted)::int AS first_accepted
         FROM pass_rate_rollups r JOIN unnest($1::text[], $2::text[]) AS a(kind, key) ON r.scope_kind = a.kind AND r.scope_key = a.key
        WHERE r.period = $3 AND r.period_start >= date_trunc('month', $4::date)::date AND r.period_start < $5::date
        GROUP BY r.scope_key`,
      [areas.map((a) => a.kind), codes, RollupPeriod.MONTH, period.from, period.to],
    ),
  ]);
  const factsOf = new Map(facts.map((f) => [f.code, f]));
  const lotsOf = new Map(lots.map((l) => [l.code, l]));
  return areas.map((a) => {
    const f = factsOf.get(a.code) ?? { enterprises: 0, certified: 0 };
    const l = lotsOf.get(a.code) ?? { lots: 0, accepted: 0, first: 0, first_accepted: 0 };
    return {
      code: a.code,
      name: a.name,
      level: a.level,
      enterprises: f.enterprises,
      certifiedEnterprises: f.certified,
      certifiedShare: f.enterprises > 0 ? f.certified / f.enterprises : null,
      lotsInspected: l.lots,
      lotsAccepted: l.accepted,
      firstLots: l.first,
      firstAccepted: l.first_accepted,
      lotPassRate: ratioOf(l.accepted, l.lots),
      firstPassYield: ratioOf(l.first_accepted, l.first),
    };
  });
}
