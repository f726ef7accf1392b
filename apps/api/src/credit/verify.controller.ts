import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { ProfileShareService, ProfileSigner, PublishedKey, SignedProfile } from '@chainq/credit';
import { ClientAddress } from '../auth/client-address.decorator';
import { Public } from '../auth/public.decorator';

/** Where a share link's page (/verify/<token>, the web app) gets the signed snapshot it shows. */
@Controller()
export class VerifyController {
  constructor(
    private readonly shares: ProfileShareService,
    private readonly signer: ProfileSigner,
  ) {}

  /**
   * GET /verify/<token>.json: the signed snapshot, for anyone holding the
   * link; `viewer` is the name the visitor chose to give, if given up front.
   * The visit's id comes back in `X-Share-View`, to name it afterwards.
   * Anything but a live share answers 404 SHARE_NOT_VALID, the same for
   * every case.
   */
  @Public()
  @Get('verify/:file')
  async snapshot(@Param('file') file: string, @Query('viewer') viewer: unknown, @ClientAddress() address: string, @Res({ passthrough: true }) res: Response): Promise<SignedProfile> {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    const token = file.endsWith('.json') ? file.slice(0, -'.json'.length) : '';
    const { signed, viewId } = await this.shares.open(token, address, typeof viewer === 'string' ? viewer : null);
    res.setHeader('Content-Disposition', `inline; filename="chainq-profile-${signed.payload.share.id}.json"`);
    res.setHeader('X-Share-View', viewId);
    return signed;
  }

  /** POST /verify/<token>/views/<viewId> `{ name }`: the visitor tells the supplier who looked. */
  @Public()
  @Post('verify/:token/views/:viewId')
  @HttpCode(200)
  async nameView(@Param('token') token: string, @Param('viewId') viewId: string, @Body() body: unknown, @ClientAddress() address: string, @Res({ passthrough: true }) res: Response): Promise<{ viewId: string; name: string }> {
    res.setHeader('Cache-Control', 'no-store');
    const name = typeof body === 'object' && body !== null && 'name' in body && typeof body.name === 'string' ? body.name : '';
    const view = await this.shares.nameView(token, viewId, name, address);
    return { viewId: view.id, name: view.viewerName! };
  }

  /** The platform's Ed25519 public key, with its id, for checking snapshots offline. */
  @Public()
  @Get('.well-known/chainq-signing-key')
  signingKey(): PublishedKey {
    return this.signer.published;
  }
}
