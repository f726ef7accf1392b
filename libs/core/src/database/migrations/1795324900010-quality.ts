import { MigrationInterface, QueryRunner } from 'typeorm';
// Edited after generation: the shared enum type issue_severity is created and dropped once.

export class Quality1795324900010 implements MigrationInterface {
  name = 'Quality1795324900010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"issue_severity\" AS ENUM('CRITICAL', 'MAJOR', 'MINOR')");
    await queryRunner.query("CREATE TYPE \"public\".\"issue_source\" AS ENUM('INCOMING_INSPECTION', 'IN_PROCESS', 'CUSTOMER_COMPLAINT', 'AUDIT', 'FIELD')");
    await queryRunner.query("CREATE TYPE \"public\".\"issue_status\" AS ENUM('OPEN', 'CLOSED', 'CANCELLED')");
    await queryRunner.query("CREATE TABLE \"quality_issues\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"chain_id\" uuid NOT NULL, \"title\" text NOT NULL, \"description\" text NOT NULL, \"defect_code\" text NOT NULL, \"severity\" \"public\".\"issue_severity\" NOT NULL, \"source\" \"public\".\"issue_source\" NOT NULL, \"detected_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"status\" \"public\".\"issue_status\" NOT NULL DEFAULT 'OPEN', \"reported_by\" uuid NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2d13602a3820e62ca00daf1b2a8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"quality_issues_defect_idx\" ON \"quality_issues\"  (\"defect_code\") ");
    await queryRunner.query("CREATE INDEX \"quality_issues_chain_idx\" ON \"quality_issues\"  (\"chain_id\", \"detected_at\") ");
    await queryRunner.query("CREATE TABLE \"defect_codes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"chain_id\" uuid, \"code\" text NOT NULL, \"name\" text NOT NULL, CONSTRAINT \"PK_e4392d05e66357e740c6289c53f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"defect_codes_shared_key\" ON \"defect_codes\"  (\"code\") WHERE chain_id IS NULL");
    await queryRunner.query("CREATE UNIQUE INDEX \"defect_codes_key\" ON \"defect_codes\"  (\"chain_id\", \"code\") WHERE chain_id IS NOT NULL");
    await queryRunner.query("CREATE TYPE \"public\".\"action_status\" AS ENUM('OPEN', 'CLOSED', 'EFFECTIVE', 'CANCELLED')");
    await queryRunner.query("CREATE TABLE \"corrective_actions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"issue_id\" uuid NOT NULL, \"chain_id\" uuid NOT NULL, \"supplier_enterprise_id\" uuid NOT NULL, \"status\" \"public\".\"action_status\" NOT NULL DEFAULT 'OPEN', \"requested_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, \"requested_by\" uuid NOT NULL, \"closed_at\" TIMESTAMP(3) WITH TIME ZONE, \"effectiveness_due_at\" TIMESTAMP(3) WITH TIME ZONE, \"escalation_level\" smallint NOT NULL DEFAULT '0', \"shared\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_b1382eccccc5ca8d821e3688ade\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"corrective_actions_chain_idx\" ON \"corrective_actions\"  (\"chain_id\", \"requested_at\") ");
    await queryRunner.query("CREATE INDEX \"corrective_actions_supplier_idx\" ON \"corrective_actions\"  (\"supplier_enterprise_id\", \"status\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"corrective_actions_issue_supplier_key\" ON \"corrective_actions\"  (\"issue_id\", \"supplier_enterprise_id\") ");
    await queryRunner.query("CREATE TABLE \"corrective_action_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"action_id\" uuid NOT NULL, \"type\" text NOT NULL, \"actor_user_id\" uuid, \"before\" jsonb, \"after\" jsonb, \"at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_bc704fa65c493ffd95450f04fed\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"corrective_action_events_action_idx\" ON \"corrective_action_events\"  (\"action_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"corrective_action_policies\" (\"chain_id\" uuid NOT NULL, \"severity\" \"public\".\"issue_severity\" NOT NULL, \"containment_hours\" integer NOT NULL, \"root_cause_days\" integer NOT NULL, \"closure_days\" integer NOT NULL, \"effectiveness_days\" integer NOT NULL, CONSTRAINT \"PK_ac062a4484795cae6b0a4ac6b1a\" PRIMARY KEY (\"chain_id\", \"severity\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"step_code\" AS ENUM('D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7')");
    await queryRunner.query("CREATE TYPE \"public\".\"step_status\" AS ENUM('NOT_STARTED', 'DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"corrective_action_steps\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"action_id\" uuid NOT NULL, \"step\" \"public\".\"step_code\" NOT NULL, \"status\" \"public\".\"step_status\" NOT NULL DEFAULT 'NOT_STARTED', \"content\" jsonb, \"due_at\" TIMESTAMP(3) WITH TIME ZONE, \"submitted_at\" TIMESTAMP(3) WITH TIME ZONE, \"reviewed_at\" TIMESTAMP(3) WITH TIME ZONE, \"review_comment\" text, CONSTRAINT \"PK_7673d06b791db591d9f895664b8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"corrective_action_steps_due_idx\" ON \"corrective_action_steps\"  (\"due_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"corrective_action_steps_key\" ON \"corrective_action_steps\"  (\"action_id\", \"step\") ");
    await queryRunner.query("ALTER TABLE \"quality_issues\" ADD CONSTRAINT \"FK_fa65de66cc44989e128b9b6911f\" FOREIGN KEY (\"chain_id\") REFERENCES \"industry_chains\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"defect_codes\" ADD CONSTRAINT \"FK_027948ec696243035a848439e11\" FOREIGN KEY (\"chain_id\") REFERENCES \"industry_chains\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"corrective_actions\" ADD CONSTRAINT \"FK_cfc20d2d1940b24372ac713d2fa\" FOREIGN KEY (\"issue_id\") REFERENCES \"quality_issues\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"corrective_actions\" ADD CONSTRAINT \"FK_83aaca48949209a8d982b7d9345\" FOREIGN KEY (\"supplier_enterprise_id\") REFERENCES \"enterprises\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"corrective_action_events\" ADD CONSTRAINT \"FK_8859a169e086e9adfc9bf043a93\" FOREIGN KEY (\"action_id\") REFERENCES \"corrective_actions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"corrective_action_policies\" ADD CONSTRAINT \"FK_5389e592c9c4f31a075f706b4c8\" FOREIGN KEY (\"chain_id\") REFERENCES \"industry_chains\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"corrective_action_steps\" ADD CONSTRAINT \"FK_9124a239fa37a777c24eead7d0c\" FOREIGN KEY (\"action_id\") REFERENCES \"corrective_actions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"corrective_action_steps\" DROP CONSTRAINT \"FK_9124a239fa37a777c24eead7d0c\"");
    await queryRunner.query("ALTER TABLE \"corrective_action_policies\" DROP CONSTRAINT \"FK_5389e592c9c4f31a075f706b4c8\"");
    await queryRunner.query("ALTER TABLE \"corrective_action_events\" DROP CONSTRAINT \"FK_8859a169e086e9adfc9bf043a93\"");
    await queryRunner.query("ALTER TABLE \"corrective_actions\" DROP CONSTRAINT \"FK_83aaca48949209a8d982b7d9345\"");
    await queryRunner.query("ALTER TABLE \"corrective_actions\" DROP CONSTRAINT \"FK_cfc20d2d1940b24372ac713d2fa\"");
    await queryRunner.query("ALTER TABLE \"defect_codes\" DROP CONSTRAINT \"FK_027948ec696243035a848439e11\"");
    await queryRunner.query("ALTER TABLE \"quality_issues\" DROP CONSTRAINT \"FK_fa65de66cc44989e128b9b6911f\"");
    await queryRunner.query("DROP INDEX \"public\".\"corrective_action_steps_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"corrective_action_steps_due_idx\"");
    await queryRunner.query("DROP TABLE \"corrective_action_steps\"");
    await queryRunner.query("DROP TYPE \"public\".\"step_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"step_code\"");
    await queryRunner.query("DROP TABLE \"corrective_action_policies\"");
    await queryRunner.query("DROP INDEX \"public\".\"corrective_action_events_action_idx\"");
    await queryRunner.query("DROP TABLE \"corrective_action_events\"");
    await queryRunner.query("DROP INDEX \"public\".\"corrective_actions_issue_supplier_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"corrective_actions_supplier_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"corrective_actions_chain_idx\"");
    await queryRunner.query("DROP TABLE \"corrective_actions\"");
    await queryRunner.query("DROP TYPE \"public\".\"action_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"defect_codes_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"defect_codes_shared_key\"");
    await queryRunner.query("DROP TABLE \"defect_codes\"");
    await queryRunner.query("DROP INDEX \"public\".\"quality_issues_chain_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"quality_issues_defect_idx\"");
    await queryRunner.query("DROP TABLE \"quality_issues\"");
    await queryRunner.query("DROP TYPE \"public\".\"issue_status\"");
    await queryRunner.query("DROP TYPE \"public\".\"issue_source\"");
    await queryRunner.query("DROP TYPE \"public\".\"issue_severity\"");
  }
}
