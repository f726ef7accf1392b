import { MigrationInterface, QueryRunner } from 'typeorm';

/** Annual programme reports: asked for, built by a job with progress, kept with their content and spreadsheet. */
export class ProgramReports1795340000501 implements MigrationInterface {
  name = 'ProgramReports1795340000501';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "program_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "scope_kind" text NOT NULL, "scope_id" text NOT NULL, "scope_name" text NOT NULL,
        "year" smallint NOT NULL, "requested_by" uuid NOT NULL, "requester_name" text NOT NULL, "language" text NOT NULL, "status" text NOT NULL DEFAULT 'QUEUED',
        "progress" smallint NOT NULL DEFAULT '0', "error" text, "content" jsonb, "xlsx" bytea, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "finished_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_program_reports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query('CREATE INDEX "program_reports_created_idx" ON "program_reports" ("created_at")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."program_reports_created_idx"');
    await queryRunner.query('DROP TABLE "program_reports"');
  }
}
