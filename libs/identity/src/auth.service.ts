import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig, DomainError, ErrorCode, InjectConfig, RateLimiter, unauthenticated } from '@chainq/core';
import { Actor } from './actor';
import { PasswordHasher } from './password-hasher';
import { User } from './user.entity';

export interface AccessGrant {
  accessToken: string;
  expiresAt: Date;
  user: User;
}

interface TokenClaims {
  sub: string;
}

const ISSUER = 'chainq';
const AUDIENCE = 'chainq-api';

@Injectable()
export class AuthService {
  /** Verified when the e-mail is unknown, so both failures take the same time. */
  private decoyHash?: Promise<string>;

  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<AccessGrant> {
    const user = await this.verifyCredentials(email, password);
    user.lastLoginAt = new Date();
    await this.users.update(user.id, { lastLoginAt: user.lastLoginAt });
    return this.issue(user);
  }

  /** A token for a user who has just proved who they are (signed in, or accepted an invitation). */
  async issue(user: User): Promise<AccessGrant> {
    const expiresIn = this.config.auth.jwtExpiresInSeconds;
    const accessToken = await this.jwt.signAsync({ sub: user.id } satisfies TokenClaims, {
      expiresIn,
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithm: 'HS256',
    });
    return { accessToken, expiresAt: new Date(Date.now() + expiresIn * 1000), user };
  }

  /**
   * Checks a password, counting failures per e-mail in a window shared by
   * all replicas; too many failures refuse further attempts until it ends.
   */
  async verifyCredentials(email: string, password: string): Promise<User> {
    const normalized = email.trim().toLowerCase();
    const key = `login:${normalized}`;
    const { loginMaxAttempts, loginWindowSeconds } = this.config.auth;
    const window = await this.limiter.peek(key);
    if (window.hits >= loginMaxAttempts) {
      throw new DomainError(ErrorCode.RateLimited, `Too many failed sign-ins; try again in ${window.retryAfterSeconds} s`, {
        retryAfterSeconds: window.retryAfterSeconds,
      });
    }
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalized })
      .getOne();
    const ok = user?.isActive
      ? await this.hasher.verify(user.passwordHash, password)
      : await this.hasher.verify(await this.decoy(), password).then(() => false);
    if (!user || !ok) {
      await this.limiter.hit(key, loginWindowSeconds);
      throw unauthenticated('Wrong e-mail or password');
    }
    await this.limiter.reset(key);
    return user;
  }

  /** Verifies the token and reloads the user, so a deactivated user loses access at once. */
  async authenticate(token: string): Promise<Actor> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw unauthenticated(expired ? 'Access token expired; sign in again' : 'Access token is not valid');
    }
    return this.actorOf(claims.sub);
  }

  async actorOf(userId: string): Promise<Actor> {
    const user = await this.users.findOne({ where: { id: userId }, relations: { organisation: true } });
    if (!user?.isActive || !user.organisation) throw unauthenticated('Access token is not valid');
    return {
      userId: user.id,
      organisationId: user.organisationId,
      organisationKind: user.organisation.kind,
      roles: user.roles,
    };
  }

  private decoy(): Promise<string> {
    this.decoyHash ??= this.hasher.hash('decoy-password-never-matches');
    return this.decoyHash;
  }
}
