import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795320984962 implements MigrationInterface {
  name = 'Initial1795320984962';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"outbox_messages\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"job_name\" text NOT NULL, \"payload\" jsonb NOT NULL, \"available_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0171348f527c64b137e4d4f5b66\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"outbox_messages_available_idx\" ON \"outbox_messages\"  (\"available_at\") ");
    await queryRunner.query("CREATE TABLE \"rate_limit_buckets\" (\"key\" text NOT NULL, \"hits\" integer NOT NULL, \"expires_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT \"PK_9eb2f8a2ae370667b4ca83dd313\" PRIMARY KEY (\"key\"))");
    await queryRunner.query("CREATE TYPE \"public\".\"organisation_kind\" AS ENUM('PLATFORM', 'ENTERPRISE', 'REGULATOR_OFFICE')");
    await queryRunner.query("CREATE TABLE \"organisations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" \"public\".\"organisation_kind\" NOT NULL, \"name\" text NOT NULL, \"uscc\" character(18), \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7bf54cba378d5b2f1d4c10ef4df\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"organisations_uscc_key\" ON \"organisations\"  (\"uscc\") WHERE uscc IS NOT NULL");
    await queryRunner.query("CREATE TYPE \"public\".\"user_role\" AS ENUM('PLATFORM_ADMIN', 'COORDINATOR', 'ENTERPRISE_ADMIN', 'QUALITY_ENGINEER', 'VIEWER')");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organisation_id\" uuid NOT NULL, \"email\" text NOT NULL, \"display_name\" text NOT NULL, \"password_hash\" text NOT NULL, \"roles\" \"public\".\"user_role\" array NOT NULL, \"is_active\" boolean NOT NULL DEFAULT true, \"last_login_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"users_organisation_idx\" ON \"users\"  (\"organisation_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"users_email_key\" ON \"users\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"recipient_user_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"title\" text NOT NULL, \"body\" text NOT NULL, \"dedupe_key\" text NOT NULL, \"read_at\" TIMESTAMP(3) WITH TIME ZONE, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6a72c3c0f683f6462415e653c3a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"notifications_recipient_idx\" ON \"notifications\"  (\"recipient_user_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"notifications_dedupe_key\" ON \"notifications\"  (\"dedupe_key\") ");
    await queryRunner.query("ALTER TABLE \"users\" ADD CONSTRAINT \"FK_2fc4294f8ec97da71d587dc5577\" FOREIGN KEY (\"organisation_id\") REFERENCES \"organisations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"users\" DROP CONSTRAINT \"FK_2fc4294f8ec97da71d587dc5577\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_dedupe_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_recipient_idx\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query("DROP INDEX \"public\".\"users_email_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"users_organisation_idx\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP TYPE \"public\".\"user_role\"");
    await queryRunner.query("DROP INDEX \"public\".\"organisations_uscc_key\"");
    await queryRunner.query("DROP TABLE \"organisations\"");
    await queryRunner.query("DROP TYPE \"public\".\"organisation_kind\"");
    await queryRunner.query("DROP TABLE \"rate_limit_buckets\"");
    await queryRunner.query("DROP INDEX \"public\".\"outbox_messages_available_idx\"");
    await queryRunner.query("DROP TABLE \"outbox_messages\"");
  }
}
