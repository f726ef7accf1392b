import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { badInput, forbidden, groupTo, notFound } from '@chainq/core';
import { Actor, hasRole, Role } from '@chainq/identity';
import { NotificationKind, NotificationSubject, OrganisationNotifier } from '@chainq/notifications';
import { AcknowledgementAction, nextAcknowledgementStatus } from './acknowledgement-transitions';
import { AcknowledgementEvent, AcknowledgementStatus, StandardAcknowledgement } from './distribution.entity';
import { Standard } from './standard.entity';
import { actsForOwner } from './standards-access';

const RECIPIENT_ACTIONS = [AcknowledgementAction.ACKNOWLEDGE, AcknowledgementAction.ADOPT, AcknowledgementAction.REQUEST_DEVIATION];
const OWNER_ROLES = [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.COORDINATOR];

@Injectable()
export class AcknowledgementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: OrganisationNotifier,
  ) {}

  /** A supplier's inbox: what its enterprise was asked to acknowledge, newest first. */
  inbox(actor: Actor, status?: AcknowledgementStatus | null): Promise<StandardAcknowledgement[]> {
    return this.dataSource.getRepository(StandardAcknowledgement).find({
      where: { recipientEnterpriseId: actor.organisationId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC' },
      take: 200,
    });
  }

  /** Acknowledge, adopt or ask for a deviation: the recipient's admins and quality engineers only. */
  async respond(actor: Actor, id: string, action: AcknowledgementAction, note?: string | null): Promise<StandardAcknowledgement> {
    if (!RECIPIENT_ACTIONS.includes(action)) throw new Error(`${action} is not a recipient's action`);
    const reason = note?.trim() || null;
    if (action === AcknowledgementAction.REQUEST_DEVIATION && !reason) throw badInput('reason', 'say why the standard cannot be followed as written');
    return this.change(actor, id, action, reason, async (ack) => {
      if (ack.recipientEnterpriseId !== actor.organisationId) throw notFound('Acknowledgement');
      if (!hasRole(actor, Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER)) throw forbidden('Only admins and quality engineers answer for the enterprise');
    });
  }

  /** The owner accepts or rejects a requested deviation, once. */
  async decideDeviation(actor: Actor, id: string, accept: boolean, comment?: string | null): Promise<StandardAcknowledgement> {
    const action = accept ? AcknowledgementAction.ACCEPT_DEVIATION : AcknowledgementAction.REJECT_DEVIATION;
    return this.change(actor, id, action, comment?.trim() || null, async (_ack, standard) => {
      if (!actsForOwner(actor, standard.ownerOrganisationId)) {
        throw actor.organisationId === standard.ownerOrganisationId ? forbidden("Only the owner's admins and quality engineers decide deviations") : notFound('Acknowledgement');
      }
    });
  }

  async events(ids: readonly string[]): Promise<AcknowledgementEvent[][]> {
    const rows = await this.dataSource.getRepository(AcknowledgementEvent).find({ where: { acknowledgementId: In([...ids]) }, order: { at: 'ASC' } });
    return groupTo(ids, rows, (e) => e.acknowledgementId);
  }

  private async change(
    actor: Actor,
    id: string,
    action: AcknowledgementAction,
    note: string | null,
    authorise: (ack: StandardAcknowledgement, standard: Standard) => Promise<void>,
  ): Promise<StandardAcknowledgement> {
    return this.dataSource.transaction(async (m) => {
      const ack = await m.findOne(StandardAcknowledgement, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!ack) throw notFound('Acknowledgement');
      const standard = await m.findOneByOrFail(Standard, { id: ack.standardId });
      await authorise(ack, standard);
      const to = nextAcknowledgementStatus(ack.status, action);
      await m.update(StandardAcknowledgement, id, {
        status: to,
        ...(action === AcknowledgementAction.REQUEST_DEVIATION ? { deviationReason: note } : {}),
        ...(action === AcknowledgementAction.ACCEPT_DEVIATION || action === AcknowledgementAction.REJECT_DEVIATION ? { decisionComment: note } : {}),
      });
      await m.insert(AcknowledgementEvent, { acknowledgementId: id, fromStatus: ack.status, toStatus: to, note, actorUserId: actor.userId });
      const [supplier, owner] = [ack.recipientEnterpriseId, standard.ownerOrganisationId];
      if (action === AcknowledgementAction.REQUEST_DEVIATION) {
        const [{ name: supplierName }]: { name: string }[] = await m.query('SELECT name FROM organisations WHERE id = $1', [supplier]);
        await this.notifier.notify(m, owner, OWNER_ROLES, {
          kind: NotificationKind.STANDARD_DEVIATION_REQUESTED,
          title: `${supplierName} asks to deviate from ${standard.number}`,
          body: note ?? '',
          params: { standardNumber: standard.number, supplier: supplierName, reason: note ?? '' },
          link: { type: NotificationSubject.STANDARD_ACKNOWLEDGEMENT, id },
          dedupeKey: `deviation:${id}:${Date.now()}`,
        });
      } else if (action !== AcknowledgementAction.ACKNOWLEDGE && action !== AcknowledgementAction.ADOPT) {
        await this.notifier.notify(m, supplier, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], {
          kind: accept(to) ? NotificationKind.STANDARD_DEVIATION_ACCEPTED : NotificationKind.STANDARD_DEVIATION_REJECTED,
          title: `${standard.number}: your deviation was ${accept(to) ? 'accepted' : 'rejected'}`,
          body: note ?? '',
          params: { standardNumber: standard.number, comment: note ?? '' },
          link: { type: NotificationSubject.STANDARD_ACKNOWLEDGEMENT, id },
          dedupeKey: `deviation-decision:${id}:${to}`,
        });
      }
      return m.findOneByOrFail(StandardAcknowledgement, { id });
    });
  }
}

const accept = (status: AcknowledgementStatus) => status === AcknowledgementStatus.DEVIATION_ACCEPTED;
