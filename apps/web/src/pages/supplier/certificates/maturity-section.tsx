import { Card, List, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import type { CertificatesPageQuery, MaturityLevel } from '../../../gql/graphql';
import { PageEmpty } from '../../../ui/page-states';
import { MaturityChart } from './maturity-chart';
import { useScreens } from '../../../ui/use-screens';

type Assessment = CertificatesPageQuery['enterprise']['maturityHistory'][number];

const LEVELS: MaturityLevel[] = ['INITIAL', 'EFFECTIVE', 'CONTINUAL_IMPROVEMENT', 'LEADING'];

/** The current level, then the history as a chart with the table (a list on a phone) behind it. */
export function MaturitySummary({ history }: { history: Assessment[] }) {
  const { t } = useTranslation('certificates');
  const format = useFormat();
  const latest = history.at(-1);
  return (
    <Card className="maturity-current">
      <div className="maturity-current-label">{t('maturity.current')}</div>
      {latest ? (
        <>
          <div className={`maturity-level level-${latest.level.toLowerCase()}`}>{t('levelPrefix', { level: t(`level.${latest.level}`) })}</div>
          <Typography.Text type="secondary">{t('maturity.currentScore', { score: latest.score.toFixed(1), date: format.date(latest.submittedAt) })}</Typography.Text>
        </>
      ) : (
        <PageEmpty title={t('maturity.none')} hint={t('maturity.noneHint')} />
      )}
      <Typography.Paragraph type="secondary" className="maturity-bands">
        {t('maturity.bands')} {t('maturity.model')}
      </Typography.Paragraph>
    </Card>
  );
}

/** `oldestFirst` lists the table in the order the chart reads (a chain leader following a supplier's progress); the owner sees its latest first. */
export function MaturityHistory({ history, oldestFirst = false }: { history: Assessment[]; oldestFirst?: boolean }) {
  const { t } = useTranslation('certificates');
  const format = useFormat();
  const phone = !useScreens().md;
  const points = useMemo(() => history.map((a) => ({ label: format.date(a.submittedAt), score: Math.round(a.score * 100) / 100 })), [history, format]);
  const bandNames = useMemo(() => LEVELS.map((l) => t(`level.${l}`)), [t]);
  const rows = oldestFirst ? history : [...history].reverse();

  return (
    <Card className="maturity-history">
      <Typography.Title level={3} className="section-subtitle">
        {t('history.title')}
      </Typography.Title>
      {history.length === 0 ? (
        <PageEmpty title={t('history.empty')} />
      ) : (
        <>
          <MaturityChart points={points} bandNames={bandNames} label={t('history.chartLabel')} />
          {phone ? (
            <List
              aria-label={t('history.caption')}
              dataSource={rows}
              renderItem={(a) => (
                <List.Item>
                  <span>{format.date(a.submittedAt)}</span>
                  <span>
                    {t('history.scoreValue', { score: a.score.toFixed(1) })} · {t(`level.${a.level}`)}
                  </span>
                </List.Item>
              )}
            />
          ) : (
            <table className="history-table">
              <caption>{t('history.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('history.submittedAt')}</th>
                  <th scope="col" className="numeric">
                    {t('history.score')}
                  </th>
                  <th scope="col">{t('history.level')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id}>
                    <td>{format.dateTime(a.submittedAt)}</td>
                    <td className="numeric">{t('history.scoreValue', { score: a.score.toFixed(1) })}</td>
                    <td>{t(`level.${a.level}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Card>
  );
}
