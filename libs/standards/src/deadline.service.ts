import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { chinaDay } from '@chainq/core';
import { Role } from '@chainq/identity';
import { NotificationContent, NotificationKind, NotificationSubject, OrganisationNotifier } from '@chainq/notifications';
import { OPEN_STATUSES } from './acknowledgement-transitions';

/** Reminders go this many days before the due date. */
export const REMIND_DAYS_BEFORE = 3;

interface DeadlineText {
  kind: NotificationKind.STANDARD_DUE_SOON | NotificationKind.STANDARD_OVERDUE | NotificationKind.STANDARD_OVERDUE_RECIPIENT;
  title: string;
  body: string;
}

interface Claimed {
  id: string;
  recipient_enterprise_id: string;
  owner: string;
  number: string;
  version: string;
  due_on: string;
  recipient: string;
}

/**
 * Reminds recipients before the due date and escalates to recipient and
 * owner when it has passed. "Today" is the China day of the run (the job
 * runs at 05:30 Shanghai time, still the day before in UTC). Each
 * acknowledgement is claimed by setting its timestamp, and its notices are
 * recorded in the outbox, in one transaction: a crash in between undoes the
 * claim too, and a retry or a second worker finds nothing left to send.
 */
@Injectable()
export class DeadlineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: OrganisationNotifier,
  ) {}

  async run(now: Date = new Date()): Promise<{ reminded: number; escalated: number }> {
    const on = chinaDay(now);
    const reminded = await this.dataSource.transaction(async (m) => {
      const claimed = await this.claim(m, 'reminded_at', `a.due_on >= $1::date AND a.due_on - $1::date <= ${REMIND_DAYS_BEFORE}`, on);
      for (const a of claimed) {
        await this.tell(m, a.recipient_enterprise_id, a, `std-remind:${a.id}`, {
          kind: NotificationKind.STANDARD_DUE_SOON,
          title: `${a.number} revision ${a.version} is due on ${a.due_on}`,
          body: 'Acknowledge or adopt it, or ask for a deviation.',
        });
      }
      return claimed.length;
    });
    const escalated = await this.dataSource.transaction(async (m) => {
      const claimed = await this.claim(m, 'escalated_at', 'a.due_on < $1::date', on);
      for (const a of claimed) {
        const title = `${a.number} revision ${a.version} is overdue (due ${a.due_on})`;
        await this.tell(m, a.recipient_enterprise_id, a, `std-escalate:${a.id}`, { kind: NotificationKind.STANDARD_OVERDUE, title, body: 'Your customer has been told.' });
        await this.tell(m, a.owner, a, `std-escalate-owner:${a.id}`, {
          kind: NotificationKind.STANDARD_OVERDUE_RECIPIENT,
          title: `${a.recipient}: ${title}`,
          body: 'A recipient has not answered in time.',
        });
      }
      return claimed.length;
    });
    return { reminded, escalated };
  }

  private async claim(m: EntityManager, column: 'reminded_at' | 'escalated_at', when: string, on: string): Promise<Claimed[]> {
    // TypeORM answers an UPDATE with [rows, count].
    const [rows]: [Claimed[], number] = await m.query(
      `UPDATE standard_acknowledgements a SET ${column} = now()
         FROM standards s, standard_revisions r
        WHERE s.id = a.standard_id AND r.id = a.revision_id AND a.${column} IS NULL
          AND a.status = ANY($2::acknowledgement_status[]) AND ${when}
        RETURNING a.id, a.recipient_enterprise_id, s.owner_organisation_id AS owner, s.number, r.version, to_char(a.due_on, 'YYYY-MM-DD') AS due_on,
                  (SELECT o.name FROM organisations o WHERE o.id = a.recipient_enterprise_id) AS recipient`,
      [on, OPEN_STATUSES],
    );
    return rows;
  }

  private async tell(m: EntityManager, organisationId: string, a: Claimed, key: string, text: DeadlineText): Promise<void> {
    const params = { standardNumber: a.number, revision: a.version, dueOn: a.due_on };
    const link = { type: NotificationSubject.STANDARD_ACKNOWLEDGEMENT, id: a.id };
    const content: NotificationContent =
      text.kind === NotificationKind.STANDARD_OVERDUE_RECIPIENT
        ? { ...text, kind: text.kind, params: { ...params, recipient: a.recipient }, link, dedupeKey: key }
        : { ...text, kind: text.kind, params, link, dedupeKey: key };
    await this.notifier.notify(m, organisationId, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.COORDINATOR], content);
  }
}
