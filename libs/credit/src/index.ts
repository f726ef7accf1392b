export * from './credit.module';
export * from './credit-reasons';
export * from './profile/quality-profile';
export * from './profile/quality-profile.service';
export * from './share/profile-share.service';
export type { ProfileShare, ProfileShareView } from './share/profile-share.entity';
export * from './share/signed-profile';
export * from './signing/canonical-json';
export * from './signing/profile-signer';
