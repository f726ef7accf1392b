import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository } from 'typeorm';
import { badInput, conflict, CoreReason, forbidden, groupTo, isUuid, notFound, Page, PageArgs, paginate } from '@chainq/core';
import { AttachmentKind, DocumentService } from '@chainq/documents';
import { Actor, hasRole, Role } from '@chainq/identity';
import { NotificationKind, NotificationSubject, OrganisationNotifier } from '@chainq/notifications';
import { ChainMembership, IndustryChain, IndustryChainService, MembershipStatus, RegistryReason } from '@chainq/registry';
import { ActionEvent } from './action-event.entity';
import { ActionPolicy, DEFAULT_POLICY, PolicyClocks } from './action-policy.entity';
import { ActionStep, StepCode, StepStatus } from './action-step.entity';
import { recordEvent } from './action-timeline';
import { ActionStatus, CorrectiveAction } from './corrective-action.entity';
import { QualityAccess } from './quality-access';
import { QualityIssue, Severity } from './quality-issue.entity';
import { NewIssue, QualityIssueService } from './quality-issue.service';
import { validStepContent } from './step-content';
import { nextStepStatus, STEP_ORDER, StepAction, StepActor } from './step-transitions';
import { QualityReason } from './quality-reasons';

const ROLES = [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER];
const HOUR = 3600_000;

export interface ActionFilter {
  issueId?: string | null;
  chainId?: string | null;
  supplierEnterpriseId?: string | null;
  status?: ActionStatus | null;
  severity?: Severity | null;
  defectCode?: string | null;
  overdue?: boolean | null;
}

/** One 8D comment: its text and the evidence files it carries. */
export const MAX_COMMENT_LENGTH = 4000;
export const MAX_COMMENT_DOCUMENTS = 10;

@Injectable()
export class CorrectiveActionService implements OnModuleInit {
  constructor(
    @InjectRepository(CorrectiveAction) private readonly actions: Repository<CorrectiveAction>,
    private readonly dataSource: DataSource,
    private readonly issues: QualityIssueService,
    private readonly access: QualityAccess,
    private readonly notifier: OrganisationNotifier,
    private readonly chains: IndustryChainService,
    private readonly documents: DocumentService,
  ) {}

  /** Evidence attached to an 8D is read by whoever may read the action: its leader's and its supplier's people. */
  onModuleInit(): void {
    this.documents.registerReader(AttachmentKind.CORRECTIVE_ACTION, (actor, actionId) => this.canRead(actor, actionId));
  }

  /** The leader asks one supplier for an 8D; the step clocks start now. */
  async request(actor: Actor, issueId: string, supplierEnterpriseId: string): Promise<CorrectiveAction> {
    const issue = await this.issues.get(actor, issueId);
    return this.dataSource.transaction((m) => this.requestIn(m, actor, issue, supplierEnterpriseId, 'supplierEnterpriseId'));
  }

