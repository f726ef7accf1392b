import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppConfig, processModule } from '@chainq/core';

/** Creates (not yet listening) an HTTP application with the API and any other feature modules. */
export async function createHttpApp(config: AppConfig, features: Type[]): Promise<INestApplication> {
  const app = await NestFactory.create(processModule(config, features), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  return app;
}
