import { MigrationInterface, QueryRunner } from 'typeorm';

export class SamplingSwitchingHistory1795340000601 implements MigrationInterface {
  name = 'SamplingSwitchingHistory1795340000601';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sampling_switching_history" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "state_id" uuid NOT NULL,
      "event" text NOT NULL,
      "severity" "public"."sampling_severity" NOT NULL,
      "lot_id" uuid,
      "lot_number" text,
      "actor_user_id" uuid,
      "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "sampling_switching_history_cause_check" CHECK ((lot_id IS NULL) <> (actor_user_id IS NULL)),
      CONSTRAINT "CHK_sampling_switching_history_event" CHECK ("event" IN ('NORMAL_TO_TIGHTENED', 'TIGHTENED_TO_NORMAL', 'NORMAL_TO_REDUCED', 'REDUCED_TO_NORMAL', 'DISCONTINUED', 'REDUCED_APPROVED', 'RESUMED')),
      CONSTRAINT "PK_sampling_switching_history" PRIMARY KEY ("id"))`);
    await queryRunner.query('CREATE INDEX "sampling_switching_history_state" ON "sampling_switching_history" ("state_id", "created_at")');
    await queryRunner.query(
      'ALTER TABLE "sampling_switching_history" ADD CONSTRAINT "FK_95081b5711e8f7a6e0a91302604" FOREIGN KEY ("state_id") REFERENCES "sampling_switching_states"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "sampling_switching_history"');
  }
}
