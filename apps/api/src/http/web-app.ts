import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { NestExpressApplication } from '@nestjs/platform-express';
import { QUEUE_DASHBOARD_PATH } from '../admin/queue-dashboard.module';

/** The API's own routes; everything else that looks like a page is the web app's. */
const API_ROUTES = ['/graphql', '/files', '/inspection-imports', '/auth', '/health', QUEUE_DASHBOARD_PATH];

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
  app.useStaticAssets(root, {
    index: false,
    setHeaders: (res, file) => res.setHeader('Cache-Control', file.startsWith(path.join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

function isPageRequest(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (API_ROUTES.some((route) => req.path === route || req.path.startsWith(`${route}/`))) return false;
  // A missing asset (it has an extension) is a 404, not the page.
  return !path.extname(req.path) && Boolean(req.accepts('html'));
}
