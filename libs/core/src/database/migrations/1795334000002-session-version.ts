import { MigrationInterface, QueryRunner } from 'typeorm';

/** A per-user session version, carried in access tokens, so a password change can end every session. */
export class SessionVersion1795334000002 implements MigrationInterface {
  name = 'SessionVersion1795334000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" ADD "session_version" integer NOT NULL DEFAULT 0');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "session_version"');
  }
}
