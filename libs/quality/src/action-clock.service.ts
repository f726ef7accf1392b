import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@chainq/identity';
import { NotificationKind, NotificationSubject, OrganisationNotifier } from '@chainq/notifications';
import { recordEvent } from './action-timeline';
import { ActionStatus } from './corrective-action.entity';
import { CorrectiveActionService } from './corrective-action.service';

/**
 * Escalation ladder for overdue steps: level 1 tells the supplier as soon as
 * a step is late, level 2 the leader's quality engineers after a day, level 3
 * the leader's admins after three days. Each level once per action.
 */
export const ESCALATION_LADDER: { level: number; lateHours: number; to: 'SUPPLIER' | 'LEADER'; roles: Role[] }[] = [
  { level: 1, lateHours: 0, to: 'SUPPLIER', roles: [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER] },
  { level: 2, lateHours: 24, to: 'LEADER', roles: [Role.QUALITY_ENGINEER] },
  { level: 3, lateHours: 72, to: 'LEADER', roles: [Role.ENTERPRISE_ADMIN] },
];

@Injectable()
export class ActionClockService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: OrganisationNotifier,
    private readonly actions: CorrectiveActionService,
  ) {}

  /**
   * Raises each open action to the level its most overdue step has earned.
   * Per level, the raise is claimed in one UPDATE (level only grows) and its
   * notices (through the outbox) and timeline events are written in the same
   * transaction: a crash in between spends no level, and a rerun or a second
   * worker sends nothing twice.
   */
  async escalate(now: Date = new Date()): Promise<number> {
    let sent = 0;
    for (const rung of ESCALATION_LADDER) {
      sent += await this.dataSource.transaction(async (m) => {
        const [claimed]: [{ id: string; supplier: string; leader: string; title: string; steps: string[] }[], number] = await m.query(
          `UPDATE corrective_actions a SET escalation_level = $1
             FROM industry_chains c, quality_issues i
            WHERE c.id = a.chain_id AND i.id = a.issue_id AND a.status = 'OPEN' AND a.escalation_level < $1
              AND EXISTS (SELECT 1 FROM corrective_action_steps s WHERE s.action_id = a.id
                           AND s.status NOT IN ('SUBMITTED', 'APPROVED') AND s.due_at <= $2::timestamptz - make_interval(hours => $3))
            RETURNING a.id, a.supplier_enterprise_id AS supplier, c.leader_enterprise_id AS leader, i.title,
              ARRAY(SELECT s.step::text FROM corrective_action_steps s WHERE s.action_id = a.id
                     AND s.status NOT IN ('SUBMITTED', 'APPROVED') AND s.due_at <= $2::timestamptz ORDER BY s.step) AS steps`,
          [rung.level, now.toISOString(), rung.lateHours],
        );
        for (const a of claimed) {
          await this.notifier.notify(m, rung.to === 'SUPPLIER' ? a.supplier : a.leader, rung.roles, {
            kind: NotificationKind.CORRECTIVE_ACTION_OVERDUE,
            title: `8D overdue (escalation level ${rung.level}), ${a.title}: ${a.steps.join(', ')} late`,
            body: rung.to === 'SUPPLIER' ? 'Submit the late steps now.' : 'A supplier has missed the corrective-action clock.',
            params: { issueTitle: a.title, level: rung.level, steps: a.steps.join(', ') },
            link: { type: NotificationSubject.CORRECTIVE_ACTION, id: a.id },
            dedupeKey: `escalation:${a.id}:${rung.level}`,
          });
          await recordEvent(m, a.id, 'ESCALATED', null, null, { level: rung.level, lateSteps: a.steps });
        }
        return claimed.length;
      });
    }
    return sent;
  }

  /**
   * After the check period: no new issue with the same defect code at the
   * same supplier since closure means EFFECTIVE; a recurrence reopens it.
   */
  async checkEffectiveness(now: Date = new Date()): Promise<{ effective: number; reopened: number }> {
    const due: { id: string; recurred: boolean }[] = await this.dataSource.query(
      `SELECT a.id, EXISTS (
                SELECT 1 FROM corrective_actions a2 JOIN quality_issues i2 ON i2.id = a2.issue_id
                 WHERE a2.supplier_enterprise_id = a.supplier_enterprise_id AND i2.defect_code = i.defect_code
                   AND i2.id <> i.id AND i2.detected_at > a.closed_at) AS recurred
         FROM corrective_actions a JOIN quality_issues i ON i.id = a.issue_id
        WHERE a.status = 'CLOSED' AND a.effectiveness_due_at <= $1`,
      [now.toISOString()],
    );
    let effective = 0;
    let reopened = 0;
    for (const row of due) {
      await this.dataSource.transaction(async (m) => {
        const [locked] = await m.query(`SELECT status FROM corrective_actions WHERE id = $1 FOR UPDATE`, [row.id]);
        if (locked.status !== ActionStatus.CLOSED) return;
        if (row.recurred) {
          await this.actions.reopen(null, row.id, 'The same defect recurred at this supplier within the effectiveness period', m);
          reopened++;
        } else {
          await m.query(`UPDATE corrective_actions SET status = 'EFFECTIVE', updated_at = now() WHERE id = $1`, [row.id]);
          await recordEvent(m, row.id, 'EFFECTIVE', null, { status: ActionStatus.CLOSED }, { status: ActionStatus.EFFECTIVE });
          effective++;
        }
      });
    }
    return { effective, reopened };
  }

}
