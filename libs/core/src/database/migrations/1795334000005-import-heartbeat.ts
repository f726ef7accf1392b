import { MigrationInterface, QueryRunner } from 'typeorm';

/** Imports hold a run id and a heartbeat, so an import left RUNNING by a worker that died is found and queued again. */
export class ImportHeartbeat1795334000005 implements MigrationInterface {
  name = 'ImportHeartbeat1795334000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "inspection_imports" ADD "run_id" uuid');
    await queryRunner.query('ALTER TABLE "inspection_imports" ADD "heartbeat_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "inspection_imports" ADD "requeues" integer NOT NULL DEFAULT \'0\'');
    // Imports already RUNNING have no heartbeat yet: their last progress stands in for it.
    await queryRunner.query("UPDATE \"inspection_imports\" SET \"heartbeat_at\" = coalesce(\"started_at\", \"created_at\") WHERE \"status\" IN ('QUEUED', 'RUNNING')");
    await queryRunner.query('CREATE INDEX "inspection_imports_unfinished_idx" ON "inspection_imports" ("heartbeat_at") WHERE status IN (\'QUEUED\', \'RUNNING\')');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."inspection_imports_unfinished_idx"');
    await queryRunner.query('ALTER TABLE "inspection_imports" DROP COLUMN "requeues"');
    await queryRunner.query('ALTER TABLE "inspection_imports" DROP COLUMN "heartbeat_at"');
    await queryRunner.query('ALTER TABLE "inspection_imports" DROP COLUMN "run_id"');
  }
}
