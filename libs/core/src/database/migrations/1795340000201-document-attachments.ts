import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Documents record what they are attached to, so a download is allowed to
 * whoever may read that (a standard revision, an 8D, a membership's
 * qualification); qualifications carry documents. Existing attachments are
 * filled in from standard revisions and 8D comments. A document an earlier
 * version let two things name keeps the first: its revision, else its
 * earliest comment.
 */
export class DocumentAttachments1795340000201 implements MigrationInterface {
  name = 'DocumentAttachments1795340000201';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "documents" ADD "attached_to_kind" text');
    await queryRunner.query('ALTER TABLE "documents" ADD "attached_to_id" uuid');
    await queryRunner.query('CREATE INDEX "documents_attached_to_idx" ON "documents" ("attached_to_kind", "attached_to_id")');
    await queryRunner.query(
      `UPDATE "documents" d SET "attached_to_kind" = 'STANDARD_REVISION', "attached_to_id" = r."id", "attached_at" = coalesce(d."attached_at", r."published_at")
         FROM "standard_revisions" r WHERE r."document_id" = d."id"`,
    );
    await queryRunner.query(
      `UPDATE "documents" d SET "attached_to_kind" = 'CORRECTIVE_ACTION', "attached_to_id" = c."action_id", "attached_at" = coalesce(d."attached_at", c."at")
         FROM (SELECT DISTINCT ON (x."document_id") x."document_id", x."action_id", x."at"
                 FROM (SELECT jsonb_array_elements_text(e."after"->'documentIds') AS "document_id", e."action_id", e."at"
                         FROM "corrective_action_events" e
                        WHERE e."type" = 'COMMENTED' AND jsonb_typeof(e."after"->'documentIds') = 'array') x
                ORDER BY x."document_id", x."at") c
        WHERE d."id"::text = c."document_id" AND d."attached_to_kind" IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "qualifications" ADD "document_ids" uuid array NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "qualifications" DROP COLUMN "document_ids"');
    await queryRunner.query('DROP INDEX "documents_attached_to_idx"');
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "attached_to_id"');
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "attached_to_kind"');
  }
}
