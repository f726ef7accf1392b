import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily certificate check claims each expiry notice (60, 30, 0 days) on
 * the certificate itself, in the transaction that records the notices.
 * Notices sent before this column existed carry dedupe keys, so a claim made
 * again for them delivers nothing twice.
 */
export class CertificateExpiryClaim1795334000007 implements MigrationInterface {
  name = 'CertificateExpiryClaim1795334000007';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE certifications ADD COLUMN expiry_notice_days smallint');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE certifications DROP COLUMN expiry_notice_days');
  }
}
