import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AppConfig, BoundedMap, InjectConfig, isUuid, RateLimiter, unauthenticated } from '@chainq/core';
import { Actor } from './actor';
import { clientNetwork } from './client-network';
import { Organisation } from './organisation.entity';
import { PasswordHasher } from './password-hasher';
import { Role } from './role';
import { User } from './user.entity';
import { IdentityReason } from './identity-reasons';

export interface AccessGrant {
  accessToken: string;
  expiresAt: Date;
  user: User;
}

interface TokenClaims {
  sub: string;
  /** The user's session version when the token was issued; tokens from before versions existed carry none (0). */
  sv?: number;
  /** Expiry, seconds since the epoch (RFC 7519 4.1.4). */
  exp: number;
}

/** Tokens whose signature and claims were checked, at most this many, the oldest forgotten first. */
const VERIFIED_TOKENS = 10_000;

const ISSUER = 'chainq';
const AUDIENCE = 'chainq-api';

@Injectable()
export class AuthService {
  /** Verified when the e-mail is unknown, so both failures take the same time. */
  private decoyHash?: Promise<string>;
  /**
   * A client sends the same access token with every request for its lifetime:
   * its signature is checked once, its expiry every time. Who the user is and
   * whether the session still stands are read on every request (activeUser).
   */
  private readonly verified = new BoundedMap<string, TokenClaims>(VERIFIED_TOKENS);

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string, clientAddress: string): Promise<AccessGrant> {
    const user = await this.verifyCredentials(email, password, clientAddress);
    user.lastLoginAt = new Date();
    await this.users.update(user.id, { lastLoginAt: user.lastLoginAt });
    return this.issue(user);
  }

  /** A token for a user who has just proved who they are (signed in, or accepted an invitation). */
  async issue(user: User): Promise<AccessGrant> {
    const expiresIn = this.config.auth.jwtExpiresInSeconds;
    const accessToken = await this.jwt.signAsync({ sub: user.id, sv: user.sessionVersion } satisfies Omit<TokenClaims, 'exp'>, {
      expiresIn,
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithm: 'HS256',
    });
    return { accessToken, expiresAt: new Date(Date.now() + expiresIn * 1000), user };
  }

  /**
   * Checks a password. Each attempt is counted before the password is
   * verified (one atomic upsert per counter, shared by all replicas), per
   * client network and per e-mail, and a right password gives its count back:
   * however parallel the guesses, at most LOGIN_MAX_ATTEMPTS wrong passwords
   * are verified per e-mail, and LOGIN_MAX_ATTEMPTS_PER_ADDRESS per client,
   * in a window.
   */
  async verifyCredentials(email: string, password: string, clientAddress: string): Promise<User> {
    const normalized = email.trim().toLowerCase();
    const { loginMaxAttempts, loginMaxAttemptsPerAddress, loginWindowSeconds: windowSeconds } = this.config.auth;
    const keys = [`login-address:${clientNetwork(clientAddress)}`, `login:${normalized}`];
    await this.limiter.take(keys[0], { limit: loginMaxAttemptsPerAddress, windowSeconds, refusal: 'Too many failed sign-ins from your address', reason: IdentityReason.TooManySignInAttempts });
    await this.limiter.take(keys[1], { limit: loginMaxAttempts, windowSeconds, refusal: 'Too many failed sign-ins', reason: IdentityReason.TooManySignInAttempts });
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalized })
      .getOne();
    const ok = user?.isActive
      ? await this.hasher.verify(user.passwordHash, password)
      : await this.hasher.verify(await this.decoy(), password).then(() => false);
    if (!user || !ok) throw unauthenticated('Wrong e-mail or password', { reason: IdentityReason.InvalidCredentials });
    await Promise.all(keys.map((key) => this.limiter.refund(key)));
    return user;
  }

  /**
   * Ends every session of a user: access tokens issued before are refused
   * from the next request on, and every refresh token is revoked. Used when
   * the password changes and on sign-out; meant for a reset and for
   * deactivation too. Returns the new version, for a fresh token.
   */
  async endSessions(userId: string, manager: EntityManager = this.users.manager): Promise<number> {
    const [rows] = await manager.query('UPDATE users SET session_version = session_version + 1 WHERE id = $1 RETURNING session_version', [
      userId,
    ]);
    if (!rows?.length) throw unauthenticated(undefined, { reason: IdentityReason.SessionEnded });
    await manager.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
    return rows[0].session_version;
  }

  /** Verifies the token and reloads the user, so a deactivated user or an ended session loses access at once. */
  async authenticate(token: string): Promise<Actor> {
    const claims = await this.verify(token);
    const version = claims.sv ?? 0;
    if (typeof claims.sub !== 'string' || !Number.isInteger(version)) throw unauthenticated('Access token is not valid', { reason: IdentityReason.SessionEnded });
    const user = await this.activeUser(claims.sub);
    if (user.sessionVersion !== version) throw unauthenticated('Your session has ended; sign in again', { reason: IdentityReason.SessionEnded });
    return user.actor;
  }

  private async verify(token: string): Promise<TokenClaims> {
    const known = this.verified.get(token);
    // jsonwebtoken's rule: expired from the second `exp` names.
    if (known && Math.floor(Date.now() / 1000) < known.exp) return known;
    this.verified.delete(token);
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw unauthenticated(expired ? 'Access token expired; sign in again' : 'Access token is not valid', { reason: expired ? IdentityReason.AccessTokenExpired : IdentityReason.SessionEnded });
    }
    if (typeof claims.exp !== 'number') return claims;
    this.verified.set(token, claims);
    return claims;
  }

  async actorOf(userId: string): Promise<Actor> {
    return (await this.activeUser(userId)).actor;
  }

  /**
   * The user and its organisation, read on every request (one statement), so
   * a deactivated user or an ended session loses access from the next request
   * on, on every replica.
   */
  private async activeUser(userId: string): Promise<{ actor: Actor; sessionVersion: number }> {
    // A malformed id names no user; asking PostgreSQL would fail on the uuid cast.
    const [row]: { organisation_id: string; kind: Organisation['kind']; roles: Role[]; session_version: number }[] = isUuid(userId)
      ? await this.users.manager.query(
          `SELECT u.organisation_id, o.kind, u.roles::text[] AS roles, u.session_version
             FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1 AND u.is_active`,
          [userId],
        )
      : [];
    if (!row) throw unauthenticated('Access token is not valid', { reason: IdentityReason.SessionEnded });
    return { actor: { userId, organisationId: row.organisation_id, organisationKind: row.kind, roles: row.roles }, sessionVersion: row.session_version };
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.hasher.hash('decoy-password-never-matches');
    return this.decoyHash;
  }
}
