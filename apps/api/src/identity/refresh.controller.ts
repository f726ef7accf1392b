import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { badInput, unauthenticated } from '@chainq/core';
import { IdentityReason, RefreshTokenService } from '@chainq/identity';
import { Public } from '../auth/public.decorator';
import { clearRefreshCookie, refreshCookieOf, setRefreshCookie } from './session-cookies';

export const REFRESH_HEADER = 'x-chainq-refresh';

/**
 * Exchanges the refresh cookie for a new one and a new access token. The
 * custom header is the CSRF defence beside SameSite=Strict: a cross-site
 * form cannot send it, and a cross-site script cannot without a CORS
 * preflight, which this API never grants.
 */
@Controller('auth')
export class RefreshController {
  constructor(private readonly refreshTokens: RefreshTokenService) {}

  @Public()
  @Post('refresh')
  @HttpCode(200)
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<{ accessToken: string; expiresAt: string }> {
    res.setHeader('Cache-Control', 'no-store');
    if (req.headers[REFRESH_HEADER] !== '1') throw badInput('X-ChainQ-Refresh', 'must be "1": only the ChainQ app sends it, a cross-site request cannot', { reason: IdentityReason.RefreshHeaderRequired });
    const token = refreshCookieOf(req);
    if (!token) throw unauthenticated('No session to refresh; sign in', { reason: IdentityReason.SessionEnded });
    try {
      const { access, refresh } = await this.refreshTokens.rotate(token);
      setRefreshCookie(req, refresh);
      return { accessToken: access.accessToken, expiresAt: access.expiresAt.toISOString() };
    } catch (error) {
      clearRefreshCookie(req);
      throw error;
    }
  }
}
