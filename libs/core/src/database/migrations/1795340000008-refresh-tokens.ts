import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Refresh tokens (the session cookie): only a SHA-256 of each is stored.
 * Tokens rotated from one sign-in share a family, so reuse of a rotated
 * token can revoke all of them.
 */
export class RefreshTokens1795340000008 implements MigrationInterface {
  name = 'RefreshTokens1795340000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "refresh_tokens" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "family_id" uuid NOT NULL,
      "token_hash" bytea NOT NULL,
      "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
      "used_at" TIMESTAMP(3) WITH TIME ZONE,
      "revoked_at" TIMESTAMP(3) WITH TIME ZONE,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "refresh_tokens_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "refresh_tokens_token_hash_key" UNIQUE ("token_hash"),
      CONSTRAINT "refresh_tokens_user_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
    )`);
    await queryRunner.query('CREATE INDEX "refresh_tokens_family_idx" ON "refresh_tokens" ("family_id")');
    await queryRunner.query('CREATE INDEX "refresh_tokens_user_idx" ON "refresh_tokens" ("user_id") WHERE revoked_at IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "refresh_tokens"');
  }
}
