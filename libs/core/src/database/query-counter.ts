import { Injectable, Logger } from '@nestjs/common';
import { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's logger for the process: counts statements (tests assert that a
 * page costs a fixed number of queries) and reports slow or failed ones.
 */
@Injectable()
export class QueryCounter implements TypeOrmLogger {
  private readonly logger = new Logger('Database');
  count = 0;

  logQuery(): void {
    this.count++;
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({ err: String(error), query: query.slice(0, 500) }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, query: query.slice(0, 500) }, 'slow query');
  }

  logSchemaBuild(): void {}

  logMigration(): void {}

  log(): void {}
}
