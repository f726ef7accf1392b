import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode } from '../errors/domain-error';

export interface RateWindow {
  hits: number;
  retryAfterSeconds: number;
}

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
  /** Said to the refused caller, followed by "; try again in N s". */
  refusal: string;
  /** The reason the refusal carries (`TOO_MANY_SIGN_IN_ATTEMPTS`); RATE_LIMITED unless told. */
  reason?: string;
}

/**
 * Fixed-window counters kept in PostgreSQL, so every API replica sees the
 * same counts (one upsert per hit).
 */
@Injectable()
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit and returns the window's count including it, in one statement (no read-then-write race). */
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

  /**
   * Counts an attempt before the work it guards, and refuses it (RATE_LIMITED)
   * once the window holds more than `limit`: however many run in parallel, at
   * most `limit` get through per window.
   */
  async take(key: string, rule: RateLimit): Promise<void> {
    const window = await this.hit(key, rule.windowSeconds);
    if (window.hits > rule.limit) {
      throw new DomainError(ErrorCode.RateLimited, `${rule.refusal}; try again in ${window.retryAfterSeconds} s`, {
        reason: rule.reason,
        retryAfterSeconds: window.retryAfterSeconds,
      });
    }
  }

  /** Gives back one attempt of the current window (one that turned out not to count, e.g. a right password). */
  async refund(key: string): Promise<void> {
    await this.dataSource.query('UPDATE rate_limit_buckets SET hits = hits - 1 WHERE key = $1 AND hits > 0 AND expires_at > now()', [key]);
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit_buckets WHERE key = $1', [key]);
  }

  async purgeExpired(): Promise<number> {
    const [, count] = await this.dataSource.query('DELETE FROM rate_limit_buckets WHERE expires_at <= now()');
    return count ?? 0;
  }
}
