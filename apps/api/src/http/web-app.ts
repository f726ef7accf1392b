import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { NestExpressApplication } from '@nestjs/platform-express';
import { QUEUE_DASHBOARD_PATH } from '../admin/queue-dashboard.module';

/** The API's own routes; everything else that looks like a page is the web app's. */
const API_ROUTES = ['/graphql', '/files', '/inspection-imports', '/auth', '/health', '/.well-known', QUEUE_DASHBOARD_PATH];

/**
 * Serves the built web app from the same origin as /graphql (no CORS): its
 * hashed assets cached for a year, and index.html (never cached) for any
 * client-side route such as /actions/<id>. Without a build it does nothing
 * and the process is API only.
 */
export function serveWebApp(app: NestExpressApplication, webDir: string): boolean {
  const root = path.resolve(webDir);
  const index = path.join(root, 'index.html');
  if (!existsSync(index)) return false;
  app.use('/assets', precompressedAssets(path.join(root, 'assets')));
  app.useStaticAssets(root, {
    index: false,
    setHeaders: (res, file) => res.setHeader('Cache-Control', file.startsWith(path.join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    // A shared quality profile's page is for the holder of its link only: never indexed.
    if (req.path.startsWith('/verify/')) res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    res.sendFile(index);
  });
  return true;
}

/** Encodings the build writes beside each text asset (apps/web/vite.config.mts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Sends an asset's brotli or gzip copy when the browser accepts it (a tenth
 * of the bytes for antd's style sheet), with the original's type; otherwise,
 * or without a copy, the static handler sends the file itself.
 */
function precompressedAssets(dir: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const file = path.join(dir, path.normalize(req.path));
    if (!file.startsWith(`${dir}${path.sep}`)) return next();
    const encoding = ENCODINGS.find((e) => req.acceptsEncodings(e.name) === e.name && existsSync(file + e.suffix));
    res.vary('Accept-Encoding');
    if (!encoding) return next();
    res.setHeader('Content-Encoding', encoding.name);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.type(path.extname(file));
    res.sendFile(file + encoding.suffix, (error) => error && next(error));
  };
}

function isPageRequest(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (API_ROUTES.some((route) => req.path === route || req.path.startsWith(`${route}/`))) return false;
  // A missing asset or data file (a dot in its last segment, `.json` alone included) is not the page.
  return !/\.[^/]*$/.test(req.path) && Boolean(req.accepts('html'));
}
