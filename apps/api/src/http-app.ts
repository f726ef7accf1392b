import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, APP_CONFIG, AppLogger, processModule, RequestLogger } from '@chainq/core';
import { securityHeaders } from './http/security-headers.middleware';
import { serveWebApp } from './http/web-app';

/** Creates (not yet listening) an HTTP application with the API and any other feature modules. */
export async function createHttpApp(config: AppConfig, features: Type[]): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(processModule(config, features), { bufferLogs: true });
  app.useLogger(app.get(AppLogger));
  return configureHttp(app);
}

/**
 * JSON bodies up to 1 MB: a recordInspectionLots call of 1,000 lots is about
 * 350 kB. Query cost and depth are bounded by graphql-armor, not by size.
 * `req.ip` (the per-address sign-in limit) honours X-Forwarded-For only from
 * the proxies TRUST_PROXY names. Security headers go on every response,
 * before any route runs. The web app, when built, is served at `/`; every
 * other request is logged (its files are not).
 */
export function configureHttp(app: NestExpressApplication): NestExpressApplication {
  const config = app.get<AppConfig>(APP_CONFIG);
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  app.useBodyParser('json', { limit: '1mb' });
  serveWebApp(app, config.http.webDir);
  app.use(app.get(RequestLogger).middleware);
  return app;
}
