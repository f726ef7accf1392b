import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationEmail1795325226931 implements MigrationInterface {
  name = 'NotificationEmail1795325226931';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" ADD \"emailed_at\" TIMESTAMP(3) WITH TIME ZONE");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notifications\" DROP COLUMN \"emailed_at\"");
  }
}
