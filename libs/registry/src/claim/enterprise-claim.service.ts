import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { JobName, NotificationKind, NotificationSubject, OutboxService, badInput, conflict, forbidden, notFound } from '@chainq/core';
import { Actor, Organisation, PasswordHasher, Role, User, UserService } from '@chainq/identity';
import { MailService, mailInEvery } from '@chainq/notifications';
import { RegistryAccess } from '../access/registry-scope';
import { ChainMembership, MembershipStatus } from '../chain/chain-membership.entity';
import { MembershipService } from '../chain/membership.service';
import { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseService } from '../enterprise/enterprise.service';
import { Invitation } from '../invitation/invitation.entity';
import { CLAIM_REJECTION_MAIL } from './claim-rejection.mail';
import { EnterpriseClaim, EnterpriseClaimStatus } from './enterprise-claim.entity';

/** What a reviewer sees of a claim: who claims which enterprise, through whose invitation. */
export interface EnterpriseClaimView {
  id: string;
  status: EnterpriseClaimStatus;
  claimantName: string;
  email: string;
  enterpriseId: string;
  enterpriseName: string;
  enterpriseUscc: string;
  regionCode: string;
  regionName: string;
  chainName: string;
  leaderName: string;
  createdAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
}

const VIEW = `SELECT c.id, c.status, c.display_name AS "claimantName", c.email, c.enterprise_id AS "enterpriseId", o.name AS "enterpriseName",
         o.uscc AS "enterpriseUscc", e.region_code AS "regionCode", e.region_name AS "regionName", ch.name AS "chainName", lo.name AS "leaderName",
         c.created_at AS "createdAt", c.decided_at AS "decidedAt", c.decision_reason AS "decisionReason"
    FROM enterprise_claims c
    JOIN enterprises e ON e.id = c.enterprise_id JOIN organisations o ON o.id = e.id
    JOIN invitations i ON i.id = c.invitation_id JOIN chain_memberships m ON m.id = i.membership_id
    JOIN industry_chains ch ON ch.id = m.chain_id JOIN organisations lo ON lo.id = ch.leader_enterprise_id`;

/**
 * Claims to become the first admin of an enterprise already on ChainQ,
 * made by accepting an invitation. Decided by a platform admin or a
 * coordinator whose regions cover the enterprise's region code.
 */
