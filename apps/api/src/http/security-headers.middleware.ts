import type { NextFunction, Request, Response } from 'express';
import { AppConfig } from '@chainq/core';

/**
 * No inline script anywhere: scripts come from our own origin only. Inline
 * styles are allowed because components set style attributes at run time
 * (positions, sizes, chart layout); a style cannot run code. Images and framed documents may also be
 * blob: URLs the page made itself from a file it fetched with its token (a
 * document preview). Nothing may frame our pages (clickjacking),
 * move the base URL, post forms elsewhere or load plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Apollo's sandbox page (GRAPHQL_SANDBOX, outside production) loads its
 * script, fonts and frame from Apollo's CDN and sets its own nonce-based
 * policy in a <meta> tag; a header policy would add to it and block the page.
 * That page alone keeps only the rules a <meta> policy cannot set.
 */
export const SANDBOX_CONTENT_SECURITY_POLICY = ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"].join('; ');

/** The media types Apollo weighs against text/html before it serves the landing page. */
const GRAPHQL_MEDIA_TYPES = ['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html'];

/** Security headers on every response: pages, API, files, health and errors alike (no helmet: four headers need no package). */
export function securityHeaders(config: AppConfig) {
  const sandboxPage = config.graphql.sandbox && config.env !== 'production';
  return (req: Request, res: Response, next: NextFunction): void => {
    const landing = sandboxPage && req.method === 'GET' && req.path === '/graphql' && req.accepts(GRAPHQL_MEDIA_TYPES) === 'text/html';
    res.setHeader('Content-Security-Policy', landing ? SANDBOX_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  };
}
