import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { alignTo, AppConfig, badInput, conflict, CoreReason, forbidden, groupTo, InjectConfig, JobName, notFound, OutboxService } from '@chainq/core';
import { usccReason, validateUscc } from '@chainq/codes';
import { Actor, Role } from '@chainq/identity';
import { NotificationKind, NotificationSubject, OrganisationNotifier } from '@chainq/notifications';
import { canActForEnterprise, RegistryAccess } from '../access/registry-scope';
import { Invitation } from '../invitation/invitation.entity';
import { hashToken, INVITATION_TTL_DAYS, invitationToken, newNonce } from '../invitation/invitation-token';
import { ChainMembership, MembershipEvent, MembershipStatus } from './chain-membership.entity';
import { IndustryChain } from './industry-chain.entity';
import { MembershipAction, nextStatus } from './membership-transitions';
import { RegistryReason } from '../registry-reasons';

export interface SupplierInvite {
  chainId: string;
  uscc: string;
  email: string;
  tier: number;
  parentMembershipId?: string | null;
  categories: string[];
}

export interface IssuedInvitation {
  membership: ChainMembership;
  /** Shown once to the inviter (to pass on by message); also e-mailed by the worker. */
  token: string;
  expiresAt: Date;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const LEADER_ROLES = [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER];

/** Membership life cycle writes; every change is one transaction with its history event. */
@Injectable()
export class MembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: RegistryAccess,
    private readonly outbox: OutboxService,
    private readonly notifier: OrganisationNotifier,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async invite(actor: Actor, input: SupplierInvite): Promise<IssuedInvitation> {
    const chain = await this.chainLedBy(actor, input.chainId);
    const uscc = validateUscc(input.uscc);
    if (!uscc.valid) throw badInput('uscc', uscc.errors.join('; '), { reason: usccReason(uscc) });
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email)) throw badInput('email', 'is not an e-mail address', { reason: CoreReason.NotAnEmail });
    if (![1, 2, 3].includes(input.tier)) throw badInput('tier', 'must be 1, 2 or 3', { reason: RegistryReason.TierInvalid });
    const categories = [...new Set(input.categories.map((c) => c.trim()).filter(Boolean))];
    return this.dataSource.transaction(async (m) => {
      const leaderUscc: { uscc: string }[] = await m.query('SELECT uscc FROM organisations WHERE id = $1', [chain.leaderEnterpriseId]);
      if (leaderUscc[0]?.uscc === uscc.normalized) throw badInput('uscc', 'is the chain leader itself', { reason: RegistryReason.SupplierIsLeader });
      await this.checkParent(m, chain, input.tier, input.parentMembershipId ?? null);
      const existing = await m.findOne(ChainMembership, { where: { chainId: chain.id, supplierUscc: uscc.normalized }, lock: { mode: 'pessimistic_write' } });
      let membership: ChainMembership;
      if (existing) {
        if (existing.status !== MembershipStatus.EXITED) {
          throw conflict(`This supplier is already in the chain (status ${existing.status})`, { reason: RegistryReason.AlreadyInChain, field: 'uscc', currentStatus: existing.status });
        }
        membership = await this.move(m, actor, existing, MembershipAction.REINVITE, 'invited again');
        await m.update(ChainMembership, membership.id, { tier: input.tier, parentMembershipId: input.parentMembershipId ?? null, categories });
      } else {
        const known: { id: string }[] = await m.query('SELECT id FROM enterprises WHERE id = (SELECT id FROM organisations WHERE uscc = $1)', [uscc.normalized]);
        membership = await m.save(
          ChainMembership,
          m.create(ChainMembership, {
            chainId: chain.id,
            supplierUscc: uscc.normalized,
            supplierEnterpriseId: known[0]?.id ?? null,
            tier: input.tier,
            parentMembershipId: input.parentMembershipId ?? null,
            categories,
            status: MembershipStatus.INVITED,
          }),
        );
        await m.insert(MembershipEvent, { membershipId: membership.id, fromStatus: null, toStatus: MembershipStatus.INVITED, reason: 'invited', actorUserId: actor.userId });
      }
      const { token, expiresAt } = await this.issueInvitation(m, actor, membership.id, email);
      return { membership: await m.findOneByOrFail(ChainMembership, { id: membership.id }), token, expiresAt };
    });
  }

  /**
   * Sends an INVITED supplier a new invitation (a new link; the earlier one
   * stops working), to the address given or the one last used. Recorded in
   * the membership's history.
   */
  async resendInvitation(actor: Actor, membershipId: string, email?: string | null): Promise<IssuedInvitation> {
    await this.ledChainOf(actor, membershipId);
    const typed = email?.trim().toLowerCase();
    if (typed !== undefined && typed !== '' && !EMAIL.test(typed)) throw badInput('email', 'is not an e-mail address', { reason: CoreReason.NotAnEmail });
    return this.dataSource.transaction(async (m) => {
      const membership = await this.stillInvited(m, membershipId, 'sent again');
      const last = await m.findOne(Invitation, { where: { membershipId }, order: { createdAt: 'DESC' } });
      const to = typed || last?.email;
      if (!to) throw badInput('email', 'give the address to send the invitation to', { reason: CoreReason.Required });
      const { token, expiresAt } = await this.issueInvitation(m, actor, membershipId, to);
      await m.insert(MembershipEvent, { membershipId, fromStatus: membership.status, toStatus: membership.status, reason: `invitation sent again to ${to}`, actorUserId: actor.userId });
      return { membership: await m.findOneByOrFail(ChainMembership, { id: membershipId }), token, expiresAt };
    });
  }

  /** Withdraws an invitation not yet accepted: its link stops working and the membership is EXITED (the supplier can be invited again later). */
  async cancelInvitation(actor: Actor, membershipId: string, reason?: string | null): Promise<ChainMembership> {
    await this.ledChainOf(actor, membershipId);
    return this.dataSource.transaction(async (m) => {
      const membership = await this.stillInvited(m, membershipId, 'cancelled');
      await m.update(Invitation, { membershipId, acceptedAt: IsNull() }, { expiresAt: new Date() });
      const why = reason?.trim();
      return this.move(m, actor, membership, MembershipAction.EXIT, why ? `invitation cancelled: ${why}` : 'invitation cancelled');
    });
  }

  async suspend(actor: Actor, membershipId: string, reason: string): Promise<ChainMembership> {
    return this.leaderMove(actor, membershipId, MembershipAction.SUSPEND, required(reason, 'reason'));
  }

  async reinstate(actor: Actor, membershipId: string, reason?: string | null): Promise<ChainMembership> {
    return this.leaderMove(actor, membershipId, MembershipAction.REINSTATE, reason?.trim() || 'reinstated');
  }

  /** The leader ends a membership, or the supplier's admin leaves the chain. */
  async exit(actor: Actor, membershipId: string, reason: string): Promise<ChainMembership> {
    const text = required(reason, 'reason');
    const { membership, chain } = await this.visibleMembership(actor, membershipId);
    const supplierLeaves = membership.supplierEnterpriseId === actor.organisationId && actor.roles.includes(Role.ENTERPRISE_ADMIN);
    if (!supplierLeaves && !canActForEnterprise(actor, chain.leaderEnterpriseId)) throw forbidden('Only the chain leader or the supplier admin may end this membership', { reason: RegistryReason.LeaderOrSupplierAdminOnly });
    return this.dataSource.transaction(async (m) => {
      const locked = await m.findOneOrFail(ChainMembership, { where: { id: membershipId }, lock: { mode: 'pessimistic_write' } });
      const moved = await this.move(m, actor, locked, MembershipAction.EXIT, text);
      await m.update(Invitation, { membershipId, acceptedAt: IsNull() }, { expiresAt: new Date() });
      return moved;
    });
  }

  /**
   * Accepts an invitation for `enterpriseId` (the caller holds the
   * invitation's and the membership's row locks): links the enterprise,
   * moves the membership to ONBOARDING, spends the invitation and tells
   * the leader.
   */
  async acceptInvitation(m: EntityManager, actor: Actor | null, invitation: Invitation, membership: ChainMembership, enterpriseId: string, reason: string): Promise<ChainMembership> {
    await m.update(ChainMembership, membership.id, { supplierEnterpriseId: enterpriseId });
    const moved = await this.move(m, actor, { ...membership, supplierEnterpriseId: enterpriseId }, MembershipAction.ACCEPT, reason);
    await m.update(Invitation, invitation.id, { acceptedAt: new Date() });
    const chain = await m.findOneByOrFail(IndustryChain, { id: moved.chainId });
    const [supplier]: { name: string }[] = await m.query('SELECT name FROM organisations WHERE id = $1', [enterpriseId]);
    await this.notifier.notify(m, chain.leaderEnterpriseId, LEADER_ROLES, {
      kind: NotificationKind.INVITATION_ACCEPTED,
      title: `${supplier.name} accepted your invitation to ${chain.name}`,
      body: 'They can now submit their qualification.',
      params: { supplier: supplier.name, chain: chain.name },
      link: { type: NotificationSubject.CHAIN_MEMBERSHIP, id: membership.id },
      dedupeKey: `invitation-accepted:${invitation.id}`,
    });
    return moved;
  }

  /** Applies a life-cycle action with its history event (caller holds the row lock). */
  async move(m: EntityManager, actor: Actor | null, membership: ChainMembership, action: MembershipAction, reason: string): Promise<ChainMembership> {
    const to = nextStatus(membership.status, action);
    await m.update(ChainMembership, membership.id, { status: to, statusReason: reason });
    await m.insert(MembershipEvent, { membershipId: membership.id, fromStatus: membership.status, toStatus: to, reason, actorUserId: actor?.userId ?? null });
    return m.findOneByOrFail(ChainMembership, { id: membership.id });
  }

  /** The membership if the caller may see it (else NOT_FOUND), with its chain. */
  async visibleMembership(actor: Actor, membershipId: string): Promise<{ membership: ChainMembership; chain: IndustryChain }> {
    const found = await this.findVisible(actor, membershipId);
    if (!found) throw notFound('Membership');
    return found;
  }

  /** Whether the caller may read the membership: its supplier, its chain's leader, and those who see the chain from outside it. */
  async canRead(actor: Actor, membershipId: string): Promise<boolean> {
    return (await this.findVisible(actor, membershipId)) !== null;
  }

  private async findVisible(actor: Actor, membershipId: string): Promise<{ membership: ChainMembership; chain: IndustryChain } | null> {
    const scope = await this.access.scopeOf(actor);
    const chains = this.access.chains(scope, 'ch');
    const row = await this.dataSource
      .getRepository(ChainMembership)
      .createQueryBuilder('m')
      .innerJoin(IndustryChain, 'ch', 'ch.id = m.chainId')
      .where('m.id = :membershipId', { membershipId })
      .andWhere(chains.sql, chains.params)
      .getOne();
    const chain = row && (await this.dataSource.getRepository(IndustryChain).findOneByOrFail({ id: row.chainId }));
    const supplierOnly = scope.kind === 'enterprise' && chain && chain.leaderEnterpriseId !== scope.enterpriseId;
    if (!row || !chain || (supplierOnly && row.supplierEnterpriseId !== scope.enterpriseId)) return null;
    return { membership: row, chain };
  }

  /** For loaders: each membership's latest invitation (what the leader sent: contact e-mail and dates). */
  async latestInvitations(membershipIds: readonly string[]): Promise<(Invitation | undefined)[]> {
    // Few invitations per membership (one per re-invitation): pick the latest here.
    const all = await this.dataSource.getRepository(Invitation).find({ where: { membershipId: In([...membershipIds]) }, order: { createdAt: 'DESC' } });
    const rows = all.filter((invitation, i) => all.findIndex((other) => other.membershipId === invitation.membershipId) === i);
    return alignTo(membershipIds, rows, (i) => i.membershipId);
  }

  async events(membershipIds: readonly string[]): Promise<MembershipEvent[][]> {
    const rows = await this.dataSource.getRepository(MembershipEvent).createQueryBuilder('e').where('e.membershipId IN (:...ids)', { ids: [...membershipIds] }).orderBy('e.at').getMany();
    return groupTo(membershipIds, rows, (e) => e.membershipId);
  }

  private async leaderMove(actor: Actor, membershipId: string, action: MembershipAction, reason: string): Promise<ChainMembership> {
    const chain = await this.ledChainOf(actor, membershipId);
    return this.dataSource.transaction(async (m) => {
      const locked = await m.findOneOrFail(ChainMembership, { where: { id: membershipId }, lock: { mode: 'pessimistic_write' } });
      const moved = await this.move(m, actor, locked, action, reason);
      if (moved.status === MembershipStatus.ACTIVE) await this.outbox.record(m, JobName.MembershipActivated, { membershipId: moved.id });
      if (moved.supplierEnterpriseId) {
        await this.notifier.notify(m, moved.supplierEnterpriseId, LEADER_ROLES, {
          kind: moved.status === MembershipStatus.ACTIVE ? NotificationKind.MEMBERSHIP_ACTIVE : NotificationKind.MEMBERSHIP_SUSPENDED,
          title: `${chain.name}: your membership is now ${moved.status.toLowerCase()}`,
          body: reason,
          params: { chain: chain.name, reason },
          link: { type: NotificationSubject.CHAIN_MEMBERSHIP, id: moved.id },
          dedupeKey: `membership:${moved.id}:${moved.status}:${moved.updatedAt.getTime()}`,
        });
      }
      return moved;
    });
  }

  /** A new single-use invitation for the membership, replacing any still open, and its e-mail queued (caller's transaction). */
  private async issueInvitation(m: EntityManager, actor: Actor, membershipId: string, email: string): Promise<{ token: string; expiresAt: Date }> {
    await m.update(Invitation, { membershipId, acceptedAt: IsNull() }, { expiresAt: new Date() });
    const saved = await m.save(
      Invitation,
      m.create(Invitation, { membershipId, email, nonce: newNonce(), tokenHash: '', expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000), createdBy: actor.userId }),
    );
    const token = invitationToken(this.config.auth.jwtSecret, saved.id, saved.nonce);
    await m.update(Invitation, saved.id, { tokenHash: hashToken(token) });
    await this.outbox.record(m, JobName.SendInvitation, { invitationId: saved.id });
    return { token, expiresAt: saved.expiresAt };
  }

  /** The membership's chain, if the caller acts for its leader (NOT_FOUND outside their sight). */
  private async ledChainOf(actor: Actor, membershipId: string): Promise<IndustryChain> {
    const { chain } = await this.visibleMembership(actor, membershipId);
    if (!canActForEnterprise(actor, chain.leaderEnterpriseId)) throw forbidden("Only the chain leader's admins and quality engineers may do this", { reason: RegistryReason.LeaderStaffOnly });
    return chain;
  }

  /** The membership, locked, if it still waits on its invitation; else a CONFLICT naming its status. */
  private async stillInvited(m: EntityManager, membershipId: string, verb: string): Promise<ChainMembership> {
    const membership = await m.findOneOrFail(ChainMembership, { where: { id: membershipId }, lock: { mode: 'pessimistic_write' } });
    if (membership.status !== MembershipStatus.INVITED) {
      throw conflict(`Only an invitation not yet accepted can be ${verb}; this membership is ${membership.status}`, { reason: RegistryReason.MembershipWrongStatus, currentStatus: membership.status });
    }
    return membership;
  }

  /** The chain, if the caller may act for its leader; NOT_FOUND outside their sight, FORBIDDEN inside it. */
  async chainLedBy(actor: Actor, chainId: string): Promise<IndustryChain> {
    const filter = this.access.chains(await this.access.scopeOf(actor), 'ch');
    const chain = await this.dataSource.getRepository(IndustryChain).createQueryBuilder('ch').where('ch.id = :chainId', { chainId }).andWhere(filter.sql, filter.params).getOne();
    if (!chain) throw notFound('Industry chain');
    if (!canActForEnterprise(actor, chain.leaderEnterpriseId)) throw forbidden("Only the chain leader's admins and quality engineers may do this", { reason: RegistryReason.LeaderStaffOnly });
    return chain;
  }

  private async checkParent(m: EntityManager, chain: IndustryChain, tier: number, parentId: string | null): Promise<void> {
    if (tier === 1) {
      if (parentId) throw badInput('parentMembershipId', 'a tier-1 supplier supplies the leader directly and has no parent', { reason: RegistryReason.ParentMembershipInvalid });
      return;
    }
    if (!parentId) throw badInput('parentMembershipId', `a tier-${tier} supplier needs the tier-${tier - 1} member it supplies`, { reason: RegistryReason.ParentMembershipRequired });
    const parent = await m.findOneBy(ChainMembership, { id: parentId, chainId: chain.id });
    if (!parent) throw badInput('parentMembershipId', 'is not a membership of this chain', { reason: RegistryReason.ParentMembershipInvalid });
    if (parent.tier !== tier - 1) throw badInput('parentMembershipId', `is tier ${parent.tier}; a tier-${tier} supplier hangs under tier ${tier - 1}`, { reason: RegistryReason.ParentMembershipInvalid });
    if (parent.status === MembershipStatus.EXITED) throw badInput('parentMembershipId', 'has exited the chain', { reason: RegistryReason.ParentMembershipInvalid });
  }
}

function required(text: string | null | undefined, field: string): string {
  const trimmed = text?.trim();
  if (!trimmed) throw badInput(field, 'must be given', { reason: CoreReason.Required });
  return trimmed;
}
