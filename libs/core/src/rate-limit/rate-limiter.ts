import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RateWindow {
  hits: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters kept in PostgreSQL, so every API replica sees the
 * same counts (one upsert per hit).
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  async hit(key: string, windowSeconds: number): Promise<RateWindow> {
    const [row] = await this.dataSource.query(
      `INSERT INTO rate_limit_buckets AS b (key, hits, expires_at)
       VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN b.expires_at <= now() THEN 1 ELSE b.hits + 1 END,
         expires_at = CASE WHEN b.expires_at <= now() THEN EXCLUDED.expires_at ELSE b.expires_at END
       RETURNING hits, ceil(extract(epoch FROM expires_at - now()))::int AS retry`,
      [key, windowSeconds],
    );
    return { hits: row.hits, retryAfterSeconds: Math.max(0, row.retry) };
  }

  async peek(key: string): Promise<RateWindow> {
    const [row] = await this.dataSource.query(
      `SELECT hits, ceil(extract(epoch FROM expires_at - now()))::int AS retry
         FROM rate_limit_buckets WHERE key = $1 AND expires_at > now()`,
      [key],
    );
    return row ? { hits: row.hits, retryAfterSeconds: Math.max(0, row.retry) } : { hits: 0, retryAfterSeconds: 0 };
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit_buckets WHERE key = $1', [key]);
  }

  async purgeExpired(): Promise<number> {
    const [, count] = await this.dataSource.query('DELETE FROM rate_limit_buckets WHERE expires_at <= now()');
    return count ?? 0;
  }
}
