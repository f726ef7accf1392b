import { MigrationInterface, QueryRunner } from 'typeorm';

/** A (chain, supplier) pair's day figures are read from lot_day_totals; their copies leave pass_rate_rollups. */
export class PairDaysFromDayTotals1795332000000 implements MigrationInterface {
  name = 'PairDaysFromDayTotals1795332000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM pass_rate_rollups WHERE scope_kind = 'CHAIN_SUPPLIER' AND period = 'DAY'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO pass_rate_rollups (scope_kind, scope_key, period, period_start, stage, lots_inspected, lots_accepted, first_lots, first_accepted, units_inspected, units_nonconforming)
       SELECT 'CHAIN_SUPPLIER', d.chain_id::text || ':' || d.supplier_enterprise_id::text, 'DAY', d.day, s.stage,
              sum(d.lots), sum(d.accepted), sum(d.first_lots), sum(d.first_accepted), sum(d.units), sum(d.nonconforming)
         FROM lot_day_totals d CROSS JOIN LATERAL (VALUES (d.stage::text), ('ALL')) AS s(stage)
        GROUP BY 2, d.day, s.stage`,
    );
  }
}
