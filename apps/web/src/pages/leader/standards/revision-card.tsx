import { Alert, Button, Card, Descriptions, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import type { LeaderStandardDetailQuery } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { DocumentPreview } from '../../../ui/document-preview';
import { ToneTag } from '../../../ui/tone-tag';
import { audienceText, figuresOf } from './adoption';
import { AdoptionBar } from './adoption-bar';
import { DistributeDialog } from './distribute-dialog';
import { DeviationRequests, Recipients } from './recipients';

type Detail = LeaderStandardDetailQuery;
export type Distribution = Detail['standardDistributions'][number];
type Revision = Detail['standard']['revisions'][number];

/** One revision: what it is, its text, where it was sent, the suppliers' answers as a bar and a table, and the deviations to decide. */
export function RevisionCard({
  standard,
  revision,
  newer,
  distributions,
  mayAct,
  onChanged,
}: {
  standard: { id: string; number: string };
  revision: Revision;
  /** The newest revision's label when this one is older (it is then sent no more). */
  newer: string | null;
  distributions: Distribution[];
  mayAct: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation('leader-standards');
  const format = useFormat();
  const headingId = useId();
  const { ledChains } = useViewer();
  const [distributing, setDistributing] = useState(false);
  const [sent, setSent] = useState<{ recipients: number; dueOn: string } | null>(null);
  const figures = figuresOf(distributions);
  const acknowledgements = distributions.flatMap((d) => d.acknowledgements.map((a) => ({ ...a, distributionDueOn: d.dueOn })));
  const chainName = (id: string | null | undefined) => ledChains.find((c) => c.id === id)?.name;

  return (
    <Card
      size="small"
      className="leader-revision"
      title={
        <Typography.Title level={3} id={headingId} className="leader-revision-title">
          {t('revision.title', { version: revision.version })}
        </Typography.Title>
      }
      extra={newer ? <ToneTag tone="default">{t('revision.replaced', { version: newer })}</ToneTag> : <ToneTag tone="green">{t('revision.latest')}</ToneTag>}
    >
      <section aria-labelledby={headingId}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('revision.effectiveOn')}>{format.date(revision.effectiveOn)}</Descriptions.Item>
          <Descriptions.Item label={t('revision.publishedAt')}>{format.dateTime(revision.publishedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('revision.changeSummary')} span={2}>
            <span className="leader-standards-prewrap">{revision.changeSummary}</span>
          </Descriptions.Item>
        </Descriptions>
        <div className="leader-revision-document">
          <DocumentPreview document={revision.document} />
        </div>

        <div className="leader-standards-heading">
          <Typography.Title level={4} className="leader-standards-subsection">
            {t('revision.progress')}
          </Typography.Title>
          {mayAct && !newer && (
            <Button type="primary" onClick={() => setDistributing(true)} aria-label={t('distribute.openFor', { version: revision.version })}>
              {t('distribute.open')}
            </Button>
          )}
        </div>
        {sent && <Alert type="success" showIcon role="status" title={t('distribute.done', { count: sent.recipients, date: format.date(sent.dueOn) })} className="form-alert" />}
        {distributions.length === 0 ? (
          <Typography.Paragraph type="secondary">{mayAct && !newer ? t('revision.notSentHint') : t('revision.notSent')}</Typography.Paragraph>
        ) : (
          <>
            <AdoptionBar figures={figures} over={t('revision.over', { version: revision.version, recipients: figures.recipients, count: distributions.length })} />
            <ul className="leader-distributions" aria-label={t('revision.distributions')}>
              {distributions.map((d) => (
                <li key={d.id}>
                  {t('revision.distribution', {
                    date: format.date(d.createdAt),
                    audience: audienceText(d, t),
                    chain: ledChains.length > 1 && chainName(d.chainId) ? t('revision.inChain', { chain: chainName(d.chainId) }) : '',
                    due: format.date(d.dueOn),
                    count: d.stats.recipients,
                  })}
                </li>
              ))}
            </ul>
            <DeviationRequests acknowledgements={acknowledgements} mayAct={mayAct} onDecided={onChanged} />
            <Recipients acknowledgements={acknowledgements} version={revision.version} />
          </>
        )}
      </section>
      {distributing && (
        <DistributeDialog
          standardNumber={standard.number}
          revision={revision}
          onClose={() => setDistributing(false)}
          onDistributed={(result) => {
            setDistributing(false);
            setSent(result);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
