import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, badInput, chinaDay, forbidden, InjectConfig, notFound } from '@chainq/core';
import { normalizeCodeInput } from '@chainq/codes';
import { Actor, AuthService, hasRole, Organisation, Role, User, UserService } from '@chainq/identity';
import { MailService, mailInEvery } from '@chainq/notifications';
import { EnterpriseClaim } from '../claim/enterprise-claim.entity';
import { EnterpriseClaimService } from '../claim/enterprise-claim.service';
import { ChainMembership, MembershipStatus } from '../chain/chain-membership.entity';
import { MembershipService } from '../chain/membership.service';
import { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseFacts, EnterpriseService } from '../enterprise/enterprise.service';
import { Invitation } from './invitation.entity';
import { INVITATION_MAIL } from './invitation.mail';
import { invitationIdOf, invitationToken, tokenMatches } from './invitation-token';
import { RegistryReason } from '../registry-reasons';

export interface Acceptance {
  token: string;
  /** For a supplier new to ChainQ: its first admin (the invited e-mail). */
  account?: { displayName: string; password: string } | null;
  /** For an enterprise not yet registered: its facts (the USCC is the invited one). */
  enterprise?: (EnterpriseFacts & { name: string; uscc?: string | null }) | null;
}

/** What the holder of a valid invitation link may know before accepting. */
export interface InvitationPreview {
  chainName: string;
  leaderName: string;
  email: string;
  expiresAt: Date;
  /** The invited address already signs in to ChainQ: accept signed in rather than register. */
  emailHasAccount: boolean;
}

export interface AcceptedInvitation {
  membership: ChainMembership;
  /** Set when acceptance created the user: they are signed in at once. */
  accessToken: string | null;
  /** When that access token expires. */
  expiresAt: Date | null;
  /** The user acceptance created and signed in (for the session cookie), else null. */
  signedInUserId: string | null;
  /** Set when the enterprise was already on ChainQ without an admin: the claim awaits a reviewer. */
  pendingClaimId: string | null;
}

