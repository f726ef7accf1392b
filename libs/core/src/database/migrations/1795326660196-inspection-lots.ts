import { MigrationInterface, QueryRunner } from 'typeorm';

export class InspectionLots1795326660196 implements MigrationInterface {
  name = 'InspectionLots1795326660196';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"inspection_stage\" AS ENUM('SELF', 'MUTUAL', 'SPECIAL', 'INCOMING')");
    await queryRunner.query("CREATE TYPE \"public\".\"lot_decision\" AS ENUM('ACCEPT', 'REJECT')");
    await queryRunner.query("CREATE TABLE \"inspection_lots\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"chain_id\" uuid NOT NULL, \"supplier_enterprise_id\" uuid NOT NULL, \"part_number\" text NOT NULL, \"lot_number\" text NOT NULL, \"lot_size\" integer NOT NULL, \"stage\" \"public\".\"inspection_stage\" NOT NULL, \"inspected_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"inspected_day\" date NOT NULL, \"submission\" smallint NOT NULL DEFAULT '1', \"inspection_level\" text, \"aql\" text, \"plan_severity\" text, \"acceptance_number\" integer, \"units_sampled\" integer NOT NULL, \"nonconforming_units\" integer NOT NULL, \"defects\" jsonb NOT NULL DEFAULT '{}', \"decision\" \"public\".\"lot_decision\" NOT NULL, \"recorded_by\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"inspection_lots_units_check\" CHECK (nonconforming_units <= units_sampled AND units_sampled <= lot_size AND lot_size > 0 AND submission >= 1), CONSTRAINT \"PK_f45655bad97fb16e99b9a03800b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"inspection_lots_supplier_day_idx\" ON \"inspection_lots\"  (\"supplier_enterprise_id\", \"inspected_day\") ");
    await queryRunner.query("CREATE INDEX \"inspection_lots_chain_day_idx\" ON \"inspection_lots\"  (\"chain_id\", \"inspected_day\") ");
    await queryRunner.query("CREATE INDEX \"inspection_lots_chain_idx\" ON \"inspection_lots\"  (\"chain_id\", \"inspected_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"inspection_lots_natural_key\" ON \"inspection_lots\"  (\"supplier_enterprise_id\", \"lot_number\", \"stage\", \"submission\") ");
    await queryRunner.query("CREATE TABLE \"pass_rate_rollups\" (\"scope_kind\" text NOT NULL, \"scope_key\" text NOT NULL, \"period\" text NOT NULL, \"period_start\" date NOT NULL, \"stage\" text NOT NULL, \"lots_inspected\" integer NOT NULL, \"lots_accepted\" integer NOT NULL, \"first_lots\" integer NOT NULL, \"first_accepted\" integer NOT NULL, \"units_inspected\" bigint NOT NULL, \"units_nonconforming\" bigint NOT NULL, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7e4002341dd3884f215493e2991\" PRIMARY KEY (\"scope_kind\", \"scope_key\", \"period\", \"period_start\", \"stage\"))");
    await queryRunner.query("ALTER TABLE \"inspection_lots\" ADD CONSTRAINT \"FK_12786e5ecee7e9b0ba31ce45275\" FOREIGN KEY (\"chain_id\") REFERENCES \"industry_chains\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"inspection_lots\" ADD CONSTRAINT \"FK_e4c1685fe5219f16e412ec5be90\" FOREIGN KEY (\"supplier_enterprise_id\") REFERENCES \"enterprises\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"inspection_lots\" DROP CONSTRAINT \"FK_e4c1685fe5219f16e412ec5be90\"");
    await queryRunner.query("ALTER TABLE \"inspection_lots\" DROP CONSTRAINT \"FK_12786e5ecee7e9b0ba31ce45275\"");
    await queryRunner.query("DROP TABLE \"pass_rate_rollups\"");
    await queryRunner.query("DROP INDEX \"public\".\"inspection_lots_natural_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"inspection_lots_chain_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"inspection_lots_chain_day_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"inspection_lots_supplier_day_idx\"");
    await queryRunner.query("DROP TABLE \"inspection_lots\"");
    await queryRunner.query("DROP TYPE \"public\".\"lot_decision\"");
    await queryRunner.query("DROP TYPE \"public\".\"inspection_stage\"");
  }
}
