import { MigrationInterface, QueryRunner } from 'typeorm';

export class SamplingSwitching1795331381495 implements MigrationInterface {
  name = 'SamplingSwitching1795331381495';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"sampling_severity\" AS ENUM('NORMAL', 'TIGHTENED', 'REDUCED')");
    await queryRunner.query("CREATE TABLE \"sampling_switching_states\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"chain_id\" uuid NOT NULL, \"supplier_enterprise_id\" uuid NOT NULL, \"part_number\" text NOT NULL, \"severity\" \"public\".\"sampling_severity\" NOT NULL DEFAULT 'NORMAL', \"consecutive_accepted\" integer NOT NULL DEFAULT '0', \"recent_results\" text array NOT NULL DEFAULT '{}', \"switching_score\" integer NOT NULL DEFAULT '0', \"cumulative_rejected_under_tightened\" integer NOT NULL DEFAULT '0', \"discontinued\" boolean NOT NULL DEFAULT false, \"discontinued_at\" TIMESTAMP(3) WITH TIME ZONE, \"last_event\" text, \"severity_since\" TIMESTAMP(3) WITH TIME ZONE, \"reduced_approved_at\" TIMESTAMP(3) WITH TIME ZONE, \"reduced_approved_by\" uuid, \"resumed_at\" TIMESTAMP(3) WITH TIME ZONE, \"resumed_by\" uuid, \"lots_applied\" integer NOT NULL DEFAULT '0', \"lots_while_discontinued\" integer NOT NULL DEFAULT '0', \"last_lot_id\" uuid, \"last_lot_inspected_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"sampling_switching_states_discontinued_check\" CHECK (discontinued = (discontinued_at IS NOT NULL)), CONSTRAINT \"sampling_switching_states_recent_check\" CHECK (cardinality(recent_results) <= 5 AND recent_results <@ ARRAY['ACCEPTED', 'REJECTED']::text[]), CONSTRAINT \"sampling_switching_states_counts_check\" CHECK (consecutive_accepted >= 0 AND switching_score >= 0 AND cumulative_rejected_under_tightened >= 0 AND lots_applied >= 0 AND lots_while_discontinued >= 0), CONSTRAINT \"PK_1e5fcb2f943e10e078baac49349\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"sampling_switching_states_key\" ON \"sampling_switching_states\"  (\"chain_id\", \"supplier_enterprise_id\", \"part_number\") ");
    await queryRunner.query("ALTER TABLE \"sampling_switching_states\" ADD CONSTRAINT \"FK_194206981018c17186b09728b11\" FOREIGN KEY (\"chain_id\") REFERENCES \"industry_chains\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sampling_switching_states\" ADD CONSTRAINT \"FK_a3f10ed99fd190f00742013db86\" FOREIGN KEY (\"supplier_enterprise_id\") REFERENCES \"enterprises\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"sampling_switching_states\" DROP CONSTRAINT \"FK_a3f10ed99fd190f00742013db86\"");
    await queryRunner.query("ALTER TABLE \"sampling_switching_states\" DROP CONSTRAINT \"FK_194206981018c17186b09728b11\"");
    await queryRunner.query("DROP INDEX \"public\".\"sampling_switching_states_key\"");
    await queryRunner.query("DROP TABLE \"sampling_switching_states\"");
    await queryRunner.query("DROP TYPE \"public\".\"sampling_severity\"");
  }
}
