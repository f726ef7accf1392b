import { MigrationInterface, QueryRunner } from 'typeorm';

const COUNTS = 'lots, accepted, first_lots, first_accepted, units, nonconforming';
/** The counts of the transition table `rows`, multiplied by `sign`, per (chain, supplier, China day, stage). */
const counted = (rows: string, sign: number) => `SELECT chain_id, supplier_enterprise_id, inspected_day AS day, stage,
    ${sign} * count(*) AS lots, ${sign} * count(*) FILTER (WHERE decision = 'ACCEPT') AS accepted,
    ${sign} * count(*) FILTER (WHERE submission = 1) AS first_lots, ${sign} * count(*) FILTER (WHERE submission = 1 AND decision = 'ACCEPT') AS first_accepted,
    ${sign} * sum(units_sampled) AS units, ${sign} * sum(nonconforming_units) AS nonconforming
  FROM ${rows} GROUP BY 1, 2, 3, 4`;

/**
 * The change log the rollups are kept from: every statement that inserts,
 * updates or deletes lots appends, in its own transaction, what it changed,
 * counted per (chain, supplier, China day, stage) from its transition tables
 * (an update as its new rows minus its old ones). The rollup job consumes
 * the log (DELETE ... RETURNING) and applies it in one transaction, so each
 * change is applied exactly once.
 */
export class LotDayDeltas1795340000301 implements MigrationInterface {
  name = 'LotDayDeltas1795340000301';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE lot_day_deltas (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      chain_id uuid NOT NULL, supplier_enterprise_id uuid NOT NULL, day date NOT NULL, stage inspection_stage NOT NULL,
      lots int NOT NULL, accepted int NOT NULL, first_lots int NOT NULL, first_accepted int NOT NULL, units bigint NOT NULL, nonconforming bigint NOT NULL)`);
    await queryRunner.query(`CREATE FUNCTION lot_day_deltas_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO lot_day_deltas (chain_id, supplier_enterprise_id, day, stage, ${COUNTS}) ${counted('new_lots', 1)};
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO lot_day_deltas (chain_id, supplier_enterprise_id, day, stage, ${COUNTS}) ${counted('old_lots', -1)};
        ELSE
          INSERT INTO lot_day_deltas (chain_id, supplier_enterprise_id, day, stage, ${COUNTS})
          SELECT chain_id, supplier_enterprise_id, day, stage, sum(lots), sum(accepted), sum(first_lots), sum(first_accepted), sum(units), sum(nonconforming)
            FROM (${counted('new_lots', 1)} UNION ALL ${counted('old_lots', -1)}) c
           GROUP BY 1, 2, 3, 4
          HAVING (sum(lots), sum(accepted), sum(first_lots), sum(first_accepted), sum(units), sum(nonconforming)) <> (0, 0, 0, 0, 0, 0);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER inspection_lots_inserted AFTER INSERT ON inspection_lots REFERENCING NEW TABLE AS new_lots FOR EACH STATEMENT EXECUTE FUNCTION lot_day_deltas_record()`);
    await queryRunner.query(
      `CREATE TRIGGER inspection_lots_updated AFTER UPDATE ON inspection_lots REFERENCING OLD TABLE AS old_lots NEW TABLE AS new_lots FOR EACH STATEMENT EXECUTE FUNCTION lot_day_deltas_record()`,
    );
    await queryRunner.query(`CREATE TRIGGER inspection_lots_deleted AFTER DELETE ON inspection_lots REFERENCING OLD TABLE AS old_lots FOR EACH STATEMENT EXECUTE FUNCTION lot_day_deltas_record()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER inspection_lots_deleted ON inspection_lots');
    await queryRunner.query('DROP TRIGGER inspection_lots_updated ON inspection_lots');
    await queryRunner.query('DROP TRIGGER inspection_lots_inserted ON inspection_lots');
    await queryRunner.query('DROP FUNCTION lot_day_deltas_record()');
    await queryRunner.query('DROP TABLE lot_day_deltas');
  }
}
