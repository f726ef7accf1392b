import { CheckCircleFilled, ClockCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card, Descriptions, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import type { CertificatesPageQuery } from '../../../gql/graphql';
import { PageEmpty } from '../../../ui/page-states';
import { chinaToday } from '../../../format/format';
import { daysUntil, shownStatus, statusClass, type ShownStatus } from './certificate-status';

type Certification = CertificatesPageQuery['enterprise']['certifications'][number];

const ICONS: Record<ShownStatus, React.ReactNode> = {
  VALID: <CheckCircleFilled />,
  EXPIRING: <ClockCircleFilled />,
  EXPIRED: <CloseCircleFilled />,
  SUSPENDED: <CloseCircleFilled />,
  REVOKED: <CloseCircleFilled />,
};

/** One card per certificate (a phone shows them stacked): scheme, status in colour, number, body and dates. */
export function CertificateList({ certifications }: { certifications: Certification[] }) {
  const { t } = useTranslation('certificates');
  const format = useFormat();
  const today = chinaToday();
  if (!certifications.length) return <PageEmpty title={t('certs.emptyTitle')} hint={t('certs.emptyHint')} />;
  return (
    <>
      <List
        grid={{ gutter: 16, xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
        dataSource={certifications}
        renderItem={(c) => {
          const shown = shownStatus(c.status, c.expiresOn, today);
          const days = daysUntil(c.expiresOn, today);
          const scheme = c.scheme === 'OTHER' && c.schemeName ? c.schemeName : t(`scheme.${c.scheme}`);
          return (
            <List.Item>
              <Card className="cert-card" data-status={shown}>
                <Typography.Title level={3} className="cert-scheme">
                  {scheme}
                </Typography.Title>
                <div className={`cert-status ${statusClass(shown)}`}>
                  {ICONS[shown]} <span className="cert-status-label">{t(`status.${shown}`)}</span>
                  {(shown === 'VALID' || shown === 'EXPIRING' || shown === 'EXPIRED') && (
                    <span className="cert-days">
                      {' · '}
                      {days > 0 ? t('certs.daysLeft', { count: days }) : days === 0 ? t('certs.expiresToday') : t('certs.daysAgo', { count: -days })}
                    </span>
                  )}
                </div>
                <Descriptions
                  column={1}
                  size="small"
                  items={[
                    { key: 'number', label: t('certs.number'), children: c.number },
                    { key: 'body', label: t('certs.body'), children: c.certificationBody },
                    { key: 'issued', label: t('certs.issuedOn'), children: format.date(c.issuedOn) },
                    { key: 'expires', label: t('certs.expiresOn'), children: format.date(c.expiresOn) },
                    ...(c.surveillanceDueOn ? [{ key: 'surveillance', label: t('certs.surveillanceDueOn'), children: format.date(c.surveillanceDueOn) }] : []),
                  ]}
                />
              </Card>
            </List.Item>
          );
        }}
      />
      <Typography.Paragraph type="secondary" className="cert-legend">
        {t('certs.legend')}
      </Typography.Paragraph>
    </>
  );
}
