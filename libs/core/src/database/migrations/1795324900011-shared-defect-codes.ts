import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shared defect code list every chain starts from; chains add their own
 * codes (addDefectCode). Codes are ChainQ's, grouped by what went wrong.
 */
const SHARED_CODES: [string, string][] = [
  ['DIM-OOT', 'Dimension out of tolerance'],
  ['DIM-GEO', 'Geometric tolerance (flatness, roundness, position) out'],
  ['SUR-SCR', 'Surface scratch or dent'],
  ['SUR-BUR', 'Burr or sharp edge'],
  ['SUR-COAT', 'Coating or plating defect'],
  ['MAT-HRD', 'Hardness out of specification'],
  ['MAT-CHEM', 'Material composition out of specification'],
  ['CST-POR', 'Casting porosity or shrinkage'],
  ['WLD-POR', 'Weld porosity or incomplete fusion'],
  ['COR-SALT', 'Corrosion in salt-spray test'],
  ['ASM-MISS', 'Missing or wrong part in assembly'],
  ['FUN-FAIL', 'Functional test failure'],
  ['ELE-INS', 'Electrical insulation or leakage failure'],
  ['CLN-CONT', 'Contamination or foreign matter'],
  ['PKG-DMG', 'Packaging or transit damage'],
  ['LBL-ERR', 'Labelling or traceability error'],
  ['DOC-MISS', 'Missing or wrong certificate or inspection record'],
];

export class SharedDefectCodes1795324900011 implements MigrationInterface {
  name = 'SharedDefectCodes1795324900011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('INSERT INTO defect_codes (code, name) SELECT * FROM unnest($1::text[], $2::text[])', [SHARED_CODES.map((c) => c[0]), SHARED_CODES.map((c) => c[1])]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM defect_codes WHERE chain_id IS NULL');
  }
}
