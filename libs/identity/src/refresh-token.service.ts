import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, InjectConfig, unauthenticated } from '@chainq/core';
import { AccessGrant, AuthService } from './auth.service';
import { User } from './user.entity';
import { IdentityReason } from './identity-reasons';

export interface IssuedRefreshToken {
  /** 32 random bytes, base64url: what the cookie carries. */
  token: string;
  expiresAt: Date;
}

export interface RefreshedSession {
  access: AccessGrant;
  refresh: IssuedRefreshToken;
}

const hashOf = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();
const WELL_FORMED = /^[A-Za-z0-9_-]{43}$/;

/**
 * Refresh tokens rotate on every use (OAuth 2.0 Security BCP, RFC 9700
 * §4.14.2): each is exchanged once for a new one in the same family, and a
 * token presented after it was exchanged means someone else holds a copy,
 * so the whole family is revoked and its holder signs in again.
 */
@Injectable()
export class RefreshTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  get lifetimeSeconds(): number {
    return this.config.auth.refreshTokenDays * 24 * 3600;
  }

  /** A new family, for a user who has just proved who they are. */
  start(userId: string, manager: EntityManager = this.dataSource.manager): Promise<IssuedRefreshToken> {
    return this.insert(manager, userId, randomUUID());
  }

  /**
   * Exchanges a token for a new one and a fresh access token. Marking the
   * token used is one conditional UPDATE in the transaction that inserts its
   * successor: of two parallel exchanges of one token, one wins and the other
   * (waiting on the row lock until the winner commits) finds it used, which is
   * reuse: the family, the winner's new token included, is revoked.
   */
  async rotate(token: string): Promise<RefreshedSession> {
    if (!WELL_FORMED.test(token)) throw unauthenticated('Refresh token is not valid; sign in again', { reason: IdentityReason.SessionEnded });
    const hash = hashOf(token);
    const rotated = await this.dataSource.transaction(async (m) => {
      const [rows]: [{ user_id: string; family_id: string }[]] = await m.query(
        `UPDATE refresh_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING user_id, family_id`,
        [hash],
      );
      if (!rows.length) return null;
      const user = await m.findOneBy(User, { id: rows[0].user_id });
      // A deactivated user's session ends with the token just spent.
      if (!user?.isActive) return null;
      return { user, refresh: await this.insert(m, user.id, rows[0].family_id) };
    });
    if (!rotated) {
      await this.revokeIfReused(hash);
      throw unauthenticated('Refresh token is not valid; sign in again', { reason: IdentityReason.SessionEnded });
    }
    return { access: await this.auth.issue(rotated.user), refresh: rotated.refresh };
  }

  /**
   * Deletes the tokens of families that have ended: none of their tokens can
   * still be exchanged (every one used, revoked or expired). A family with a
   * live token keeps its used ones, which is how a replayed token is caught.
   */
  async purgeEnded(): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM refresh_tokens t
        WHERE NOT EXISTS (SELECT 1 FROM refresh_tokens live
                           WHERE live.family_id = t.family_id AND live.used_at IS NULL AND live.revoked_at IS NULL AND live.expires_at > now())`,
    );
    return deleted;
  }

  private async revokeIfReused(hash: Buffer): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1 AND used_at IS NOT NULL) AND revoked_at IS NULL`,
      [hash],
    );
  }

  private async insert(m: EntityManager, userId: string, familyId: string): Promise<IssuedRefreshToken> {
    const token = randomBytes(32).toString('base64url');
    const [row]: { expires_at: Date }[] = await m.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4)) RETURNING expires_at`,
      [userId, familyId, hashOf(token), this.lifetimeSeconds],
    );
    return { token, expiresAt: row.expires_at };
  }
}
