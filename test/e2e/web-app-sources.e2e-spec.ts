import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const LOCALES = path.join(ROOT, 'apps/web/src/i18n/locales');

/** The web app's generated GraphQL types and its two languages, checked like schema.gql. */
describe('web app sources', () => {
  it('has GraphQL types generated from the committed schema.gql and its documents (run `npm run codegen:web`)', () => {
    const manifest = require.resolve('@graphql-codegen/cli/package.json');
    const bin = path.join(path.dirname(manifest), JSON.parse(readFileSync(manifest, 'utf8')).bin['graphql-codegen']);
    let output = '';
    try {
      execFileSync(process.execPath, [bin, '--config', 'apps/web/codegen.json', '--check'], { cwd: ROOT, stdio: 'pipe' });
    } catch (error) {
      output = String((error as { stdout?: Buffer }).stdout ?? error);
    }
    expect(output).toBe('');
  }, 60_000);

  it('says everything in both languages: each namespace has the same keys in zh-CN and en (plural forms aside)', () => {
    const namespaces = readdirSync(path.join(LOCALES, 'zh-CN')).sort();
    expect(readdirSync(path.join(LOCALES, 'en')).sort()).toEqual(namespaces);
    for (const file of namespaces) {
      const keysOf = (language: string) => flatKeys(JSON.parse(readFileSync(path.join(LOCALES, language, file), 'utf8')));
      expect({ file, keys: keysOf('en') }).toEqual({ file, keys: keysOf('zh-CN') });
    }
  });

  it('speaks Chinese in the Chinese files: every zh-CN text has Chinese characters or is a code or a name', () => {
    for (const file of readdirSync(path.join(LOCALES, 'zh-CN'))) {
      const texts = flatEntries(JSON.parse(readFileSync(path.join(LOCALES, 'zh-CN', file), 'utf8')));
      const english = texts.filter(([, text]) => /[a-z]{4,}\s+[a-z]{3,}/i.test(text) && !/[\u4e00-\u9fff]/.test(text));
      expect({ file, english }).toEqual({ file, english: [] });
    }
  });
});

function flatEntries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value !== 'object' || value === null) return [[prefix, String(value)]];
  return Object.entries(value).flatMap(([k, v]) => flatEntries(v, prefix ? `${prefix}.${k}` : k));
}

/** Keys without i18next's plural suffixes: English has `_one` and `_other`, Chinese `_other` only. */
function flatKeys(value: unknown): string[] {
  return [...new Set(flatEntries(value).map(([key]) => key.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
}
