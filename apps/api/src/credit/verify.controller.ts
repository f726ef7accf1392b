import { Controller, Get, Param, Query, Res } from '@nestjs/common';
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
   * link; `viewer` is the name the visitor chose to give. Anything but a live
   * share answers 404 SHARE_NOT_VALID, the same for every case.
   */
  @Public()
  @Get('verify/:file')
  async snapshot(@Param('file') file: string, @Query('viewer') viewer: unknown, @ClientAddress() address: string, @Res({ passthrough: true }) res: Response): Promise<SignedProfile> {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Robots-Tag', 'noindex, nofollow');
    const token = file.endsWith('.json') ? file.slice(0, -'.json'.length) : '';
    const signed = await this.shares.open(token, address, typeof viewer === 'string' ? viewer : null);
    res.setHeader('Content-Disposition', `inline; filename="chainq-profile-${signed.payload.share.id}.json"`);
    return signed;
  }

  /** The platform's Ed25519 public key, with its id, for checking snapshots offline. */
  @Public()
  @Get('.well-known/chainq-signing-key')
  signingKey(): PublishedKey {
    return this.signer.published;
  }
}
