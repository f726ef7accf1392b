import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig, badInput, chinaDay, forbidden, InjectConfig, notFound } from '@chainq/core';
import { Actor, AuthService, hasRole, Organisation, Role, User, UserService } from '@chainq/identity';
import { MailService, OrganisationNotifier } from '@chainq/notifications';
import { ChainMembership } from '../chain/chain-membership.entity';
import { IndustryChain } from '../chain/industry-chain.entity';
import { LEADER_ROLES, MembershipService } from '../chain/membership.service';
import { MembershipAction } from '../chain/membership-transitions';
import { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseFacts, EnterpriseService } from '../enterprise/enterprise.service';
import { Invitation } from './invitation.entity';
import { invitationIdOf, invitationToken, tokenMatches } from './invitation-token';

export interface Acceptance {
  token: string;
  /** For a supplier new to ChainQ: its first admin (the invited e-mail). */
  account?: { displayName: string; password: string } | null;
  /** For an enterprise not yet registered: its facts (the USCC is the invited one). */
  enterprise?: (EnterpriseFacts & { name: string }) | null;
}

export interface AcceptedInvitation {
  membership: ChainMembership;
  /** Set when acceptance created the user: they are signed in at once. */
  accessToken: string | null;
}

@Injectable()
export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly enterprises: EnterpriseService,
    private readonly users: UserService,
    private readonly auth: AuthService,
    private readonly notifier: OrganisationNotifier,
    private readonly mail: MailService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /**
   * Accepts an invitation: links the supplier's enterprise (registering it
   * if new), creates its first admin when it has no users yet, and moves
   * the membership to ONBOARDING. One transaction: a refused acceptance
   * leaves nothing behind.
   */
  async accept(actor: Actor | undefined, input: Acceptance): Promise<AcceptedInvitation> {
    const id = invitationIdOf(input.token);
    if (!id) throw badInput('token', 'is not an invitation token');
    let created: User | undefined;
    const membership = await this.dataSource.transaction(async (m) => {
      const invitation = await m.findOne(Invitation, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!invitation || !tokenMatches(input.token, invitation.tokenHash)) throw badInput('token', 'is not a valid invitation token');
      if (invitation.acceptedAt) throw badInput('token', 'this invitation has already been used');
      if (invitation.expiresAt <= new Date()) throw badInput('token', `this invitation expired at ${invitation.expiresAt.toISOString()}; ask for a new one`);
      const current = await m.findOneOrFail(ChainMembership, { where: { id: invitation.membershipId }, lock: { mode: 'pessimistic_write' } });
      const { enterpriseId, user } = await this.supplierFor(m, actor, invitation, current, input);
      created = user;
      await m.update(ChainMembership, current.id, { supplierEnterpriseId: enterpriseId });
      const moved = await this.memberships.move(m, actor ?? null, { ...current, supplierEnterpriseId: enterpriseId }, MembershipAction.ACCEPT, 'invitation accepted');
      await m.update(Invitation, invitation.id, { acceptedAt: new Date() });
      const chain = await m.findOneByOrFail(IndustryChain, { id: moved.chainId });
      const supplier = await m.findOneByOrFail(Organisation, { id: enterpriseId });
      await this.notifier.notify(m, chain.leaderEnterpriseId, LEADER_ROLES, {
        kind: 'INVITATION_ACCEPTED',
        title: `${supplier.name} accepted your invitation to ${chain.name}`,
        body: 'They can now submit their qualification.',
        dedupeKey: `invitation-accepted:${invitation.id}`,
      });
      return moved;
    });
    const accessToken = created ? (await this.auth.issue(created)).accessToken : null;
    return { membership, accessToken };
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
    const { via } = await this.mail.send({
      to: invitation.email,
      subject: `${row.leader} invites you to its supply chain on ChainQ`,
      text: [
        `${row.leader} invites your company to join "${row.chain}" on ChainQ, to share standards, quality issues and results.`,
        `Accept with the acceptInvitation operation and this token (valid until ${chinaDay(invitation.expiresAt)}):`,
        token,
      ].join('\n\n'),
    });
    return { sent: true, via };
  }

  private async supplierFor(
    m: EntityManager,
    actor: Actor | undefined,
    invitation: Invitation,
    membership: ChainMembership,
    input: Acceptance,
  ): Promise<{ enterpriseId: string; user?: User }> {
    const organisation = await m.findOneBy(Organisation, { uscc: membership.supplierUscc });
    if (organisation) {
      if (!(await m.existsBy(Enterprise, { id: organisation.id }))) throw notFound('Enterprise record');
      const userCount = await this.users.countInOrganisation(organisation.id, m);
      if (actor && actor.organisationId === organisation.id && hasRole(actor, Role.ENTERPRISE_ADMIN)) return { enterpriseId: organisation.id };
      if (userCount > 0) throw forbidden(`${organisation.name} already uses ChainQ: sign in as its enterprise admin to accept`);
      return { enterpriseId: organisation.id, user: await this.firstAdmin(m, organisation, invitation, input) };
    }
    if (!input.enterprise) throw badInput('enterprise', 'your enterprise is new to ChainQ: give its name, industry code and region code');
    const enterprise = await this.enterprises.createUnscoped({ ...input.enterprise, uscc: membership.supplierUscc }, m);
    const created = await m.findOneByOrFail(Organisation, { id: enterprise.id });
    return { enterpriseId: enterprise.id, user: await this.firstAdmin(m, created, invitation, input) };
  }

  private firstAdmin(m: EntityManager, organisation: Organisation, invitation: Invitation, input: Acceptance): Promise<User> {
    if (!input.account) throw badInput('account', 'give a display name and password for your account');
    return this.users.createUnscoped(
      organisation,
      { organisationId: organisation.id, email: invitation.email, displayName: input.account.displayName, password: input.account.password, roles: [Role.ENTERPRISE_ADMIN] },
      m,
    );
  }
}
