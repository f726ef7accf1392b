import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, badInput, InjectConfig, JobName, OutboxService, RateLimiter } from '@chainq/core';
import { AuthService } from '../auth.service';
import { clientNetwork } from '../client-network';
import { PasswordHasher } from '../password-hasher';
import { User } from '../user.entity';
import { PasswordResetToken } from './password-reset-token.entity';
import { hashResetToken, looksLikeResetToken, PASSWORD_RESET_TTL_MINUTES, passwordResetToken } from './password-reset-token';
import { Language } from '../language';
import { IdentityReason } from '../identity-reasons';

/** Requests per e-mail and per client network in an hour: enough for a lost mail or two, too few to flood an inbox. */
const PER_EMAIL = { limit: 5, windowSeconds: 3600, refusal: 'Too many password reset requests for this e-mail', reason: IdentityReason.TooManyResetRequests };
const PER_ADDRESS = { limit: 30, windowSeconds: 3600, refusal: 'Too many password reset requests from your address', reason: IdentityReason.TooManyResetRequests };

export interface PasswordResetMail {
  to: string;
  displayName: string;
  /** The account's language: the mail is written in it. */
  language: Language;
  token: string;
  expiresAt: Date;
}

@Injectable()
export class PasswordResetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly limiter: RateLimiter,
    private readonly hasher: PasswordHasher,
    private readonly auth: AuthService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Starts a reset. The caller learns nothing about the address: the answer
   * is the same, the same statements run (the insert simply finds no active
   * user), and the e-mail job is queued either way (the worker finds no
   * token for an unknown address and sends nothing), so neither the answer
   * nor its time tells whether the address has an account. A new request
   * ends the user's older unused links.
   */
  async request(email: string, clientAddress: string): Promise<true> {
    const normalized = email.trim().toLowerCase();
    await this.limiter.take(`password-reset-address:${clientNetwork(clientAddress)}`, PER_ADDRESS);
    await this.limiter.take(`password-reset:${normalized}`, PER_EMAIL);
    const id = randomUUID();
    const tokenHash = hashResetToken(passwordResetToken(this.config.auth.jwtSecret, id));
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `WITH u AS (SELECT id FROM users WHERE email = $1 AND is_active FOR UPDATE),
              older AS (UPDATE password_reset_tokens SET expires_at = now()
                         WHERE user_id IN (SELECT id FROM u) AND used_at IS NULL AND expires_at > now())
         INSERT INTO password_reset_tokens (id, user_id, token_hash, expires_at)
         SELECT $2, u.id, $3, now() + make_interval(mins => $4) FROM u`,
        [normalized, id, tokenHash, PASSWORD_RESET_TTL_MINUTES],
      );
      await this.outbox.record(m, JobName.SendPasswordReset, { resetTokenId: id });
    });
    return true;
  }

  /** Deletes links expired for a day or more: none can be used, and their mail is long sent. */
  async purgeExpired(): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(`DELETE FROM password_reset_tokens WHERE expires_at < now() - interval '1 day'`);
    return deleted;
  }

  /**
   * Sets a new password with a link's token: the token is used up, and every
   * session of the user ends, in one transaction. A refused token or password
   * leaves everything as it was (a weak password does not use up the link).
   */
  async reset(token: string, newPassword: string): Promise<true> {
    if (!looksLikeResetToken(token)) throw badInput('token', 'is not a password reset token', { reason: IdentityReason.ResetLinkInvalid });
    await this.dataSource.transaction(async (m) => {
      const reset = await m
        .createQueryBuilder(PasswordResetToken, 't')
        .innerJoin(User, 'u', 'u.id = t.userId AND u.isActive')
        .where('t.tokenHash = :hash', { hash: hashResetToken(token) })
        .setLock('pessimistic_write', undefined, ['t'])
        .getOne();
      if (!reset) throw badInput('token', 'is not a valid password reset token; ask for a new link', { reason: IdentityReason.ResetLinkInvalid });
      if (reset.usedAt) throw badInput('token', 'this reset link has already been used; ask for a new one', { reason: IdentityReason.ResetLinkUsed });
      if (reset.expiresAt <= new Date()) throw badInput('token', 'this reset link has expired or a newer one was sent; use the newest link or ask for a new one', { reason: IdentityReason.ResetLinkExpired });
      this.hasher.assertAcceptable(newPassword, 'newPassword');
      await m.update(User, reset.userId, { passwordHash: await this.hasher.hash(newPassword) });
      await m.update(PasswordResetToken, reset.id, { usedAt: new Date() });
      await this.auth.endSessions(reset.userId, m);
    });
    return true;
  }

  /** For the e-mail job: the link's recipient and token (recomputed), or null once the link is used, expired, replaced or never was. */
  async mailFor(resetTokenId: string): Promise<PasswordResetMail | null> {
    const [row]: { email: string; display_name: string; language: Language; expires_at: Date }[] = await this.dataSource.query(
      `SELECT u.email, u.display_name, u.language, t.expires_at FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.id = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.is_active`,
      [resetTokenId],
    );
    if (!row) return null;
    return { to: row.email, displayName: row.display_name, language: row.language, token: passwordResetToken(this.config.auth.jwtSecret, resetTokenId), expiresAt: row.expires_at };
  }
}
