import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './config/app-config';
import { APP_CONFIG, ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { LoggingModule } from './logging/logging.module';
import { JobQueues } from './queue/job-queues';
import { OutboxService } from './queue/outbox.service';
import { QueueBackend } from './queue/queue-backend';
import { RateLimiter } from './rate-limit/rate-limiter';
import { FileStorage } from './storage/file-storage';
import { LocalDiskStorage } from './storage/local-disk.storage';
import { S3Storage } from './storage/s3.storage';

/** Configuration, logging, database, queues and the outbox, for every process. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), LoggingModule, DatabaseModule],
      providers: [
        { provide: QueueBackend, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new QueueBackend(c) },
        JobQueues,
        OutboxService,
        RateLimiter,
        {
          provide: FileStorage,
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => (c.files.s3 ? new S3Storage(c.files.s3) : new LocalDiskStorage(c.files.dir)),
        },
      ],
      exports: [DatabaseModule, QueueBackend, JobQueues, OutboxService, RateLimiter, FileStorage],
    };
  }
}
