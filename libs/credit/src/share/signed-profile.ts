import type { SignedDocument } from '../signing/profile-signer';
import type { ProfileSection, QualityProfile } from '../profile/quality-profile';

export const PROFILE_FORMAT = 'chainq.quality-profile/1';

/** What a share's recipient receives, signed by the platform. */
export interface SharedProfilePayload {
  format: typeof PROFILE_FORMAT;
  share: { id: string; recipient: string; purpose: string; sections: ProfileSection[]; createdAt: string; expiresAt: string };
  /** When this snapshot was taken, and when the one it replaced was (null for the first). */
  snapshot: { takenAt: string; replacesSnapshotOf: string | null };
  issuer: { name: 'ChainQ'; verifyUrl: string; keyUrl: string };
  profile: QualityProfile;
}

export type SignedProfile = SignedDocument<SharedProfilePayload>;
