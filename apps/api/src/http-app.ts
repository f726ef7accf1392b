import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig, processModule } from '@chainq/core';

/** Creates (not yet listening) an HTTP application with the API and any other feature modules. */
export async function createHttpApp(config: AppConfig, features: Type[]): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(processModule(config, features), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  return configureHttp(app);
}

/**
 * JSON bodies up to 1 MB: a recordInspectionLots call of 1,000 lots is about
 * 350 kB. Query cost and depth are bounded by graphql-armor, not by size.
 */
export function configureHttp(app: NestExpressApplication): NestExpressApplication {
  app.useBodyParser('json', { limit: '1mb' });
  return app;
}
