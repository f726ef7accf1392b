import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { OutboxMessage } from '../queue/outbox-message.entity';
import { RateLimitBucket } from '../rate-limit/rate-limit-bucket.entity';
import { QueryCounter } from './query-counter';

@Module({ providers: [QueryCounter], exports: [QueryCounter] })
class QueryCounterModule {}

@Module({
  imports: [
    QueryCounterModule,
    TypeOrmModule.forRootAsync({
      imports: [QueryCounterModule],
      inject: [APP_CONFIG, QueryCounter],
      useFactory: (config: AppConfig, queryCounter: QueryCounter) => {
        if (!config.database.url) throw new Error('DATABASE_URL is not set and no embedded PostgreSQL was started');
        return {
          type: 'postgres' as const,
          url: config.database.url,
          // Entities come from each domain module's TypeOrmModule.forFeature.
          autoLoadEntities: true,
          entities: [OutboxMessage, RateLimitBucket],
          synchronize: false,
          // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
          uuidExtension: 'pgcrypto' as const,
          migrationsRun: false,
          extra: { max: config.database.poolSize },
          logger: queryCounter,
          logging: ['query', 'error'] as const,
          maxQueryExecutionTime: 500,
        };
      },
    }),
  ],
  exports: [QueryCounterModule],
})
export class DatabaseModule {}
