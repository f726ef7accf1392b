import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each user's language (zh-CN by default), and notifications a client can
 * translate (the values their text needs) and follow (what they are about).
 */
export class UserLanguageAndNotificationParams1795340000102 implements MigrationInterface {
  name = 'UserLanguageAndNotificationParams1795340000102';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "language" text NOT NULL DEFAULT 'zh-CN'`);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "users_language_check" CHECK ("language" IN ('zh-CN', 'en'))`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "params" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query('ALTER TABLE "notifications" ADD "link_type" text');
    await queryRunner.query('ALTER TABLE "notifications" ADD "link_id" uuid');
    // The import notice had a dotted kind; it is split into finished and failed like every other kind.
    await queryRunner.query(
      `UPDATE "notifications" SET "kind" = CASE WHEN "title" LIKE 'Import of % stopped' THEN 'INSPECTION_IMPORT_FAILED' ELSE 'INSPECTION_IMPORT_FINISHED' END
        WHERE "kind" = 'inspection.import-finished'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "notifications" SET "kind" = 'inspection.import-finished' WHERE "kind" IN ('INSPECTION_IMPORT_FINISHED', 'INSPECTION_IMPORT_FAILED')`);
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "link_id"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "link_type"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "params"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "users_language_check"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "language"');
  }
}
