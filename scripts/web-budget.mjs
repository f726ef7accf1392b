// Adds up the JavaScript each route of the built web app loads before it can
// render (the entry, the route's chunk, and every chunk they import
// statically), gzip-compressed as the browser receives it, and checks the
// budgets: the sign-in page at most 250 kB, any other route at most 600 kB.
// Its style sheets are listed beside it (not budgeted; antd's whole sheet is
// one of them on every route).
// Run after `npm run build`: `npm run web:budget`. Prints a Markdown table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const WEB = 'dist/web';
const KB = 1000;
const manifest = JSON.parse(readFileSync(path.join(WEB, '.vite/manifest.json'), 'utf8'));
const entry = 'index.html';
const SHELL = 'src/shell/signed-in-shell.tsx';
/** The app, which the entry imports dynamically (apps/web/src/main.tsx) and index.html preloads: part of every route. */
const START = 'src/start.tsx';

/** Route → the source modules it needs beyond the entry (see apps/web/src/routes.tsx). */
const ROUTES = {
  '/sign-in': { budget: 250, modules: ['src/pages/account/sign-in-page.tsx'] },
  '/invitation': { budget: 600, modules: ['src/pages/invitation/invitation-page.tsx'] },
  '/verify/:token': { budget: 600, modules: ['src/pages/verify/verify-page.tsx'] },
  '/ (to do)': { budget: 600, modules: [SHELL] }, // the to-do page is part of the shell's chunk
  '/actions': { budget: 600, modules: [SHELL, 'src/pages/supplier/actions/actions-page.tsx'] },
  '/actions/:id': { budget: 600, modules: [SHELL, 'src/pages/supplier/actions/action-page.tsx'] },
  '/standards': { budget: 600, modules: [SHELL, 'src/pages/supplier/standards/standards-page.tsx'] },
  '/quality': { budget: 600, modules: [SHELL, 'src/pages/supplier/quality/quality-page.tsx'] },
  '/qualification': { budget: 600, modules: [SHELL, 'src/pages/supplier/qualification/qualification-page.tsx'] },
  '/certificates': { budget: 600, modules: [SHELL, 'src/pages/supplier/certificates/certificates-page.tsx'] },
  '/profile': { budget: 600, modules: [SHELL, 'src/pages/supplier/profile/profile-page.tsx'] },
  '/leader': { budget: 600, modules: [SHELL, 'src/pages/leader/leader-home-page.tsx'] },
  '/leader/suppliers': { budget: 600, modules: [SHELL, 'src/pages/leader/suppliers/suppliers-page.tsx'] },
  '/leader/suppliers/:id': { budget: 600, modules: [SHELL, 'src/pages/leader/supplier-detail/supplier-detail-page.tsx'] },
  '/leader/issues': { budget: 600, modules: [SHELL, 'src/pages/leader/quality/issues-page.tsx'] },
  '/leader/issues/:id': { budget: 600, modules: [SHELL, 'src/pages/leader/quality/issue-page.tsx'] },
  '/leader/actions/:id': { budget: 600, modules: [SHELL, 'src/pages/leader/quality/action-review-page.tsx'] },
  '/leader/actions/:id/report': { budget: 600, modules: [SHELL, 'src/pages/leader/quality/action-report-page.tsx'] },
  '/leader/problems': { budget: 600, modules: [SHELL, 'src/pages/leader/problems/problems-page.tsx'] },
  '/leader/standards': { budget: 600, modules: [SHELL, 'src/pages/leader/standards/standards-page.tsx'] },
  '/leader/policies': { budget: 600, modules: [SHELL, 'src/pages/leader/policies/policies-page.tsx'] },
  '/leader/inspection': { budget: 600, modules: [SHELL, 'src/pages/leader/inspection/inspection-page.tsx'] },
  '/region, /region/areas/:code': { budget: 600, modules: [SHELL, 'src/pages/coordinator/region/region-console-page.tsx'] },
  '/region/enterprises/:id': { budget: 600, modules: [SHELL, 'src/pages/coordinator/enterprise/enterprise-page.tsx'] },
  '/region/clusters/:id': { budget: 600, modules: [SHELL, 'src/pages/coordinator/cluster/cluster-page.tsx'] },
  '/region/pilots': { budget: 600, modules: [SHELL, 'src/pages/coordinator/pilots/pilots-page.tsx'] },
  '/region/pilots/:id': { budget: 600, modules: [SHELL, 'src/pages/coordinator/pilots/pilot-page.tsx'] },
  '/region/reports': { budget: 600, modules: [SHELL, 'src/pages/coordinator/reports/reports-page.tsx'] },
  '/region/reports/:id/print': { budget: 600, modules: [SHELL, 'src/pages/coordinator/reports/report-print-page.tsx'] },
  '/platform': { budget: 600, modules: [SHELL, 'src/pages/platform/platform-home-page.tsx'] },
  '/platform/reports': { budget: 600, modules: [SHELL, 'src/pages/platform/reports/reports-page.tsx'] },
  '/platform/reports/:id/print': { budget: 600, modules: [SHELL, 'src/pages/platform/reports/report-print-page.tsx'] },
};

const gzipped = new Map();
function gzipSize(file) {
  if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(WEB, file)), { level: 9 }).length);
  return gzipped.get(file);
}

/** Every chunk file a module needs before it runs (itself and its static imports, transitively), and their style sheets. */
function chunksOf(key, into = new Set(), sheets = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build: update scripts/web-budget.mjs`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) sheets.add(css);
  for (const imported of chunk.imports ?? []) chunksOf(imported, into, sheets);
  return into;
}

const sizeOf = (files) => [...files].reduce((sum, f) => sum + gzipSize(f), 0);

let failed = false;
console.log('| route | JavaScript (gzip) | budget | | style sheets (gzip) |\n|---|---:|---:|---|---:|');
for (const [route, { budget, modules }] of Object.entries(ROUTES)) {
  const sheets = new Set();
  const files = chunksOf(entry, new Set(), sheets);
  chunksOf(START, files, sheets);
  for (const m of modules) chunksOf(m, files, sheets);
  const total = sizeOf(files);
  const ok = total <= budget * KB;
  failed ||= !ok;
  console.log(`| ${route} | ${(total / KB).toFixed(1)} kB | ${budget} kB | ${ok ? 'ok' : '**over**'} | ${(sizeOf(sheets) / KB).toFixed(1)} kB |`);
}
process.exit(failed ? 1 : 0);
