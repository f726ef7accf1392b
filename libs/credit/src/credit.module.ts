import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@chainq/identity';
import { InsightsModule } from '@chainq/insights';
import { QualityModule } from '@chainq/quality';
import { RegistryModule } from '@chainq/registry';
import { QualityProfileService } from './profile/quality-profile.service';
import { ProfileShare, ProfileShareView } from './share/profile-share.entity';
import { ProfileShareService } from './share/profile-share.service';
import { ProfileSigner } from './signing/profile-signer';

const SERVICES = [ProfileShareService, ProfileSigner, QualityProfileService];

/** The quality credit profile: what ChainQ vouches for about a supplier, shared by consent and signed. */
@Module({
  imports: [IdentityModule, InsightsModule, QualityModule, RegistryModule, TypeOrmModule.forFeature([ProfileShare, ProfileShareView])],
  providers: SERVICES,
  exports: SERVICES,
})
export class CreditModule {}
