import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReducedEndReason1795340000602 implements MigrationInterface {
  name = 'ReducedEndReason1795340000602';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sampling_switching_history" ADD "reason" text');
    await queryRunner.query('ALTER TABLE "sampling_switching_history" ADD "note" text');
    await queryRunner.query(
      `ALTER TABLE "sampling_switching_history" ADD CONSTRAINT "sampling_switching_history_reason_check" CHECK (reason IS NULL OR (actor_user_id IS NOT NULL AND reason IN ('PRODUCTION_IRREGULAR', 'OTHER')))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "sampling_switching_history" DROP CONSTRAINT "sampling_switching_history_reason_check"');
    await queryRunner.query('ALTER TABLE "sampling_switching_history" DROP COLUMN "note"');
    await queryRunner.query('ALTER TABLE "sampling_switching_history" DROP COLUMN "reason"');
  }
}