  /** Reports an issue and requests an 8D from each named supplier: all or nothing (in `manager`'s transaction when given). */
  async reportWithActions(actor: Actor, input: NewIssue, supplierEnterpriseIds: string[], manager?: EntityManager): Promise<QualityIssue> {
    const run = async (m: EntityManager) => {
      const issue = await this.issues.report(actor, input, m);
      for (const [i, supplier] of [...new Set(supplierEnterpriseIds)].entries()) await this.requestIn(m, actor, issue, supplier, `supplierEnterpriseIds[${i}]`);
      return issue;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  private async requestIn(m: EntityManager, actor: Actor, issue: QualityIssue, supplierEnterpriseId: string, field: string): Promise<CorrectiveAction> {
    const chain = await m.findOneByOrFail(IndustryChain, { id: issue.chainId });
    if (!this.access.actsForLeader(actor, chain.leaderEnterpriseId)) throw forbidden("Only the chain leader's admins and quality engineers request corrective actions", { reason: RegistryReason.LeaderStaffOnly });
    const member = await m.findOneBy(ChainMembership, { chainId: chain.id, supplierEnterpriseId });
    if (!member || ![MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED].includes(member.status)) {
      throw badInput(field, 'is not an active or suspended supplier of this chain', { reason: RegistryReason.NotASupplierOfChain });
    }
    const clocks = await this.policyFor(chain.id, issue.severity);
    if (await m.existsBy(CorrectiveAction, { issueId: issue.id, supplierEnterpriseId })) throw conflict('This supplier already has a corrective action for this issue', { reason: QualityReason.ActionAlreadyRequested, field });
    const requestedAt = new Date();
    const action = await m.save(CorrectiveAction, m.create(CorrectiveAction, { issueId: issue.id, chainId: chain.id, supplierEnterpriseId, requestedAt, requestedBy: actor.userId }));
    await m.insert(ActionStep, STEP_ORDER.map((step) => ({ actionId: action.id, step, dueAt: dueAt(step, requestedAt, clocks) })));
    await recordEvent(m, action.id, 'REQUESTED', actor.userId, null, { issue: issue.title, severity: issue.severity, clocks });
    await this.notifier.notify(m, supplierEnterpriseId, ROLES, {
      kind: NotificationKind.CORRECTIVE_ACTION_REQUESTED,
      title: `${chain.name} asks for an 8D: ${issue.title}`,
      body: `Defect ${issue.defectCode}, ${issue.severity.toLowerCase()}. Containment is due within ${clocks.containmentHours} h.`,
      params: { chain: chain.name, issueTitle: issue.title, defectCode: issue.defectCode, severity: issue.severity, containmentHours: clocks.containmentHours },
      link: { type: NotificationSubject.CORRECTIVE_ACTION, id: action.id },
      dedupeKey: `action-requested:${action.id}`,
    });
    return action;
  }

  /** The supplier saves (draft) or submits a step; a submission must be complete and in order. */
  async writeStep(actor: Actor, actionId: string, step: StepCode, content: unknown, submit: boolean): Promise<ActionStep> {
    return this.inAction(actor, actionId, StepActor.SUPPLIER, async (m, action) => {
      const steps = await m.find(ActionStep, { where: { actionId }, lock: { mode: 'pessimistic_write' } });
      const current = steps.find((s) => s.step === step)!;
      const previous = steps.find((s) => s.step === STEP_ORDER[STEP_ORDER.indexOf(step) - 1]);
      const to = nextStepStatus(submit ? StepAction.SUBMIT : StepAction.SAVE, StepActor.SUPPLIER, step, current.status, previous?.status);
      const body = submit ? validStepContent(step, content) : (content as Record<string, unknown>);
      await m.update(ActionStep, current.id, { status: to, content: body, ...(submit ? { submittedAt: new Date() } : {}) });
      await recordEvent(m, action.id, submit ? 'STEP_SUBMITTED' : 'STEP_SAVED', actor.userId, { step, status: current.status, content: current.content }, { step, status: to, content: body });
      if (submit) await this.tellLeader(m, action, step, `step-submitted:${current.id}:${Date.now()}`);
      return m.findOneByOrFail(ActionStep, { id: current.id });
    });
  }

  /** The requester approves a submitted step or sends it back with a comment. */
  async reviewStep(actor: Actor, actionId: string, step: StepCode, approve: boolean, comment?: string | null): Promise<ActionStep> {
    if (!approve && !comment?.trim()) throw badInput('comment', 'say what must change', { reason: QualityReason.ReviewCommentRequired });
    return this.inAction(actor, actionId, StepActor.REQUESTER, async (m, action) => {
      const current = await m.findOneOrFail(ActionStep, { where: { actionId, step }, lock: { mode: 'pessimistic_write' } });
      const to = nextStepStatus(approve ? StepAction.APPROVE : StepAction.REJECT, StepActor.REQUESTER, step, current.status);
      await m.update(ActionStep, current.id, { status: to, reviewedAt: new Date(), reviewComment: comment?.trim() || null });
      await recordEvent(m, action.id, approve ? 'STEP_APPROVED' : 'STEP_REJECTED', actor.userId, { step, status: current.status }, { step, status: to, comment: comment ?? null });
      const issue = await m.findOneByOrFail(QualityIssue, { id: action.issueId });
      await this.notifier.notify(m, action.supplierEnterpriseId, ROLES, {
        kind: approve ? NotificationKind.STEP_APPROVED : NotificationKind.STEP_REJECTED,
        title: `${step} ${approve ? 'approved' : 'sent back'}`,
        body: comment?.trim() || '',
        params: { step, issueTitle: issue.title, comment: comment?.trim() || '' },
        link: { type: NotificationSubject.CORRECTIVE_ACTION, id: action.id },
        dedupeKey: `step-reviewed:${current.id}:${to}:${Date.now()}`,
      });
      return m.findOneByOrFail(ActionStep, { id: current.id });
    });
  }

  /** D8: the requester closes an action whose D1..D7 are approved; the effectiveness check is scheduled. */
  async close(actor: Actor, actionId: string, note?: string | null): Promise<CorrectiveAction> {
    return this.inAction(actor, actionId, StepActor.REQUESTER, async (m, action) => {
      if (action.status !== ActionStatus.OPEN) throw conflict(`Only an OPEN action can be closed; this one is ${action.status}`, { reason: QualityReason.ActionNotOpen, currentStatus: action.status });
      const open = (await m.findBy(ActionStep, { actionId })).filter((s) => s.status !== StepStatus.APPROVED).map((s) => s.step).sort();
      if (open.length) throw conflict(`Close after every step is approved; still open: ${open.join(', ')}`, { reason: QualityReason.ActionStepsNotApproved, rule: 'OPEN_STEPS', openSteps: open });
      const issue = await m.findOneByOrFail(QualityIssue, { id: action.issueId });
      const clocks = await this.policyFor(action.chainId, issue.severity);
      const closedAt = new Date();
      await m.update(CorrectiveAction, action.id, { status: ActionStatus.CLOSED, closedAt, effectivenessDueAt: new Date(closedAt.getTime() + clocks.effectivenessDays * 24 * HOUR) });
      await recordEvent(m, action.id, 'CLOSED', actor.userId, { status: action.status }, { status: ActionStatus.CLOSED, note: note ?? null, effectivenessCheckInDays: clocks.effectivenessDays });
      await syncIssueStatus(m, action.issueId);
      return m.findOneByOrFail(CorrectiveAction, { id: action.id });
    });
  }

  /** Back to work: steps from D4 on must be redone. */
  async reopen(actor: Actor | null, actionId: string, reason: string, m?: EntityManager): Promise<CorrectiveAction> {
    if (!reason.trim()) throw badInput('reason', 'say why the action is reopened', { reason: CoreReason.ReasonRequired });
    const run = async (tx: EntityManager, action: CorrectiveAction) => {
      if (![ActionStatus.CLOSED, ActionStatus.EFFECTIVE].includes(action.status)) throw conflict(`Only a closed action can be reopened; this one is ${action.status}`, { reason: QualityReason.ActionNotClosed, currentStatus: action.status });
      // Its root cause and actions will be revised: the supplier's consent to share was for the old ones.
      await tx.update(CorrectiveAction, action.id, { status: ActionStatus.OPEN, closedAt: null, effectivenessDueAt: null, shared: false });
      await tx.update(ActionStep, { actionId: action.id, step: In([StepCode.D4, StepCode.D5, StepCode.D6, StepCode.D7]) }, { status: StepStatus.REJECTED, reviewComment: reason });
      await recordEvent(tx, action.id, 'REOPENED', actor?.userId ?? null, { status: action.status }, { status: ActionStatus.OPEN, reason });
      await syncIssueStatus(tx, action.issueId);
      const issue = await tx.findOneByOrFail(QualityIssue, { id: action.issueId });
      await this.notifier.notify(tx, action.supplierEnterpriseId, ROLES, {
        kind: NotificationKind.ACTION_REOPENED,
        title: 'A corrective action was reopened',
        body: reason,
        params: { issueTitle: issue.title, reason },
        link: { type: NotificationSubject.CORRECTIVE_ACTION, id: action.id },
        dedupeKey: `reopened:${action.id}:${Date.now()}`,
      });
      return tx.findOneByOrFail(CorrectiveAction, { id: action.id });
    };
    if (actor) return this.inAction(actor, actionId, StepActor.REQUESTER, run);
    return run(m!, await m!.findOneOrFail(CorrectiveAction, { where: { id: actionId }, lock: { mode: 'pessimistic_write' } }));
  }

  async cancel(actor: Actor, actionId: string, reason: string): Promise<CorrectiveAction> {
    if (!reason.trim()) throw badInput('reason', 'say why the action is cancelled', { reason: CoreReason.ReasonRequired });
    return this.inAction(actor, actionId, StepActor.REQUESTER, async (m, action) => {
      if (action.status !== ActionStatus.OPEN) throw conflict(`Only an OPEN action can be cancelled; this one is ${action.status}`, { reason: QualityReason.ActionNotOpen, currentStatus: action.status });
      await m.update(CorrectiveAction, action.id, { status: ActionStatus.CANCELLED });
      await recordEvent(m, action.id, 'CANCELLED', actor.userId, { status: action.status }, { status: ActionStatus.CANCELLED, reason });
      await syncIssueStatus(m, action.issueId);
      return m.findOneByOrFail(CorrectiveAction, { id: action.id });
    });
  }

  /** Either side comments; evidence files are documents uploaded through POST /files. */
  async comment(actor: Actor, actionId: string, body: string, documentIds: string[] = []): Promise<ActionEvent> {
    if (!body.trim()) throw badInput('body', 'must not be empty', { reason: CoreReason.Required });
    if (body.length > MAX_COMMENT_LENGTH) throw badInput('body', `must be at most ${MAX_COMMENT_LENGTH} characters`, { reason: CoreReason.TooLong, max: MAX_COMMENT_LENGTH });
    if (documentIds.length > MAX_COMMENT_DOCUMENTS) throw badInput('documentIds', `must have at most ${MAX_COMMENT_DOCUMENTS} items`, { reason: CoreReason.TooManyItems, max: MAX_COMMENT_DOCUMENTS });
    const { action } = await this.visible(actor, actionId);
    if (!hasRole(actor, ...ROLES)) throw forbidden("Viewers read corrective actions; the leader's and the supplier's admins and quality engineers comment", { reason: CoreReason.RoleReadOnly });
    return this.dataSource.transaction(async (m) => {
      const documents = await this.documents.attach(actor, documentIds, 'documentIds', m, { kind: AttachmentKind.CORRECTIVE_ACTION, id: action.id });
      const after = { body: body.trim(), documentIds: documents.map((d) => d.id) };
      return m.save(ActionEvent, m.create(ActionEvent, { actionId: action.id, type: 'COMMENTED', actorUserId: actor.userId, before: null, after }));
    });
  }

  /** The supplier lets its closed, effective 8D help others with the same defect. */
  async share(actor: Actor, actionId: string, shared: boolean): Promise<CorrectiveAction> {
    const { action } = await this.visible(actor, actionId);
    if (action.supplierEnterpriseId !== actor.organisationId || !actor.roles.includes(Role.ENTERPRISE_ADMIN)) throw forbidden("Only the supplier's admin decides whether its solution is shared", { reason: QualityReason.SharingSupplierAdminOnly });
    if (action.status !== ActionStatus.EFFECTIVE) throw conflict(`Only an EFFECTIVE action can be shared; this one is ${action.status}`, { reason: QualityReason.ActionNotEffective, currentStatus: action.status });
    await this.dataSource.transaction(async (m) => {
      await m.update(CorrectiveAction, action.id, { shared });
      await recordEvent(m, action.id, shared ? 'SHARED' : 'UNSHARED', actor.userId);
    });
    return this.actions.findOneByOrFail({ id: action.id });
  }

  async setPolicy(actor: Actor, chainId: string, severity: Severity, clocks: PolicyClocks): Promise<ActionPolicy & { custom: boolean }> {
    // Outside the caller's chains NOT_FOUND; a chain it reads but does not lead (its viewer, a supplier) FORBIDDEN.
    if (!isUuid(chainId)) throw notFound('Industry chain');
    const chain = await this.chains.get(actor, chainId);
    if (!this.access.actsForLeader(actor, chain.leaderEnterpriseId)) throw forbidden("Only the chain leader's admins and quality engineers set its corrective-action clocks", { reason: RegistryReason.LeaderStaffOnly });
    for (const [field, value] of Object.entries(clocks)) if (!Number.isInteger(value) || value < 1 || value > 3650) throw badInput(field, 'must be a whole number from 1', { reason: QualityReason.ClockOutOfRange });
    if (clocks.rootCauseDays * 24 < clocks.containmentHours || clocks.closureDays < clocks.rootCauseDays) throw badInput('closureDays', 'clocks must run containment ≤ root cause ≤ closure', { reason: QualityReason.ClocksOutOfOrder });
    return { ...(await this.dataSource.getRepository(ActionPolicy).save({ chainId, severity, ...clocks })), custom: true };
  }

  /** The chain's clocks for every severity, its own where it set them and the defaults elsewhere; for anyone who sees the chain. */
  async policies(actor: Actor, chainId: string): Promise<(PolicyClocks & { chainId: string; severity: Severity; custom: boolean })[]> {
    if (!isUuid(chainId)) throw notFound('Industry chain');
    const chain = await this.chains.get(actor, chainId);
    const stored = await this.dataSource.getRepository(ActionPolicy).findBy({ chainId: chain.id });
    return Object.values(Severity).map((severity) => {
      const own = stored.find((p) => p.severity === severity);
      const clocks: PolicyClocks = own ?? DEFAULT_POLICY[severity];
      return { chainId: chain.id, severity, custom: !!own, containmentHours: clocks.containmentHours, rootCauseDays: clocks.rootCauseDays, closureDays: clocks.closureDays, effectivenessDays: clocks.effectivenessDays };
    });
  }

  async policyFor(chainId: string, severity: Severity): Promise<PolicyClocks> {
    return (await this.dataSource.getRepository(ActionPolicy).findOneBy({ chainId, severity })) ?? DEFAULT_POLICY[severity];
  }

  async visible(actor: Actor, actionId: string): Promise<{ action: CorrectiveAction }> {
    const filter = await this.access.actions(actor, 'a');
    const action = await this.actions.createQueryBuilder('a').where('a.id = :actionId', { actionId }).andWhere(new Brackets((q) => q.where(filter.sql, filter.params))).getOne();
    if (!action) throw notFound('Corrective action');
    return { action };
  }

  async canRead(actor: Actor, actionId: string): Promise<boolean> {
    const filter = await this.access.actions(actor, 'a');
    return this.actions.createQueryBuilder('a').where('a.id = :actionId', { actionId }).andWhere(new Brackets((q) => q.where(filter.sql, filter.params))).getExists();
  }

  async list(actor: Actor, filter: ActionFilter, page: PageArgs): Promise<Page<CorrectiveAction>> {
    const visible = await this.access.actions(actor, 'a');
    const query = this.actions.createQueryBuilder('a').innerJoin(QualityIssue, 'i', 'i.id = a.issueId').where(new Brackets((q) => q.where(visible.sql, visible.params)));
    if (filter.issueId) query.andWhere('a.issueId = :issueId', { issueId: filter.issueId });
    if (filter.chainId) query.andWhere('a.chainId = :chainId', { chainId: filter.chainId });
    if (filter.supplierEnterpriseId) query.andWhere('a.supplierEnterpriseId = :supplier', { supplier: filter.supplierEnterpriseId });
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    if (filter.severity) query.andWhere('i.severity = :severity', { severity: filter.severity });
    if (filter.defectCode) query.andWhere('i.defect_code = :code', { code: filter.defectCode.toUpperCase() });
    if (filter.overdue) query.andWhere(`a.status = 'OPEN' AND EXISTS (SELECT 1 FROM corrective_action_steps s WHERE s.action_id = a.id AND s.due_at < now() AND s.status NOT IN ('SUBMITTED', 'APPROVED'))`);
    return paginate(query, page, { property: 'a.requestedAt', value: (a) => a.requestedAt, direction: 'DESC' });
  }

  async stepsOf(actionIds: readonly string[]): Promise<ActionStep[][]> {
    const rows = await this.dataSource.getRepository(ActionStep).find({ where: { actionId: In([...actionIds]) }, order: { step: 'ASC' } });
    return groupTo(actionIds, rows, (s) => s.actionId);
  }

  async timelineOf(actionIds: readonly string[]): Promise<ActionEvent[][]> {
    const rows = await this.dataSource.getRepository(ActionEvent).find({ where: { actionId: In([...actionIds]) }, order: { at: 'ASC' } });
    return groupTo(actionIds, rows, (e) => e.actionId);
  }

  /** Runs `work` on a locked action the caller may act on, as the given side, in one transaction. */
  private async inAction<T>(actor: Actor, actionId: string, side: StepActor, work: (m: EntityManager, action: CorrectiveAction) => Promise<T>): Promise<T> {
    const { action } = await this.visible(actor, actionId);
    const chain = await this.dataSource.getRepository(IndustryChain).findOneByOrFail({ id: action.chainId });
    const isSupplier = actor.organisationId === action.supplierEnterpriseId && actor.roles.some((r) => ROLES.includes(r));
    const isRequester = this.access.actsForLeader(actor, chain.leaderEnterpriseId);
    if (!hasRole(actor, ...ROLES) && !(side === StepActor.REQUESTER && isRequester)) throw forbidden("Only the leader's and the supplier's admins and quality engineers change a corrective action; viewers read it", { reason: CoreReason.RoleReadOnly });
    if (side === StepActor.SUPPLIER && !isSupplier) throw conflict(`That is the supplier's to do${isRequester ? '; as the requester you review steps' : ''}`, { reason: QualityReason.StepNotYourAction, rule: 'ACTOR' });
    if (side === StepActor.REQUESTER && !isRequester) throw forbidden('Only the requester (the chain leader) reviews, closes, reopens or cancels', { reason: QualityReason.RequesterOnly });
    return this.dataSource.transaction(async (m) => {
      const locked = await m.findOneOrFail(CorrectiveAction, { where: { id: actionId }, lock: { mode: 'pessimistic_write' } });
      if (side === StepActor.SUPPLIER && locked.status !== ActionStatus.OPEN) throw conflict(`The action is ${locked.status}; steps change only while it is OPEN`, { reason: QualityReason.ActionNotOpen, currentStatus: locked.status });
      return work(m, locked);
    });
  }

  private async tellLeader(m: EntityManager, action: CorrectiveAction, step: StepCode, key: string): Promise<void> {
    const [found]: { leader: string; supplier: string; issue: string }[] = await m.query(
      `SELECT c.leader_enterprise_id AS leader, o.name AS supplier, i.title AS issue
         FROM industry_chains c, organisations o, quality_issues i WHERE c.id = $1 AND o.id = $2 AND i.id = $3`,
      [action.chainId, action.supplierEnterpriseId, action.issueId],
    );
    await this.notifier.notify(m, found.leader, ROLES, {
      kind: NotificationKind.STEP_SUBMITTED,
      title: `${step} submitted for review`,
      body: `${found.supplier}, quality issue: ${found.issue}`,
      params: { step, issueTitle: found.issue, supplier: found.supplier },
      link: { type: NotificationSubject.CORRECTIVE_ACTION, id: action.id },
      dedupeKey: key,
    });
  }
}

/** An issue is OPEN while any action is; CANCELLED when all were cancelled; otherwise CLOSED. */
async function syncIssueStatus(m: EntityManager, issueId: string): Promise<void> {
  await m.query(
    `UPDATE quality_issues i SET status = CASE
        WHEN EXISTS (SELECT 1 FROM corrective_actions a WHERE a.issue_id = i.id AND a.status = 'OPEN') THEN 'OPEN'::issue_status
        WHEN NOT EXISTS (SELECT 1 FROM corrective_actions a WHERE a.issue_id = i.id AND a.status <> 'CANCELLED') THEN 'CANCELLED'::issue_status
        ELSE 'CLOSED'::issue_status END
      WHERE i.id = $1`,
    [issueId],
  );
}

/** Step clocks: D1-D3 under containment, D4 under root cause, D5-D7 under closure (docs/domain-notes.md, "Corrective actions (8D) and their clocks"). */
export function dueAt(step: StepCode, requestedAt: Date, clocks: PolicyClocks): Date {
  const t = requestedAt.getTime();
  if ([StepCode.D1, StepCode.D2, StepCode.D3].includes(step)) return new Date(t + clocks.containmentHours * HOUR);
  if (step === StepCode.D4) return new Date(t + clocks.rootCauseDays * 24 * HOUR);
  return new Date(t + clocks.closureDays * 24 * HOUR);
}
