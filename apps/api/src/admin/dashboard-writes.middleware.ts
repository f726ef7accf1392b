import { Injectable, NestMiddleware } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { AppConfig, InjectConfig } from '@chainq/core';

const READS = new Set(['GET', 'HEAD']);

/**
 * Writes to the queue dashboard (anything but GET and HEAD) come only from
 * its own pages, and never in production. A browser attaches cached Basic
 * credentials to a cross-site form POST, so a write must carry an Origin
 * (or, without one, a Referer) whose host is the host the request was sent
 * to (Host, or X-Forwarded-Host behind a proxy; a cross-site form can set
 * neither). Checked before the credentials, so a forged request costs no
 * password check.
 */
@Injectable()
export class DashboardWrites implements NestMiddleware {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (READS.has(req.method)) return next();
    if (this.config.env === 'production') {
      res.status(403).json({ message: 'The queue dashboard is read-only in production' });
      return;
    }
    if (!sameOrigin(req)) {
      res.status(403).json({ message: 'Dashboard writes must come from the same origin (an Origin or Referer header naming this host)' });
      return;
    }
    next();
  }
}

function sameOrigin(req: Request): boolean {
  const source = req.headers.origin ?? req.headers.referer;
  if (!source || !URL.canParse(source)) return false; // includes Origin: null (sandboxed frames, file: pages)
  const host = new URL(source).host.toLowerCase();
  const forwarded = req.headers['x-forwarded-host'];
  const targets = [req.headers.host, ...(Array.isArray(forwarded) ? forwarded : [forwarded]).flatMap((h) => h?.split(',') ?? [])];
  return targets.some((target) => target !== undefined && target.trim().toLowerCase() === host);
}
