import { MigrationInterface, QueryRunner } from 'typeorm';

export class PassRatePolicies1795330939607 implements MigrationInterface {
  name = 'PassRatePolicies1795330939607';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"pass_rate_policies\" (\"chain_id\" uuid NOT NULL, \"min_lot_pass_rate\" numeric(6,5), \"max_ppm\" numeric(12,2), \"window_days\" integer NOT NULL DEFAULT '30', \"min_lots\" integer NOT NULL DEFAULT '5', \"stage\" text NOT NULL DEFAULT 'ALL', \"fallback_defect_code\" text NOT NULL DEFAULT 'FUN-FAIL', \"scorecard_weights\" jsonb, \"grade_bands\" jsonb, \"updated_by\" uuid NOT NULL, \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_001329a7234cbd9183d0c2ec7fe\" PRIMARY KEY (\"chain_id\"))");
    await queryRunner.query("CREATE TABLE \"pass_rate_breaches\" (\"chain_id\" uuid NOT NULL, \"supplier_enterprise_id\" uuid NOT NULL, \"rule\" text NOT NULL, \"issue_id\" uuid, \"claimed_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_e153105db386ed2e349db428a51\" PRIMARY KEY (\"chain_id\", \"supplier_enterprise_id\", \"rule\"))");
    await queryRunner.query("CREATE TABLE \"quality_issue_lots\" (\"issue_id\" uuid NOT NULL, \"lot_id\" uuid NOT NULL, CONSTRAINT \"PK_dda6032e43c84738f01f81bd6f5\" PRIMARY KEY (\"issue_id\", \"lot_id\"))");
    await queryRunner.query("CREATE INDEX \"quality_issue_lots_lot_idx\" ON \"quality_issue_lots\"  (\"lot_id\") ");
    await queryRunner.query("ALTER TABLE \"quality_issue_lots\" ADD CONSTRAINT \"FK_bd68ef519be2354a82803c27a0b\" FOREIGN KEY (\"issue_id\") REFERENCES \"quality_issues\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"quality_issue_lots\" ADD CONSTRAINT \"FK_4deb9727ceaab8173e7c34fe6d0\" FOREIGN KEY (\"lot_id\") REFERENCES \"inspection_lots\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"quality_issue_lots\" DROP CONSTRAINT \"FK_4deb9727ceaab8173e7c34fe6d0\"");
    await queryRunner.query("ALTER TABLE \"quality_issue_lots\" DROP CONSTRAINT \"FK_bd68ef519be2354a82803c27a0b\"");
    await queryRunner.query("DROP INDEX \"public\".\"quality_issue_lots_lot_idx\"");
    await queryRunner.query("DROP TABLE \"quality_issue_lots\"");
    await queryRunner.query("DROP TABLE \"pass_rate_breaches\"");
    await queryRunner.query("DROP TABLE \"pass_rate_policies\"");
  }
}
