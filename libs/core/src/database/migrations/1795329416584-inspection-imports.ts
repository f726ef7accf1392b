import { MigrationInterface, QueryRunner } from 'typeorm';

export class InspectionImports1795329416584 implements MigrationInterface {
  name = 'InspectionImports1795329416584';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"import_format\" AS ENUM('CSV', 'XLSX')");
    await queryRunner.query("CREATE TYPE \"public\".\"import_status\" AS ENUM('QUEUED', 'RUNNING', 'DONE', 'FAILED')");
    await queryRunner.query("CREATE TABLE \"inspection_imports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"chain_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"uploaded_by\" uuid NOT NULL, \"file_name\" text NOT NULL, \"format\" \"public\".\"import_format\" NOT NULL, \"storage_key\" text NOT NULL, \"size_bytes\" bigint NOT NULL, \"sha256\" text NOT NULL, \"status\" \"public\".\"import_status\" NOT NULL DEFAULT 'QUEUED', \"rows_read\" integer NOT NULL DEFAULT '0', \"rows_inserted\" integer NOT NULL DEFAULT '0', \"rows_duplicate\" integer NOT NULL DEFAULT '0', \"rows_invalid\" integer NOT NULL DEFAULT '0', \"error\" text, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"started_at\" TIMESTAMP(3) WITH TIME ZONE, \"finished_at\" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT \"PK_384dd0f9b3133d3d62cae515885\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"inspection_imports_org_idx\" ON \"inspection_imports\"  (\"organisation_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"inspection_import_errors\" (\"import_id\" uuid NOT NULL, \"row\" integer NOT NULL, \"field\" text NOT NULL, \"message\" text NOT NULL, CONSTRAINT \"PK_2dbdfbf1758687dce0078fd8ba7\" PRIMARY KEY (\"import_id\", \"row\", \"field\"))");
    await queryRunner.query("CREATE TABLE \"lot_day_totals\" (\"chain_id\" uuid NOT NULL, \"supplier_enterprise_id\" uuid NOT NULL, \"day\" date NOT NULL, \"stage\" \"public\".\"inspection_stage\" NOT NULL, \"lots\" integer NOT NULL, \"accepted\" integer NOT NULL, \"first_lots\" integer NOT NULL, \"first_accepted\" integer NOT NULL, \"units\" bigint NOT NULL, \"nonconforming\" bigint NOT NULL, CONSTRAINT \"PK_89a4c17cd9160359c133f854c63\" PRIMARY KEY (\"chain_id\", \"supplier_enterprise_id\", \"day\", \"stage\"))");
    await queryRunner.query("CREATE INDEX \"lot_day_totals_day_idx\" ON \"lot_day_totals\"  (\"day\") ");
    await queryRunner.query("ALTER TABLE \"inspection_lots\" ADD \"import_id\" uuid");
    await queryRunner.query("CREATE INDEX \"inspection_lots_import_idx\" ON \"inspection_lots\"  (\"import_id\") WHERE import_id IS NOT NULL");
    await queryRunner.query("ALTER TABLE \"inspection_import_errors\" ADD CONSTRAINT \"FK_3d43cf5d89ff71ec8106a899d77\" FOREIGN KEY (\"import_id\") REFERENCES \"inspection_imports\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Day totals are the base of every rollup: count the lots already recorded.
    await queryRunner.query(
      `INSERT INTO lot_day_totals (chain_id, supplier_enterprise_id, day, stage, lots, accepted, first_lots, first_accepted, units, nonconforming)
       SELECT chain_id, supplier_enterprise_id, inspected_day, stage, count(*), count(*) FILTER (WHERE decision = 'ACCEPT'),
              count(*) FILTER (WHERE submission = 1), count(*) FILTER (WHERE submission = 1 AND decision = 'ACCEPT'),
              sum(units_sampled), sum(nonconforming_units)
         FROM inspection_lots GROUP BY 1, 2, 3, 4`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"inspection_import_errors\" DROP CONSTRAINT \"FK_3d43cf5d89ff71ec8106a899d77\"");
    await queryRunner.query("DROP INDEX \"public\".\"inspection_lots_import_idx\"");
    await queryRunner.query("ALTER TABLE \"inspection_lots\" DROP COLUMN \"import_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"lot_day_totals_day_idx\"");
    await queryRunner.query("DROP TABLE \"lot_day_totals\"");
    await queryRunner.query("DROP TABLE \"inspection_import_errors\"");
    await queryRunner.query("DROP INDEX \"public\".\"inspection_imports_org_idx\"");
    await queryRunner.query("DROP TABLE \"inspection_imports\"");
    await queryRunner.query("DROP TYPE \"public\".\"import_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"import_format\"");
  }
}
