import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Language, Role } from '@chainq/identity';
import { NotificationContent, NotificationKind, NotificationSubject, OrganisationNotifier, renderNotification } from '@chainq/notifications';
import { type SwitchingEvent } from '@chainq/sampling';
import type { AppliedSwitch, SwitchingRecord } from './switching-lots.rule';
import type { SwitchingState } from './switching-state.entity';

/** A switch to announce, with the part's state after the lots that caused it. */
export interface SwitchNotice {
  state: SwitchingRecord & Pick<SwitchingState, 'id' | 'chainId' | 'supplierEnterpriseId' | 'partNumber'>;
  switch: AppliedSwitch;
}

/** The leader's recipients of a switch: its quality engineers, or its admins when it has none. */
const RECIPIENTS = [[Role.QUALITY_ENGINEER], [Role.ENTERPRISE_ADMIN]];

type Names = { chain_id: string; leader_id: string; leader: string; supplier_id: string; supplier: string };

/** The notice of each switch the lots cause (GB/T 2828.1-2012 clause 9.3); a discontinuation has its own. */
const SWITCH_KINDS: Record<Exclude<SwitchingEvent, 'DISCONTINUED'>, NotificationKind> = {
  NORMAL_TO_TIGHTENED: NotificationKind.SAMPLING_TIGHTENED,
  TIGHTENED_TO_NORMAL: NotificationKind.SAMPLING_RELAXED,
  NORMAL_TO_REDUCED: NotificationKind.SAMPLING_REDUCED,
  REDUCED_TO_NORMAL: NotificationKind.SAMPLING_REDUCED_ENDED,
};

/**
 * Tells the chain leader of each switch its incoming lots cause, in the transaction that
 * records them (notices go out through the outbox): its quality engineers, or its admins when
 * it has none. A discontinuation is told to the supplier's admins and quality engineers too,
 * who must act before the part is inspected on a sampling plan again. Each notice once: the
 * dedupe key names the state and the lot behind it.
 */
@Injectable()
export class SwitchingNotices {
  constructor(private readonly notifier: OrganisationNotifier) {}

  async announce(m: EntityManager, notices: SwitchNotice[]): Promise<void> {
    if (notices.length === 0) return;
    // Names for the text, read from the chain and organisation rows as the notices are written.
    const names: Names[] = await m.query(
      `SELECT c.id AS chain_id, c.leader_enterprise_id AS leader_id, l.name AS leader, o.id AS supplier_id, o.name AS supplier
         FROM industry_chains c JOIN organisations l ON l.id = c.leader_enterprise_id CROSS JOIN organisations o
        WHERE c.id = ANY($1::uuid[]) AND o.id = ANY($2::uuid[])`,
      [[...new Set(notices.map((n) => n.state.chainId))], [...new Set(notices.map((n) => n.state.supplierEnterpriseId))]],
    );
    for (const notice of notices) {
      const found = names.find((n) => n.chain_id === notice.state.chainId && n.supplier_id === notice.state.supplierEnterpriseId);
      if (!found) continue;
      if (notice.switch.event === 'DISCONTINUED') await this.discontinued(m, notice.state, found);
      else await this.switched(m, notice, found);
    }
  }

  private async switched(m: EntityManager, { state, switch: { event, lot } }: SwitchNotice, found: Names): Promise<void> {
    const kind = SWITCH_KINDS[event as Exclude<SwitchingEvent, 'DISCONTINUED'>];
    const params = { partNumber: state.partNumber, supplier: found.supplier, lotNumber: lot.lotNumber };
    // The four switch kinds carry the same params, which the type of one kind at a time cannot say.
    const content = {
      kind,
      params,
      link: { type: NotificationSubject.INDUSTRY_CHAIN, id: state.chainId },
      // The stored copy in English; readers see it in their language from the kind and params.
      ...renderNotification(kind, params, Language.EN)!,
      dedupeKey: `sampling-switch:${state.id}:${lot.id}:${event}`,
    } as NotificationContent;
    for (const roles of RECIPIENTS) if ((await this.notifier.notify(m, found.leader_id, roles, content)) > 0) break;
  }

  private async discontinued(m: EntityManager, state: SwitchNotice['state'], found: Names): Promise<void> {
    const params = { partNumber: state.partNumber, supplier: found.supplier, leader: found.leader, rejectedLots: state.cumulativeRejectedUnderTightened };
    const link = { type: NotificationSubject.INDUSTRY_CHAIN, id: state.chainId };
    const rejected = `${state.cumulativeRejectedUnderTightened} lots of part ${state.partNumber} were rejected under tightened inspection (GB/T 2828.1 switching rules).`;
    const dedupeKey = `sampling-discontinued:${state.id}:${state.discontinuedAt?.toISOString()}`;
    const leaderContent = {
      kind: NotificationKind.SAMPLING_DISCONTINUED as const,
      params,
      link,
      title: `Incoming inspection of ${state.partNumber} from ${found.supplier} is discontinued`,
      body: `${rejected} Accept no more of its lots on a sampling plan until the supplier has taken corrective action; then resume inspection, which restarts at tightened.`,
      dedupeKey,
    };
    for (const roles of RECIPIENTS) if ((await this.notifier.notify(m, found.leader_id, roles, leaderContent)) > 0) break;
    await this.notifier.notify(m, found.supplier_id, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], {
      kind: NotificationKind.SAMPLING_DISCONTINUED,
      params,
      link,
      title: `${found.leader} has discontinued incoming inspection of your part ${state.partNumber}`,
      body: `${rejected} Its lots are not accepted on a sampling plan until you have taken corrective action and ${found.leader} resumes inspection, at tightened.`,
      dedupeKey: `${dedupeKey}:supplier`,
    });
  }
}
