import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Client, fetchExchange, type TypedDocumentNode } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { defineConfig, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { SupplierTodoDocument, ViewerDocument } from './src/gql/graphql';

const api = process.env.CHAINQ_API ?? 'http://localhost:3000';
const apiRoutes = ['/graphql', '/files', '/inspection-imports', '/exports', '/auth', '/health'];

/**
 * The web app builds into dist/web, which the api serves at `/` beside
 * `/graphql` (same origin, no CORS). `npm run dev:web` runs this dev server
 * on :5173 and proxies the API's routes to a running `npm start`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // JSX through Vite's own Oxc transform (React's automatic runtime); no React plugin needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // Pure rule libs run in the browser too, so a form checks a code with the server's own rule (plain TypeScript, no Node imports).
  resolve: { alias: { '@chainq/codes': fileURLToPath(new URL('../../libs/codes/src/index.ts', import.meta.url)) } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Read by scripts/web-budget.mjs to add up each route's JavaScript.
    manifest: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // boot.ts is its own entry so it runs before the app's code has arrived (see shellPreloads).
      input: { index: source('index.html'), boot: source('src/boot.ts') },
      // antd marks its modules "use client" for server components; a browser bundle has nothing to keep.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  plugins: [shellPreloads(), precompressed()],
  server: {
    port: 5173,
    proxy: Object.fromEntries(apiRoutes.map((route) => [route, { target: api, changeOrigin: false }])),
  },
});

function source(file: string): string {
  return fileURLToPath(new URL(file, import.meta.url));
}

/**
 * The signed-in shell, and the pages a signed-in user lands on by address,
 * whose code boot.ts asks for at once. The suppliers' to-do page (`/`) is
 * part of the shell's chunk.
 */
const SHELL = 'src/shell/signed-in-shell.tsx';
const START = 'src/start.tsx';
const LANDING_PAGES: Record<string, string> = {
  '/leader': 'src/pages/leader/leader-home-page.tsx',
  '/region': 'src/pages/coordinator/region/region-console-page.tsx',
  '/platform': 'src/pages/platform/platform-home-page.tsx',
};

/**
 * Puts boot.ts first in index.html, and beside it (as a JSON data block: no
 * inline script, so the CSP stays strict) the files the signed-in shell and
 * each landing page need, which the router would otherwise ask for only
 * after the entry has run. boot.ts preloads them on pages behind sign-in
 * only, so the sign-in page loads none of them.
 */
function shellPreloads(): Plugin {
  return {
    name: 'chainq-shell-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return;
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
        const chunkOf = (module: string) => {
          const found = chunks.find((c) => c.facadeModuleId === source(module));
          if (!found) throw new Error(`${module} is not an entry or lazy chunk of the build`);
          return found;
        };
        const inEntry = closure(bundle, entry);
        // The app itself (src/start.tsx) is a chunk the entry imports dynamically: its files load with the page.
        const app = [...closure(bundle, chunkOf(START))].filter((f) => !inEntry.has(f));
        const loaded = new Set([...inEntry, ...app]);
        const files = (module: string) => [...closure(bundle, chunkOf(module))].filter((f) => !loaded.has(f)).map((f) => `/${f}`);
        const shell = files(SHELL);
        const pages = Object.fromEntries(Object.entries(LANDING_PAGES).map(([path, module]) => [path, files(module).filter((f) => !shell.includes(f))]));
        // Every signed-in page starts with the viewer's query; the suppliers' landing page with its to-do list's.
        const queries = { '*': await requestBodies([ViewerDocument]), '/': await requestBodies([SupplierTodoDocument]) };
        return [
          // Fetched at once but blocking nothing: the entry's import of the app applies the sheets when it runs.
          ...app.map((f) => ({ tag: 'link', attrs: f.endsWith('.css') ? { rel: 'preload', as: 'style', crossorigin: true, href: `/${f}` } : { rel: 'modulepreload', crossorigin: true, href: `/${f}` }, injectTo: 'head' as const })),
          // First in the page and deferred like the app's entry, so it runs before the entry (scripts run in
          // document order); not part of the entry's module graph, so it does not wait for that graph's evaluation.
          { tag: 'script', attrs: { type: 'module', crossorigin: true, src: `/${chunkOf('src/boot.ts').fileName}` }, injectTo: 'head-prepend' },
          // Read by boot.ts, which runs once the page is parsed; in the head, so it is no part of the page's text.
          { tag: 'script', attrs: { type: 'application/json', id: 'chainq-preloads' }, children: JSON.stringify({ shell, pages, queries }), injectTo: 'head' },
        ];
      },
    },
  };
}

/**
 * The request bodies the signed-in client (apps/web/src/api/signed-in-client.ts: the normalised
 * cache, which adds `__typename`, then fetch) sends for these queries, byte for byte, captured
 * from the same urql code: boot.ts sends them as soon as the session is back, and the app's
 * fetch recognises its own request by its body and takes that answer.
 */
async function requestBodies(documents: TypedDocumentNode<unknown, Record<string, never>>[]): Promise<string[]> {
  const bodies: string[] = [];
  const client = new Client({
    url: 'http://build.invalid/graphql',
    preferGetMethod: false,
    exchanges: [cacheExchange({}), fetchExchange],
    fetch: async (_input, init) => {
      bodies.push(String(init?.body));
      return new Response('{"data":null}', { headers: { 'content-type': 'application/json' } });
    },
  });
  for (const document of documents) await client.query(document, {}).toPromise();
  return bodies;
}

/** A chunk's file, its CSS and every chunk it imports statically, transitively. */
function closure(bundle: OutputBundle, chunk: OutputChunk, into = new Set<string>()): Set<string> {
  if (into.has(chunk.fileName)) return into;
  into.add(chunk.fileName);
  for (const css of (chunk as OutputChunk & { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []) into.add(css);
  for (const file of chunk.imports) closure(bundle, bundle[file] as OutputChunk, into);
  return into;
}

/** Text assets worth compressing: the server sends these as they are, never compressing per request. */
const COMPRESSIBLE = /\.(js|css|svg|json|html)$/;

/**
 * Writes `<asset>.br` and `<asset>.gz` beside each text asset once, at build
 * time and at the highest levels, so the api sends them by the browser's
 * Accept-Encoding (apps/api/src/http/web-app.ts) at no cost per request.
 */
function precompressed(): Plugin {
  let outDir = '';
  return {
    name: 'chainq-precompressed',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const file of Object.keys(bundle).filter((f) => f.startsWith('assets/') && COMPRESSIBLE.test(f))) {
        const target = path.join(outDir, file);
        const bytes = readFileSync(target);
        if (bytes.length < 1024) continue;
        writeFileSync(`${target}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
        writeFileSync(`${target}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}
