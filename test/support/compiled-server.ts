import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Compiles `apps` and `libs` (SWC, about a second) into `.data/<name>`, so a
 * test can run the server as its own Node process after a fresh clone,
 * without `npm run build`. Returns the output directory.
 */
export function compileServer(name: string): string {
  const root = process.cwd();
  const out = path.join(root, '.data', name);
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/@swc/cli/bin/swc.js'), 'apps', 'libs', '-d', out, '--copy-files', '--quiet', '--ignore', '**/*.spec.ts', '--ignore', 'apps/web/**'],
    { cwd: root },
  );
  return out;
}