@Injectable()
export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly enterprises: EnterpriseService,
    private readonly users: UserService,
    private readonly auth: AuthService,
    private readonly claims: EnterpriseClaimService,
    private readonly mail: MailService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Accepts an invitation: links the supplier's enterprise (registering it
   * if new), creates its first admin when the enterprise is new, and moves
   * the membership to ONBOARDING. For an enterprise already on ChainQ only
   * its signed-in admin accepts; where it has no admin, the caller files a
   * claim instead and the membership stays INVITED until a reviewer
   * confirms it. One transaction: a refused acceptance leaves nothing behind.
   */
  async accept(actor: Actor | undefined, input: Acceptance): Promise<AcceptedInvitation> {
    let created: User | undefined;
    const outcome = await this.dataSource.transaction(async (m) => {
      const invitation = await this.usable(m, input.token, true);
      const current = await m.findOneOrFail(ChainMembership, { where: { id: invitation.membershipId }, lock: { mode: 'pessimistic_write' } });
      const supplier = await this.supplierFor(m, actor, invitation, current, input);
      if ('claim' in supplier) return { membership: current, claim: supplier.claim };
      created = supplier.user;
      return { membership: await this.memberships.acceptInvitation(m, actor ?? null, invitation, current, supplier.enterpriseId, 'invitation accepted'), claim: null };
    });
    const grant = created ? await this.auth.issue(created) : null;
    return { membership: outcome.membership, accessToken: grant?.accessToken ?? null, expiresAt: grant?.expiresAt ?? null, signedInUserId: created?.id ?? null, pendingClaimId: outcome.claim?.id ?? null };
  }

  /**
   * Who invited whom to which chain, for the page the e-mailed link opens.
   * Only a valid, unused, unexpired token answers; anything else is the same
   * BAD_USER_INPUT as acceptance gives, with no data.
   */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.usable(this.dataSource.manager, token, false);
    const [row]: { chain: string; leader: string }[] = await this.dataSource.query(
      `SELECT c.name AS chain, o.name AS leader FROM chain_memberships m
         JOIN industry_chains c ON c.id = m.chain_id JOIN organisations o ON o.id = c.leader_enterprise_id WHERE m.id = $1`,
      [invitation.membershipId],
    );
    const user = await this.users.findByEmail(invitation.email);
    return { chainName: row.chain, leaderName: row.leader, email: invitation.email, expiresAt: invitation.expiresAt, emailHasAccount: !!user?.isActive };
  }

  /** The invitation a token names, if the token is good, unused and unexpired; else a BAD_USER_INPUT on `token` with its reason. */
  private async usable(m: EntityManager, token: string, lock: boolean): Promise<Invitation> {
    const refuse = (reason: RegistryReason, message: string) => badInput('token', message, { reason });
    const id = invitationIdOf(token);
    if (!id) throw refuse(RegistryReason.InvitationInvalid, 'is not an invitation token');
    const invitation = await m.findOne(Invitation, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!invitation || !tokenMatches(token, invitation.tokenHash)) throw refuse(RegistryReason.InvitationInvalid, 'is not a valid invitation token');
    if (invitation.acceptedAt) throw refuse(RegistryReason.InvitationUsed, 'this invitation has already been used');
    const membership = await m.findOneByOrFail(ChainMembership, { id: invitation.membershipId });
    if (membership.status === MembershipStatus.EXITED) throw refuse(RegistryReason.InvitationWithdrawn, 'the chain leader withdrew this invitation');
    const newer = await m.createQueryBuilder(Invitation, 'i').where('i.membershipId = :id AND i.createdAt > :at', { id: invitation.membershipId, at: invitation.createdAt }).getExists();
    if (newer) throw refuse(RegistryReason.InvitationReplaced, 'a newer invitation was sent since this one; open the link in the newest e-mail');
    if (invitation.expiresAt <= new Date()) throw refuse(RegistryReason.InvitationExpired, `this invitation expired at ${invitation.expiresAt.toISOString()}; ask for a new one`);
    return invitation;
  }

  /** The e-mail job: recomputes the token (never stored) and sends the invitation. */
  async send(invitationId: string): Promise<{ sent: boolean; via?: string }> {
    const invitation = await this.dataSource.getRepository(Invitation).findOneBy({ id: invitationId });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) return { sent: false };
    const [row]: { chain: string; leader: string }[] = await this.dataSource.query(
      `SELECT c.name AS chain, o.name AS leader FROM chain_memberships m
         JOIN industry_chains c ON c.id = m.chain_id JOIN organisations o ON o.id = c.leader_enterprise_id WHERE m.id = $1`,
      [invitation.membershipId],
    );
    const token = invitationToken(this.config.auth.jwtSecret, invitation.id, invitation.nonce);
    const link = `${this.config.http.publicUrl}/invitation?token=${encodeURIComponent(token)}`;
    const { subject, text } = mailInEvery(INVITATION_MAIL, { leader: row.leader, chain: row.chain, link, token, validUntil: chinaDay(invitation.expiresAt) });
    const { via } = await this.mail.send({ to: invitation.email, subject, text });
    return { sent: true, via };
  }

  private async supplierFor(
    m: EntityManager,
    actor: Actor | undefined,
    invitation: Invitation,
    membership: ChainMembership,
    input: Acceptance,
  ): Promise<{ enterpriseId: string; user?: User } | { claim: EnterpriseClaim }> {
    const organisation = await m.findOneBy(Organisation, { uscc: membership.supplierUscc });
    if (organisation) {
      if (!(await m.existsBy(Enterprise, { id: organisation.id }))) throw notFound('Enterprise record');
      if (actor?.organisationId === organisation.id && hasRole(actor, Role.ENTERPRISE_ADMIN)) return { enterpriseId: organisation.id };
      const admins = await this.users.activeIdsWithRoles(organisation.id, [Role.ENTERPRISE_ADMIN], m);
      if (admins.length || actor?.organisationId === organisation.id) {
        throw forbidden(`${organisation.name} already uses ChainQ: sign in as its enterprise admin to accept`, { reason: RegistryReason.EnterpriseAlreadyOnPlatform });
      }
      // Anyone can type a USCC into an invitation: holding one never makes its holder admin of an existing enterprise.
      return { claim: await this.claims.file(m, invitation, organisation, input.account) };
    }
    if (!input.enterprise) throw badInput('enterprise', 'your enterprise is new to ChainQ: give its name, industry code and region code', { reason: RegistryReason.EnterpriseDetailsRequired });
    const { uscc: typed, ...facts } = input.enterprise;
    // The code the supplier types is a check that the invitation reached the right enterprise; the invited one is recorded.
    if (typed != null && normalizeCodeInput(typed) !== membership.supplierUscc) {
      throw badInput('enterprise.uscc', 'is not the unified social credit code this invitation was sent for; ask the chain leader for a new invitation', {
        reason: RegistryReason.UsccNotInvited,
      });
    }
    const enterprise = await this.enterprises.createUnscoped({ ...facts, uscc: membership.supplierUscc }, m);
    const created = await m.findOneByOrFail(Organisation, { id: enterprise.id });
    return { enterpriseId: enterprise.id, user: await this.firstAdmin(m, created, invitation, input) };
  }

  private firstAdmin(m: EntityManager, organisation: Organisation, invitation: Invitation, input: Acceptance): Promise<User> {
    if (!input.account) throw badInput('account', 'give a display name and password for your account', { reason: RegistryReason.AccountDetailsRequired });
    return this.users.createUnscoped(
      organisation,
      { organisationId: organisation.id, email: invitation.email, displayName: input.account.displayName, password: input.account.password, roles: [Role.ENTERPRISE_ADMIN] },
      m,
    );
  }
}
