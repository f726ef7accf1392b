import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { badInput, chinaDay, conflict, forbidden, groupTo, isIsoDate } from '@chainq/core';
import { validateCccCertificateNumber } from '@chainq/codes';
import { Actor, Role } from '@chainq/identity';
import { NotificationKind, NotificationSubject, OrganisationNotifier } from '@chainq/notifications';
import { canActForEnterprise } from '../access/registry-scope';
import { EnterpriseService } from '../enterprise/enterprise.service';
import { Certification, CertificationScheme, CertificationStatus } from './certification.entity';

export interface NewCertification {
  enterpriseId: string;
  scheme: CertificationScheme;
  schemeName?: string | null;
  number: string;
  certificationBody: string;
  issuedOn: string;
  expiresOn: string;
  surveillanceDueOn?: string | null;
  status?: CertificationStatus | null;
}

/** Days before expiry at which the holder is told; 0 is the day it lapses. */
export const EXPIRY_NOTICES = [60, 30, 0];

@Injectable()
export class CertificationService {
  constructor(
    @InjectRepository(Certification) private readonly certifications: Repository<Certification>,
    private readonly enterprises: EnterpriseService,
    private readonly notifier: OrganisationNotifier,
  ) {}

  /** Recorded once by (or for) the holder; every chain it supplies sees it. */
  async record(actor: Actor, input: NewCertification): Promise<Certification> {
    await this.enterprises.get(actor, input.enterpriseId);
    if (!canActForEnterprise(actor, input.enterpriseId)) throw forbidden("Only the holder's admins and quality engineers record its certifications");
    for (const field of ['issuedOn', 'expiresOn', 'surveillanceDueOn'] as const) {
      const v = input[field];
      if (v && !isIsoDate(v)) throw badInput(field, 'must be a date such as 2026-03-31');
    }
    if (input.expiresOn <= input.issuedOn) throw badInput('expiresOn', 'must be after issuedOn');
    if (input.surveillanceDueOn && (input.surveillanceDueOn < input.issuedOn || input.surveillanceDueOn > input.expiresOn)) {
      throw badInput('surveillanceDueOn', 'must fall between issuedOn and expiresOn');
    }
    const number = input.number.trim();
    if (!number) throw badInput('number', 'must not be empty');
    if (input.scheme === CertificationScheme.CCC) {
      const ccc = validateCccCertificateNumber(number);
      if (!ccc.ok) throw badInput('number', ccc.error);
    }
    if (input.scheme === CertificationScheme.OTHER && !input.schemeName?.trim()) throw badInput('schemeName', 'name the scheme when it is OTHER');
    if (!input.certificationBody.trim()) throw badInput('certificationBody', 'must not be empty');
    if (await this.certifications.existsBy({ enterpriseId: input.enterpriseId, scheme: input.scheme, number })) {
      throw conflict(`Certificate ${number} is already recorded for this enterprise`, { field: 'number' });
    }
    const lapsed = input.expiresOn < chinaDay();
    return this.certifications.save(
      this.certifications.create({
        ...input,
        number,
        certificationBody: input.certificationBody.trim(),
        schemeName: input.schemeName?.trim() || null,
        surveillanceDueOn: input.surveillanceDueOn ?? null,
        status: lapsed ? CertificationStatus.EXPIRED : (input.status ?? CertificationStatus.VALID),
      }),
    );
  }

  async forEnterprises(enterpriseIds: readonly string[]): Promise<Certification[][]> {
    const rows = await this.certifications.find({ where: { enterpriseId: In([...enterpriseIds]) }, order: { expiresOn: 'ASC' } });
    return groupTo(enterpriseIds, rows, (c) => c.enterpriseId);
  }

  async ownedBy(enterpriseId: string, ids: string[]): Promise<number> {
    return ids.length ? this.certifications.countBy({ enterpriseId, id: In(ids) }) : 0;
  }

  /**
   * The daily check (05:00 Shanghai time): marks certificates lapsed before
   * today's China day EXPIRED and tells holders at 60, 30 and 0 days. Each
   * notice is claimed on the certificate (expiry_notice_days only falls) and
   * recorded in the outbox in the same transaction, so a crash sends nothing
   * and spends nothing, and a rerun or a second replica sends nothing twice.
   */
  async checkExpiry(now: Date = new Date()): Promise<{ expired: number; notices: number }> {
    const on = chinaDay(now);
    return this.certifications.manager.transaction(async (m) => {
      const [, expired]: [unknown, number] = await m.query(
        `UPDATE certifications SET status = 'EXPIRED' WHERE status = 'VALID' AND expires_on < $1::date`,
        [on],
      );
      // The nearest threshold not yet passed: 45 days left -> the 60-day notice, 5 -> the 30-day one.
      const [due]: [{ id: string; enterprise_id: string; scheme: string; number: string; expires_on: string; days: number; notice: number }[], number] = await m.query(
        `UPDATE certifications c SET expiry_notice_days = t.notice
           FROM (SELECT c2.id, (SELECT min(n) FROM unnest($2::int[]) n WHERE n >= c2.expires_on - $1::date) AS notice
                   FROM certifications c2
                  WHERE c2.status = 'VALID' AND c2.expires_on BETWEEN $1::date AND $1::date + (SELECT max(n) FROM unnest($2::int[]) n)) t
          WHERE c.id = t.id AND (c.expiry_notice_days IS NULL OR c.expiry_notice_days > t.notice)
          RETURNING c.id, c.enterprise_id, c.scheme, c.number, to_char(c.expires_on, 'YYYY-MM-DD') AS expires_on,
                    (c.expires_on - $1::date) AS days, t.notice`,
        [on, EXPIRY_NOTICES],
      );
      let notices = 0;
      for (const c of due) {
        notices += await this.notifier.notify(m, c.enterprise_id, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], {
          kind: NotificationKind.CERTIFICATE_EXPIRING,
          title: c.notice === 0 ? `${c.scheme} certificate ${c.number} expires today` : `${c.scheme} certificate ${c.number} expires in ${c.days} days`,
          body: `It lapses on ${c.expires_on}. Book the recertification audit so chains you supply keep recognising it.`,
          params: { scheme: c.scheme, certificateNumber: c.number, expiresOn: c.expires_on, daysLeft: c.days },
          link: { type: NotificationSubject.CERTIFICATION, id: c.id },
          dedupeKey: `cert-expiry:${c.id}:${c.notice}`,
        });
      }
      return { expired, notices };
    });
  }
}
