import { MigrationInterface, QueryRunner } from 'typeorm';

export class QualityProfileShares1795340000701 implements MigrationInterface {
  name = 'QualityProfileShares1795340000701';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "industry_chains" ADD "profile_naming_allowed" boolean NOT NULL DEFAULT false');
    await queryRunner.query(`ALTER TABLE "qualifications" ADD "recognised_certification_ids" uuid array NOT NULL DEFAULT '{}'`);
    await queryRunner.query('ALTER TABLE "qualifications" ADD "recognised_by" uuid');
    await queryRunner.query('ALTER TABLE "qualifications" ADD "recognised_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query(
      `CREATE TABLE "profile_shares" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "enterprise_id" uuid NOT NULL,
        "recipient" text NOT NULL,
        "purpose" text NOT NULL,
        "sections" text array NOT NULL,
        "token_digest" character(64) NOT NULL,
        "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
        "revoked_at" TIMESTAMP(3) WITH TIME ZONE,
        "created_by" uuid NOT NULL,
        "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "snapshot" jsonb NOT NULL,
        "content_digest" character(64) NOT NULL,
        CONSTRAINT "profile_shares_expiry_check" CHECK (expires_at > created_at AND expires_at <= created_at + interval '90 days'),
        CONSTRAINT "PK_profile_shares" PRIMARY KEY ("id")
      )`,
    );
    await queryRunner.query('CREATE UNIQUE INDEX "profile_shares_token_key" ON "profile_shares" ("token_digest")');
    await queryRunner.query('CREATE INDEX "profile_shares_enterprise_idx" ON "profile_shares" ("enterprise_id", "created_at")');
    await queryRunner.query(
      `CREATE TABLE "profile_share_views" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "share_id" uuid NOT NULL,
        "viewed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "viewer_name" text,
        "refreshed" boolean NOT NULL DEFAULT false,
        CONSTRAINT "PK_profile_share_views" PRIMARY KEY ("id"),
        CONSTRAINT "FK_29eaa49d0310ca6d4174aee9e26" FOREIGN KEY ("share_id") REFERENCES "profile_shares"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query('CREATE INDEX "profile_share_views_share_idx" ON "profile_share_views" ("share_id", "viewed_at")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "profile_share_views"');
    await queryRunner.query('DROP TABLE "profile_shares"');
    await queryRunner.query('ALTER TABLE "qualifications" DROP COLUMN "recognised_at"');
    await queryRunner.query('ALTER TABLE "qualifications" DROP COLUMN "recognised_by"');
    await queryRunner.query('ALTER TABLE "qualifications" DROP COLUMN "recognised_certification_ids"');
    await queryRunner.query('ALTER TABLE "industry_chains" DROP COLUMN "profile_naming_allowed"');
  }
}
