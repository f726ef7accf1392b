import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const api = process.env.CHAINQ_API ?? 'http://localhost:3000';
const apiRoutes = ['/graphql', '/files', '/inspection-imports', '/auth', '/health'];

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
      // antd marks its modules "use client" for server components; a browser bundle has nothing to keep.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(apiRoutes.map((route) => [route, { target: api, changeOrigin: false }])),
  },
});
