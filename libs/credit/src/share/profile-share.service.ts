import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AppConfig, badInput, conflict, CoreReason, DomainError, ErrorCode, forbidden, groupTo, InjectConfig, notFound, RateLimiter, tokenDigest } from '@chainq/core';
import { Actor, clientNetwork, hasRole, Role } from '@chainq/identity';
import { CreditReason } from '../credit-reasons';
import { PROFILE_SECTIONS, ProfileSection, profileSections, QualityProfile } from '../profile/quality-profile';
import { QualityProfileService } from '../profile/quality-profile.service';
import { canonicalJson } from '../signing/canonical-json';
import { ProfileSigner } from '../signing/profile-signer';
import { ProfileShare, ProfileShareView } from './profile-share.entity';
import { PROFILE_FORMAT, SharedProfilePayload, SignedProfile } from './signed-profile';

export interface NewProfileShare {
  recipient: string;
  purpose: string;
  sections: ProfileSection[];
  expiresInDays: number;
}

export const MAX_SHARE_DAYS = 90;
const TEXT_MAX = 200;
/** base64url of 32 random bytes (256 bits). */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** Opening links: per client network, and per link (a leaked link cannot be scraped without end). */
const PER_ADDRESS = { limit: 60, windowSeconds: 60, refusal: 'Too many share links opened from your address' };
const PER_TOKEN = { limit: 30, windowSeconds: 60, refusal: 'This share link was opened too often' };

/** How long after opening a link its visitor may give or correct the name the supplier sees. */
export const VIEW_NAMING_MINUTES = 60;

/** What opening a link gives: the snapshot, and the visit the visitor may then name. */
export interface OpenedShare {
  signed: SignedProfile;
  viewId: string;
}

/** Given once, at creation: the link's token is not stored and cannot be shown again. */
export interface CreatedShare {
  share: ProfileShare;
  link: string;
}

@Injectable()
export class ProfileShareService {
  constructor(
    @InjectRepository(ProfileShare) private readonly shares: Repository<ProfileShare>,
    private readonly dataSource: DataSource,
    private readonly profiles: QualityProfileService,
    private readonly signer: ProfileSigner,
    private readonly limiter: RateLimiter,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * The enterprise admin shares its profile with one recipient: a signed
   * snapshot now, and a link to hand over. `token` is 256 random bits unless
   * the demo seed gives its own.
   */
  async create(actor: Actor, input: NewProfileShare, now = new Date(), token = randomBytes(32).toString('base64url')): Promise<CreatedShare> {
    const enterpriseId = this.adminEnterprise(actor);
    const recipient = requiredText('recipient', input.recipient);
    const purpose = requiredText('purpose', input.purpose);
    const sections = PROFILE_SECTIONS.filter((s) => input.sections.includes(s));
    if (!sections.length) throw badInput('sections', 'choose at least one section to share', { reason: CreditReason.ShareSectionsRequired });
    if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > MAX_SHARE_DAYS) {
      throw badInput('expiresInDays', `must be a whole number of days from 1 to ${MAX_SHARE_DAYS}`, { reason: CreditReason.ShareExpiryOutOfRange });
    }
    const share = this.shares.create({
      enterpriseId,
      recipient,
      purpose,
      sections,
      tokenDigest: tokenDigest(token),
      createdBy: actor.userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
      revokedAt: null,
    });
    share.id = randomUUID();
    const profile = profileSections(await this.profiles.compute(enterpriseId, now), sections);
    Object.assign(share, this.snapshotOf(share, profile, null));
    await this.shares.insert(share);
    return { share, link: this.linkOf(token) };
  }

  /** The enterprise's shares, newest first (its admin only). */
  list(actor: Actor): Promise<ProfileShare[]> {
    const enterpriseId = this.adminEnterprise(actor);
    return this.shares.find({ where: { enterpriseId }, order: { createdAt: 'DESC' } });
  }

  /** Ends a share at once: its link answers as an unknown one from now on. */
  async revoke(actor: Actor, shareId: string, now = new Date()): Promise<ProfileShare> {
    const enterpriseId = this.adminEnterprise(actor);
    const share = await this.shares.findOneBy({ id: shareId, enterpriseId });
    if (!share) throw notFound('Profile share');
    if (share.revokedAt) throw conflict('The share is already revoked', { reason: CreditReason.ShareAlreadyRevoked });
    await this.shares.update({ id: share.id }, { revokedAt: now });
    return { ...share, revokedAt: now };
  }

  /** Each share's views, newest first (for the admin's list). */
  async viewsOf(shareIds: readonly string[]): Promise<ProfileShareView[][]> {
    const rows = await this.dataSource.getRepository(ProfileShareView).find({ where: { shareId: In([...shareIds]) }, order: { viewedAt: 'DESC' } });
    return groupTo(shareIds, rows, (v) => v.shareId);
  }

