import { MigrationInterface, QueryRunner } from 'typeorm';

export class EnterpriseClaims1795334000003 implements MigrationInterface {
  name = 'EnterpriseClaims1795334000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"enterprise_claim_status\" AS ENUM('PENDING', 'CONFIRMED', 'REJECTED')");
    await queryRunner.query("CREATE TABLE \"enterprise_claims\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"invitation_id\" uuid NOT NULL, \"enterprise_id\" uuid NOT NULL, \"display_name\" text NOT NULL, \"email\" text NOT NULL, \"password_hash\" text, \"status\" \"public\".\"enterprise_claim_status\" NOT NULL DEFAULT 'PENDING', \"decision_reason\" text, \"decided_by\" uuid, \"decided_at\" TIMESTAMP(3) WITH TIME ZONE, \"user_id\" uuid, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_enterprise_claims\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"enterprise_claims_enterprise_idx\" ON \"enterprise_claims\" (\"enterprise_id\", \"created_at\") ");
    // One pending claim per invitation.
    await queryRunner.query("CREATE UNIQUE INDEX \"enterprise_claims_pending_key\" ON \"enterprise_claims\" (\"invitation_id\") WHERE status = 'PENDING'");
    await queryRunner.query("ALTER TABLE \"enterprise_claims\" ADD CONSTRAINT \"FK_9aae35a23e6740d5cfcda7ff96e\" FOREIGN KEY (\"invitation_id\") REFERENCES \"invitations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"enterprise_claims\" ADD CONSTRAINT \"FK_d6850daf6afbefac6b294d2a434\" FOREIGN KEY (\"enterprise_id\") REFERENCES \"enterprises\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"enterprise_claims\" DROP CONSTRAINT \"FK_d6850daf6afbefac6b294d2a434\"");
    await queryRunner.query("ALTER TABLE \"enterprise_claims\" DROP CONSTRAINT \"FK_9aae35a23e6740d5cfcda7ff96e\"");
    await queryRunner.query("DROP INDEX \"public\".\"enterprise_claims_pending_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"enterprise_claims_enterprise_idx\"");
    await queryRunner.query("DROP TABLE \"enterprise_claims\"");
    await queryRunner.query("DROP TYPE \"public\".\"enterprise_claim_status\"");
  }
}
