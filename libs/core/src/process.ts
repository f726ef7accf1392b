import { DynamicModule, Logger, Module, Type } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { CoreModule } from './core.module';

/** The root module of one process: core services plus the given feature modules. */
export function processModule(config: AppConfig, features: Type[]): DynamicModule {
  @Module({})
  class ChainqProcess {}
  return { module: ChainqProcess, imports: [CoreModule.forRoot(config), ...features] };
}

/**
 * Ordered shutdown on SIGINT/SIGTERM: each step runs after the one before
 * (close Nest, then stop the embedded database). A second signal forces exit.
 */
export function onShutdown(steps: (() => Promise<unknown>)[]): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    const logger = new Logger('Shutdown');
    logger.log(`${signal} received, shutting down`);
    let code = 0;
    for (const step of steps) {
      try {
        await step();
      } catch (error) {
        code = 1;
        logger.error(`shutdown step failed: ${(error as Error).message}`);
      }
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
