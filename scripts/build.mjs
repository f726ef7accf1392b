// Compiles apps/ and libs/ to dist/ with SWC (about a second), then the web
// app to dist/web with Vite (a few seconds); type checking is
// `npm run typecheck`. SWC rewrites the @chainq/* aliases to relative paths.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
execFileSync(
  process.execPath,
  ['node_modules/@swc/cli/bin/swc.js', 'apps', 'libs', '-d', 'dist', '--copy-files', '--quiet', '--ignore', '**/*.spec.ts', '--ignore', 'apps/web/**'],
  { stdio: 'inherit' },
);
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn'], { stdio: 'inherit' });
