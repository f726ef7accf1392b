import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';

const MIGRATIONS_DIR = 'libs/core/src/database/migrations';

function toCode(queries: { query: string; parameters?: unknown[] }[]): string {
  return queries
    .map((q) => {
      const params = q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : '';
      return `    await queryRunner.query(${JSON.stringify(q.query)}${params});`;
    })
    .join('\n');
}

/**
 * Writes the difference between the entities and the database as a new
 * migration (as TypeORM's generator does) and lists it in the index.
 * Review the file before committing it.
 */
export async function writeMigration(dataSource: DataSource, name: string): Promise<string | undefined> {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('migration name must be PascalCase, e.g. AddQualityIssues');
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) return undefined;
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const fileBase = `${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}`;
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${toCode(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${toCode([...sql.downQueries].reverse())}
  }
}
`;
  const file = path.join(MIGRATIONS_DIR, `${fileBase}.ts`);
  writeFileSync(file, body);
  const indexFile = path.join(MIGRATIONS_DIR, 'index.ts');
  const index = readFileSync(indexFile, 'utf8')
    .replace(/\n\nexport const MIGRATIONS/, `\nimport { ${className} } from './${fileBase}';\n\nexport const MIGRATIONS`)
    .replace(/export const MIGRATIONS = \[([^\]]*)\];/, (_, list: string) => {
      const items = list.split(',').map((s) => s.trim()).filter(Boolean);
      return `export const MIGRATIONS = [\n${[...items, className].map((i) => `  ${i},`).join('\n')}\n];`;
    });
  writeFileSync(indexFile, index);
  return file;
}