  /**
   * A recipient opens the link (no sign-in): the signed snapshot, re-taken
   * and re-signed first if the data changed since, and the visit recorded.
   * Unknown, malformed, expired and revoked tokens all get the same NOT_FOUND.
   */
  async open(token: string, clientAddress: string, viewerName?: string | null, now = new Date()): Promise<OpenedShare> {
    const share = await this.liveShare(token, clientAddress, now);
    const profile = profileSections(await this.profiles.compute(share.enterpriseId, now), share.sections);
    const changed = contentDigestOf(profile) !== share.contentDigest;
    const name = viewerName?.trim().slice(0, TEXT_MAX) || null;
    return this.dataSource.transaction(async (m: EntityManager) => {
      let signed = share.snapshot;
      if (changed) {
        const next = this.snapshotOf(share, profile, share.snapshot.payload.snapshot.takenAt);
        await m.update(ProfileShare, { id: share.id }, next);
        signed = next.snapshot;
      }
      const view = await m.save(m.create(ProfileShareView, { shareId: share.id, viewedAt: now, viewerName: name, refreshed: changed }));
      return { signed, viewId: view.id };
    });
  }

  /**
   * The visitor says who they are, for the supplier's view log: the visit
   * must be this link's, opened within the last hour (a later visitor with
   * the same link cannot rename earlier ones). Naming again corrects it.
   */
  async nameView(token: string, viewId: string, name: string, clientAddress: string, now = new Date()): Promise<ProfileShareView> {
    const share = await this.liveShare(token, clientAddress, now);
    const viewerName = requiredText('name', name);
    const views = this.dataSource.getRepository(ProfileShareView);
    const view = isUUID(viewId) ? await views.findOneBy({ id: viewId, shareId: share.id }) : null;
    if (!view) throw shareNotValid();
    if (now.getTime() - view.viewedAt.getTime() > VIEW_NAMING_MINUTES * 60_000) {
      throw conflict(`A visit can be named within ${VIEW_NAMING_MINUTES} minutes of opening the link; open it again to name the new visit`, { reason: CreditReason.ShareViewNamingClosed });
    }
    await views.update({ id: view.id }, { viewerName });
    return { ...view, viewerName };
  }

  /** The share behind a token, if it is live; rate-limited per client network and per link. */
  private async liveShare(token: string, clientAddress: string, now: Date): Promise<ProfileShare> {
    await this.limiter.take(`share-open-address:${clientNetwork(clientAddress)}`, PER_ADDRESS);
    if (!TOKEN_PATTERN.test(token)) throw shareNotValid();
    const digest = tokenDigest(token);
    await this.limiter.take(`share-open-token:${digest}`, PER_TOKEN);
    const share = await this.shares.findOneBy({ tokenDigest: digest });
    if (!share || !sameDigest(share.tokenDigest, digest) || share.revokedAt || share.expiresAt <= now) throw shareNotValid();
    return share;
  }

  private snapshotOf(share: ProfileShare, profile: QualityProfile, replaces: string | null): Pick<ProfileShare, 'snapshot' | 'contentDigest'> {
    const base = this.config.http.publicUrl;
    const snapshot = this.signer.sign<SharedProfilePayload>({
      format: PROFILE_FORMAT,
      share: { id: share.id, recipient: share.recipient, purpose: share.purpose, sections: share.sections, createdAt: share.createdAt.toISOString(), expiresAt: share.expiresAt.toISOString() },
      snapshot: { takenAt: profile.computedAt, replacesSnapshotOf: replaces },
      issuer: { name: 'ChainQ', verifyUrl: `${base}/verify/`, keyUrl: `${base}/.well-known/chainq-signing-key` },
      profile,
    });
    return { snapshot, contentDigest: contentDigestOf(profile) };
  }

  private linkOf(token: string): string {
    return `${this.config.http.publicUrl}/verify/${token}`;
  }

  private adminEnterprise(actor: Actor): string {
    if (!hasRole(actor, Role.ENTERPRISE_ADMIN)) throw forbidden("Only the enterprise's admin shares its quality profile", { reason: CreditReason.ShareAdminOnly });
    return actor.organisationId;
  }
}

function requiredText(field: string, value: string): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, 'must not be empty', { reason: CoreReason.Required });
  if (text.length > TEXT_MAX) throw badInput(field, `must be at most ${TEXT_MAX} characters`, { reason: CoreReason.TooLong });
  return text;
}

/** A change in the data, not in the time it was computed, makes a new snapshot. */
function contentDigestOf(profile: QualityProfile): string {
  return createHash('sha256').update(canonicalJson({ ...profile, computedAt: undefined })).digest('hex');
}

function sameDigest(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));
}

function shareNotValid(): DomainError {
  return new DomainError(ErrorCode.NotFound, 'This share link is not valid: it may be mistyped, revoked or expired', { reason: CreditReason.ShareNotValid });
}