@Injectable()
export class EnterpriseClaimService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RegistryAccess,
    private readonly enterprises: EnterpriseService,
    private readonly memberships: MembershipService,
    private readonly users: UserService,
    private readonly hasher: PasswordHasher,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
  ) {}

  /** Records a claim inside acceptInvitation's transaction and tells the reviewers. No user exists until it is confirmed. */
  async file(m: EntityManager, invitation: Invitation, organisation: Organisation, account: { displayName: string; password: string } | null | undefined): Promise<EnterpriseClaim> {
    if (!account) throw badInput('account', `${organisation.name} is already on ChainQ: give your name and a password; a platform admin or the region's coordinator confirms your claim before the account opens`);
    const displayName = account.displayName.trim();
    if (!displayName) throw badInput('account.displayName', 'must not be empty');
    this.hasher.assertAcceptable(account.password, 'account.password');
    if (await m.existsBy(EnterpriseClaim, { invitationId: invitation.id, status: EnterpriseClaimStatus.PENDING })) {
      throw conflict('A claim made with this invitation already awaits confirmation');
    }
    if (await m.existsBy(User, { email: invitation.email })) throw conflict(`A user with e-mail ${invitation.email} already exists`, { field: 'email' });
    const claim = await m.save(
      EnterpriseClaim,
      m.create(EnterpriseClaim, {
        invitationId: invitation.id,
        enterpriseId: organisation.id,
        displayName,
        email: invitation.email,
        passwordHash: await this.hasher.hash(account.password),
      }),
    );
    const view = await this.viewOf(m, claim.id);
    for (const recipientUserId of await this.access.claimReviewers(m, view.regionCode)) {
      await this.outbox.record(m, JobName.SendNotification, {
        recipientUserId,
        kind: NotificationKind.ENTERPRISE_CLAIM_PENDING,
        title: `${displayName} <${view.email}> claims ${view.enterpriseName}`,
        body: `Through ${view.leaderName}'s invitation to "${view.chainName}". ${view.enterpriseName} (USCC ${view.enterpriseUscc}, ${view.regionName}) has no admin on ChainQ. Confirm only once you know the claimant speaks for it.`,
        params: {
          claimant: displayName,
          email: view.email,
          enterprise: view.enterpriseName,
          uscc: view.enterpriseUscc,
          region: view.regionName,
          leader: view.leaderName,
          chain: view.chainName,
        },
        link: { type: NotificationSubject.ENTERPRISE_CLAIM, id: claim.id },
        dedupeKey: `enterprise-claim:${claim.id}:${recipientUserId}`,
      });
    }
    return claim;
  }

  /** Pending claims the caller may decide, oldest first. */
  async pending(actor: Actor): Promise<EnterpriseClaimView[]> {
    const scope = await this.access.scopeOf(actor);
    if (scope.kind === 'all') return this.dataSource.query(`${VIEW} WHERE c.status = 'PENDING' ORDER BY c.created_at`);
    if (scope.kind !== 'coordinator' || !scope.regionPatterns.length) return [];
    return this.dataSource.query(`${VIEW} WHERE c.status = 'PENDING' AND e.region_code LIKE ANY($1) ORDER BY c.created_at`, [scope.regionPatterns]);
  }

  /** Opens the account as the enterprise's admin and accepts the invitation (membership ONBOARDING), in one transaction. */
  async confirm(actor: Actor, claimId: string): Promise<EnterpriseClaimView> {
    return this.dataSource.transaction(async (m) => {
      const claim = await this.decidable(m, actor, claimId);
      const invitation = await m.findOneOrFail(Invitation, { where: { id: claim.invitationId }, lock: { mode: 'pessimistic_write' } });
      if (invitation.acceptedAt) throw conflict('The invitation has since been accepted; reject this claim');
      const membership = await m.findOneOrFail(ChainMembership, { where: { id: invitation.membershipId }, lock: { mode: 'pessimistic_write' } });
      if (membership.status !== MembershipStatus.INVITED) {
        throw conflict(`The membership is ${membership.status} now; reject this claim`, { currentStatus: membership.status });
      }
      const organisation = await m.findOneByOrFail(Organisation, { id: claim.enterpriseId });
      const user = await this.users.createUnscoped(
        organisation,
        { organisationId: organisation.id, email: claim.email, displayName: claim.displayName, password: randomBytes(24).toString('base64url'), roles: [Role.ENTERPRISE_ADMIN] },
        m,
      );
      // The claimant chose the password when claiming; only its hash was kept.
      await m.update(User, user.id, { passwordHash: claim.passwordHash! });
      await this.memberships.acceptInvitation(m, actor, invitation, membership, organisation.id, 'invitation accepted; enterprise claim confirmed');
      await m.update(EnterpriseClaim, claim.id, { status: EnterpriseClaimStatus.CONFIRMED, decidedBy: actor.userId, decidedAt: new Date(), passwordHash: null, userId: user.id });
      await this.outbox.record(m, JobName.SendNotification, {
        recipientUserId: user.id,
        kind: NotificationKind.ENTERPRISE_CLAIM_CONFIRMED,
        title: `Your claim to administer ${organisation.name} is confirmed`,
        body: `Sign in as ${claim.email} with the password you chose. You are its enterprise admin and can submit its qualification.`,
        params: { enterprise: organisation.name, email: claim.email },
        link: { type: NotificationSubject.ENTERPRISE, id: organisation.id },
        dedupeKey: `enterprise-claim-confirmed:${claim.id}`,
      });
      return this.viewOf(m, claim.id);
    });
  }

  /** Refuses the claim: no account is opened, the password hash is erased, the claimant is e-mailed the reason. */
  async reject(actor: Actor, claimId: string, reason: string): Promise<EnterpriseClaimView> {
    const text = reason?.trim();
    if (!text) throw badInput('reason', 'must be given: the claimant is told why');
    if (text.length > 2000) throw badInput('reason', 'must be at most 2000 characters');
    return this.dataSource.transaction(async (m) => {
      const claim = await this.decidable(m, actor, claimId);
      await m.update(EnterpriseClaim, claim.id, { status: EnterpriseClaimStatus.REJECTED, decidedBy: actor.userId, decidedAt: new Date(), decisionReason: text, passwordHash: null });
      await this.outbox.record(m, JobName.SendClaimRejection, { claimId: claim.id });
      return this.viewOf(m, claim.id);
    });
  }

  /** The e-mail job: the claimant has no account, so the rejection goes to the invited address. */
  async sendRejection(claimId: string): Promise<{ sent: boolean; via?: string }> {
    const [claim] = await this.dataSource.query(`${VIEW} WHERE c.id = $1`, [claimId]) as EnterpriseClaimView[];
    if (!claim || claim.status !== EnterpriseClaimStatus.REJECTED) return { sent: false };
    const { subject, text } = mailInEvery(CLAIM_REJECTION_MAIL, { enterprise: claim.enterpriseName, leader: claim.leaderName, chain: claim.chainName, reason: claim.decisionReason ?? '' });
    const { via } = await this.mail.send({ to: claim.email, subject, text });
    return { sent: true, via };
  }

  /**
   * The claim, locked, if the caller decides claims in its region and it is
   * still pending. Outside the caller's sight NOT_FOUND; an enterprise the
   * caller sees but does not cover (a cluster coordinator) FORBIDDEN.
   */
  private async decidable(m: EntityManager, actor: Actor, claimId: string): Promise<EnterpriseClaim> {
    const claim = await m.createQueryBuilder(EnterpriseClaim, 'c').addSelect('c.passwordHash').where('c.id = :claimId', { claimId }).setLock('pessimistic_write').getOne();
    if (!claim) throw notFound('Enterprise claim');
    const enterprise = await m.findOneByOrFail(Enterprise, { id: claim.enterpriseId });
    if (!(await this.access.watchesRegion(actor, enterprise.regionCode))) {
      const [seen] = await this.enterprises.visibleByIds(actor, [enterprise.id]);
      if (seen) throw forbidden("Only a platform admin or a coordinator covering the enterprise's region decides a claim");
      throw notFound('Enterprise claim');
    }
    if (claim.status !== EnterpriseClaimStatus.PENDING) {
      throw conflict(`This claim is already ${claim.status.toLowerCase()}`, { currentStatus: claim.status });
    }
    return claim;
  }

  private async viewOf(m: EntityManager, claimId: string): Promise<EnterpriseClaimView> {
    const [view] = (await m.query(`${VIEW} WHERE c.id = $1`, [claimId])) as EnterpriseClaimView[];
    return view;
  }
}
