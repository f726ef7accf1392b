import { Descriptions, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { lastDayOf, useFormat } from '../../format/format';
import './profile.css';
import { ToneTag } from '../../ui/tone-tag';

/** A quality profile as the API and a share's signed snapshot both give it (the snapshot leaves out sections not shared). */
export interface ProfileData {
  computedAt: string;
  registration: { name: string; uscc?: string | null; regionName: string; sizeClass?: string | null; registeredOn: string };
  certificates?: { scheme: string; schemeName?: string | null; issuer: string; number: string; issuedOn: string; expiresOn: string; status: string }[] | null;
  maturity?: { level: string; score: number; assessedAt: string } | null;
  chains?:
    | {
        name?: string | null;
        leaderProvince: string;
        status: string;
        suppliedSince: string;
        monthsSupplied: number;
        period: { from: string; to: string };
        lotsInspected: number;
        lotPassRate?: number | null;
        firstPassYield?: number | null;
        ppm?: number | null;
        correctiveActions: { requested: number; answered: number; medianResponseHours?: number | null };
      }[]
    | null;
}

/**
 * The profile's sections, each saying what its figures cover and when they
 * were computed: registration always, then whichever of certificates,
 * maturity and chain performance the data holds.
 */
export function ProfileView({ profile }: { profile: ProfileData }) {
  const { t } = useTranslation(['profile', 'certificates']);
  const f = useFormat();
  const r = profile.registration;
  return (
    <div className="profile-view">
      <section aria-labelledby="profile-registration">
        <h2 id="profile-registration" className="profile-section-title">{t('view.registration')}</h2>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <Descriptions.Item label={t('view.name')}>{r.name}</Descriptions.Item>
          <Descriptions.Item label={t('view.uscc')}>{r.uscc ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('view.region')}>{r.regionName}</Descriptions.Item>
          <Descriptions.Item label={t('view.sizeClass')}>{r.sizeClass ? t(`view.size.${r.sizeClass}`) : t('view.sizeUnknown')}</Descriptions.Item>
          <Descriptions.Item label={t('view.registeredOn')}>{f.date(r.registeredOn)}</Descriptions.Item>
        </Descriptions>
      </section>

      {profile.certificates && (
        <section aria-labelledby="profile-certificates">
          <h2 id="profile-certificates" className="profile-section-title">{t('view.certificates')}</h2>
          {profile.certificates.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('view.noCertificates')} />
          ) : (
            <ul className="profile-list">
              {profile.certificates.map((c) => (
                <li key={`${c.scheme}-${c.number}`} className="profile-item">
                  <div className="profile-item-head">
                    <strong>{c.scheme === 'OTHER' && c.schemeName ? c.schemeName : t(`certificates:scheme.${c.scheme}`)}</strong>
                    <ToneTag tone={c.status === 'VALID' ? 'green' : 'red'}>{t(`certificates:status.${c.status}`)}</ToneTag>
                  </div>
                  <div className="profile-item-facts">
                    {t('view.certificateFacts', { number: c.number, issuer: c.issuer, from: f.date(c.issuedOn), to: f.date(c.expiresOn) })}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {profile.maturity !== undefined && (
        <section aria-labelledby="profile-maturity">
          <h2 id="profile-maturity" className="profile-section-title">{t('view.maturity')}</h2>
          {profile.maturity ? (
            <p>{t('view.maturityFacts', { level: t(`certificates:level.${profile.maturity.level}`), score: profile.maturity.score.toFixed(2), date: f.date(profile.maturity.assessedAt) })}</p>
          ) : (
            <p className="profile-muted">{t('view.noMaturity')}</p>
          )}
        </section>
      )}

      {profile.chains && (
        <section aria-labelledby="profile-chains">
          <h2 id="profile-chains" className="profile-section-title">{t('view.chains')}</h2>
          {profile.chains.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('view.noChains')} />
          ) : (
            <ul className="profile-list">
              {profile.chains.map((c, i) => (
                <li key={`${c.name ?? 'unnamed'}-${i}`} className="profile-item">
                  <div className="profile-item-head">
                    <strong>{c.name ?? t('view.unnamedChain', { province: c.leaderProvince })}</strong>
                    {c.status !== 'ACTIVE' && <ToneTag tone="orange">{t(`view.membership.${c.status}`)}</ToneTag>}
                  </div>
                  <div className="profile-item-facts">{t('view.supplied', { since: f.date(c.suppliedSince), count: c.monthsSupplied })}</div>
                  <div className="profile-item-facts">{t('view.period', { from: f.date(c.period.from), to: f.date(lastDayOf(c.period)) })}</div>
                  <dl className="profile-figures">
                    <div><dt>{t('view.lotsInspected')}</dt><dd>{f.count(c.lotsInspected)}</dd></div>
                    <div><dt>{t('view.lotPassRate')}</dt><dd>{f.percent(c.lotPassRate)}</dd></div>
                    <div><dt>{t('view.firstPassYield')}</dt><dd>{f.percent(c.firstPassYield)}</dd></div>
                    <div><dt>{t('view.ppm')}</dt><dd>{f.ppm(c.ppm)}</dd></div>
                    <div><dt>{t('view.actionsAnswered')}</dt><dd>{t('view.answeredOf', { answered: f.count(c.correctiveActions.answered), requested: f.count(c.correctiveActions.requested) })}</dd></div>
                    <div>
                      <dt>{t('view.medianResponse')}</dt>
                      <dd>{c.correctiveActions.medianResponseHours == null ? '—' : t('view.hours', { value: c.correctiveActions.medianResponseHours.toFixed(1) })}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <p className="profile-muted">{t('view.computedAt', { at: f.dateTime(profile.computedAt) })}</p>
    </div>
  );
}
