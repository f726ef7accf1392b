import { Injectable } from '@nestjs/common';
import { Request } from 'express';
import { IssuedRefreshToken, RefreshTokenService } from '@chainq/identity';

export const REFRESH_COOKIE = 'chainq_refresh';
/** The cookie reaches POST /auth/refresh only, never /graphql. */
export const REFRESH_COOKIE_PATH = '/auth';

/**
 * The refresh token travels only in an httpOnly, SameSite=Strict cookie
 * (script cannot read it, other sites cannot send it), Secure when the
 * request came over HTTPS (`req.secure`, which trusts X-Forwarded-Proto only
 * from the proxies TRUST_PROXY names).
 */
@Injectable()
export class SessionCookies {
  constructor(private readonly refreshTokens: RefreshTokenService) {}

  /** Starts a refresh-token family for a user who has just signed in, and sets its cookie on the response. */
  async open(req: Request, userId: string): Promise<void> {
    setRefreshCookie(req, await this.refreshTokens.start(userId));
  }
}

export function setRefreshCookie(req: Request, refresh: IssuedRefreshToken): void {
  req.res?.cookie(REFRESH_COOKIE, refresh.token, {
    httpOnly: true,
    sameSite: 'strict',
    path: REFRESH_COOKIE_PATH,
    secure: req.secure,
    maxAge: Math.max(0, refresh.expiresAt.getTime() - Date.now()),
  });
}

export function clearRefreshCookie(req: Request): void {
  req.res?.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', path: REFRESH_COOKIE_PATH, secure: req.secure });
}

/** The refresh cookie's value; Express parses no cookies, and one name is all we need. */
export function refreshCookieOf(req: Request): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === REFRESH_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}
