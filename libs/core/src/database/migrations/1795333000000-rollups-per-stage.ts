import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rollups keep one row per stage for the shared scopes only: a bucket's 'ALL'
 * figures are the sum of its stage rows, and a (chain, supplier) pair's weeks
 * and months are summed from its day totals, both on read.
 */
export class RollupsPerStage1795333000000 implements MigrationInterface {
  name = 'RollupsPerStage1795333000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM pass_rate_rollups WHERE stage = 'ALL' OR scope_kind = 'CHAIN_SUPPLIER'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO pass_rate_rollups (scope_kind, scope_key, period, period_start, stage, lots_inspected, lots_accepted, first_lots, first_accepted, units_inspected, units_nonconforming)
       SELECT 'CHAIN_SUPPLIER', d.chain_id::text || ':' || d.supplier_enterprise_id::text, p.period, date_trunc(p.unit, d.day::timestamp)::date, d.stage::text,
              sum(d.lots), sum(d.accepted), sum(d.first_lots), sum(d.first_accepted), sum(d.units), sum(d.nonconforming)
         FROM lot_day_totals d CROSS JOIN (VALUES ('WEEK', 'week'), ('MONTH', 'month')) AS p(period, unit)
        GROUP BY 2, 3, 4, 5`,
    );
    await queryRunner.query(
      `INSERT INTO pass_rate_rollups (scope_kind, scope_key, period, period_start, stage, lots_inspected, lots_accepted, first_lots, first_accepted, units_inspected, units_nonconforming)
       SELECT scope_kind, scope_key, period, period_start, 'ALL', sum(lots_inspected), sum(lots_accepted), sum(first_lots), sum(first_accepted), sum(units_inspected), sum(units_nonconforming)
         FROM pass_rate_rollups GROUP BY scope_kind, scope_key, period, period_start`,
    );
  }
}
