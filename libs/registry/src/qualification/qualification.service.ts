import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { alignTo, badInput, conflict, CoreReason, forbidden, JobName, OutboxService } from '@chainq/core';
import { AttachmentKind, DocumentService } from '@chainq/documents';
import { Actor } from '@chainq/identity';
import { NotificationKind, NotificationSubject, OrganisationNotifier } from '@chainq/notifications';
import { canActForEnterprise } from '../access/registry-scope';
import { CertificationService } from '../certification/certification.service';
import { ChainMembership, MembershipStatus } from '../chain/chain-membership.entity';
import { LEADER_ROLES, MembershipService } from '../chain/membership.service';
import { MembershipAction } from '../chain/membership-transitions';
import { MaturityService } from '../maturity/maturity.service';
import { Qualification, QualificationDecision } from './qualification.entity';
import { RegistryReason } from '../registry-reasons';

export interface QualificationSubmission {
  membershipId: string;
  certificationIds: string[];
  maturityAssessmentId?: string | null;
  /** Uploaded through POST /files; earlier submissions' documents may be named again. */
  documentIds?: string[];
  note?: string | null;
}

/** The most documents one submission carries. */
export const MAX_QUALIFICATION_DOCUMENTS = 20;

@Injectable()
export class QualificationService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly memberships: MembershipService,
    private readonly certifications: CertificationService,
    private readonly maturity: MaturityService,
    private readonly notifier: OrganisationNotifier,
    private readonly outbox: OutboxService,
    private readonly documents: DocumentService,
  ) {}

  /** Qualification documents are attached to the membership: whoever may read the membership reads them. */
  onModuleInit(): void {
    this.documents.registerReader(AttachmentKind.MEMBERSHIP, (actor, membershipId) => this.memberships.canRead(actor, membershipId));
  }

  /** The supplier sends its certifications, maturity self-assessment and documents to the leader. */
  async submit(actor: Actor, input: QualificationSubmission): Promise<Qualification> {
    const { membership, chain } = await this.memberships.visibleMembership(actor, input.membershipId);
    const supplierId = membership.supplierEnterpriseId;
    if (!supplierId || !canActForEnterprise(actor, supplierId) || actor.organisationId === chain.leaderEnterpriseId) {
      throw forbidden("Only the supplier's admins and quality engineers submit its qualification", { reason: RegistryReason.OwnEnterpriseStaffOnly });
    }
    if (membership.status !== MembershipStatus.ONBOARDING) {
      throw conflict(`A qualification is submitted while ONBOARDING; this membership is ${membership.status}`, { reason: RegistryReason.MembershipNotOnboarding, currentStatus: membership.status });
    }
    const certificationIds = [...new Set(input.certificationIds)];
    if ((await this.certifications.ownedBy(supplierId, certificationIds)) !== certificationIds.length) {
      throw badInput('certificationIds', "names a certification that is not your enterprise's", { reason: RegistryReason.CertificationNotYours });
    }
    if (input.maturityAssessmentId && !(await this.maturity.ownedBy(supplierId, input.maturityAssessmentId))) {
      throw badInput('maturityAssessmentId', "is not one of your enterprise's assessments", { reason: RegistryReason.AssessmentNotYours });
    }
    const documentIds = input.documentIds ?? [];
    if (documentIds.length > MAX_QUALIFICATION_DOCUMENTS) throw badInput('documentIds', `must have at most ${MAX_QUALIFICATION_DOCUMENTS} items`, { reason: CoreReason.TooManyItems, max: MAX_QUALIFICATION_DOCUMENTS });
    if (!certificationIds.length && !input.maturityAssessmentId && !documentIds.length) {
      throw badInput('certificationIds', 'give at least one certification, a maturity assessment or a document', { reason: RegistryReason.QualificationEvidenceRequired });
    }
    return this.dataSource.transaction(async (m) => {
      await m.findOneOrFail(ChainMembership, { where: { id: membership.id }, lock: { mode: 'pessimistic_write' } });
      if (await m.existsBy(Qualification, { membershipId: membership.id, decision: QualificationDecision.PENDING })) {
        throw conflict('A qualification is already waiting for the leader’s decision', { reason: RegistryReason.QualificationAlreadySubmitted });
      }
      const documents = await this.documents.attach(actor, documentIds, 'documentIds', m, { kind: AttachmentKind.MEMBERSHIP, id: membership.id });
      const saved = await m.save(
        Qualification,
        m.create(Qualification, {
          membershipId: membership.id,
          certificationIds,
          maturityAssessmentId: input.maturityAssessmentId ?? null,
          documentIds: documents.map((d) => d.id),
          note: input.note?.trim() || null,
          submittedBy: actor.userId,
        }),
      );
      const [supplier]: { name: string }[] = await m.query('SELECT name FROM organisations WHERE id = $1', [supplierId]);
      await this.notifier.notify(m, chain.leaderEnterpriseId, LEADER_ROLES, {
        kind: NotificationKind.QUALIFICATION_SUBMITTED,
        title: `${supplier.name} submitted its qualification for ${chain.name}`,
        body: 'Review it and approve the supplier or return the qualification with reasons.',
        params: { chain: chain.name, supplier: supplier.name },
        link: { type: NotificationSubject.CHAIN_MEMBERSHIP, id: membership.id },
        dedupeKey: `qualification:${saved.id}`,
      });
      return saved;
    });
  }

  /** APPROVE makes the supplier ACTIVE; RETURN sends the qualification back with reasons. */
  async decide(actor: Actor, membershipId: string, approve: boolean, reasons: string[] = []): Promise<ChainMembership> {
    const { chain } = await this.memberships.visibleMembership(actor, membershipId);
    if (!canActForEnterprise(actor, chain.leaderEnterpriseId)) throw forbidden("Only the chain leader's admins and quality engineers decide qualifications", { reason: RegistryReason.LeaderStaffOnly });
    const cleaned = reasons.map((r) => r.trim()).filter(Boolean);
    if (!approve && !cleaned.length) throw badInput('reasons', 'say what the supplier must fix', { reason: CoreReason.ReasonRequired });
    return this.dataSource.transaction(async (m) => {
      const membership = await m.findOneOrFail(ChainMembership, { where: { id: membershipId }, lock: { mode: 'pessimistic_write' } });
      if (membership.status !== MembershipStatus.ONBOARDING) {
        throw conflict(`Qualifications are decided while ONBOARDING; this membership is ${membership.status}`, { reason: RegistryReason.MembershipNotOnboarding, currentStatus: membership.status });
      }
      const pending = await m.findOne(Qualification, { where: { membershipId, decision: QualificationDecision.PENDING }, order: { submittedAt: 'DESC' } });
      if (!pending) throw conflict('The supplier has not submitted a qualification to decide on', { reason: RegistryReason.NoQualificationToDecide });
      await m.update(Qualification, pending.id, {
        decision: approve ? QualificationDecision.APPROVED : QualificationDecision.RETURNED,
        decisionReasons: cleaned,
        decidedBy: actor.userId,
        decidedAt: new Date(),
      });
      const result = approve
        ? await this.memberships.move(m, actor, membership, MembershipAction.APPROVE, cleaned.join('; ') || 'qualification approved')
        : membership;
      if (approve) await this.outbox.record(m, JobName.MembershipActivated, { membershipId });
      const link = { type: NotificationSubject.CHAIN_MEMBERSHIP, id: membershipId };
      const dedupeKey = `qualification-decision:${pending.id}`;
      await this.notifier.notify(
        m,
        membership.supplierEnterpriseId!,
        LEADER_ROLES,
        approve
          ? { kind: NotificationKind.QUALIFICATION_APPROVED, title: `You are now an active supplier in ${chain.name}`, body: 'Welcome aboard.', params: { chain: chain.name }, link, dedupeKey }
          : { kind: NotificationKind.QUALIFICATION_RETURNED, title: `${chain.name} returned your qualification`, body: cleaned.join('\n'), params: { chain: chain.name, reasons: cleaned.join('; ') }, link, dedupeKey },
      );
      return result;
    });
  }

  async latestOf(membershipIds: readonly string[]): Promise<(Qualification | undefined)[]> {
    const rows = await this.dataSource
      .getRepository(Qualification)
      .createQueryBuilder('q')
      .distinctOn(['q.membershipId'])
      .where('q.membershipId IN (:...ids)', { ids: [...membershipIds] })
      .orderBy('q.membershipId')
      .addOrderBy('q.submittedAt', 'DESC')
      .getMany();
    return alignTo(membershipIds, rows, (q) => q.membershipId);
  }
}
