import { rmSync, writeFileSync } from 'node:fs';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { JobQueues } from './job-queues';
import { WorkerRunner } from './worker-runner';

export const HEARTBEAT_INTERVAL_MS = 10_000;

/**
 * The worker has no HTTP port: its health is a file it rewrites every 10 s
 * while its queue workers run and the queue store answers. A health check
 * (docker-compose) calls it unhealthy when the file is older than a minute.
 */
@Injectable()
export class WorkerHeartbeat implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('WorkerHeartbeat');
  private timer?: NodeJS.Timeout;
  private failing = false;

  constructor(
    private readonly runner: WorkerRunner,
    private readonly queues: JobQueues,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const file = this.config.jobs.heartbeatFile;
    if (!file) return;
    const beat = () => void this.beat(file);
    beat();
    this.timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
  }

  private async beat(file: string): Promise<void> {
    try {
      if (!this.runner.running()) throw new Error('queue workers not running');
      await this.queues.ping();
      writeFileSync(file, `${new Date().toISOString()}\n`);
      if (this.failing) this.logger.log('healthy again');
      this.failing = false;
    } catch (error) {
      // Leave the file to go stale; say so once.
      if (!this.failing) this.logger.warn({ err: (error as Error).message }, 'heartbeat skipped');
      this.failing = true;
    }
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
    if (this.config.jobs.heartbeatFile) rmSync(this.config.jobs.heartbeatFile, { force: true });
  }
}
