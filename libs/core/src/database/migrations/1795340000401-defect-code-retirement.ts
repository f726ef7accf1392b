import { MigrationInterface, QueryRunner } from 'typeorm';

/** A chain's own defect codes can be retired (kept on old issues, offered for no new one); each code records when it was added. */
export class DefectCodeRetirement1795340000401 implements MigrationInterface {
  name = 'DefectCodeRetirement1795340000401';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "defect_codes" ADD "retired_at" TIMESTAMP(3) WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "defect_codes" ADD "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now()');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "defect_codes" DROP COLUMN "created_at"');
    await queryRunner.query('ALTER TABLE "defect_codes" DROP COLUMN "retired_at"');
  }
}
