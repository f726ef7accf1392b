import { Alert, Button, Descriptions, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { PublishRevisionDialog } from './publish-revision-dialog';
import { RevisionCard } from './revision-card';

export const LeaderAcknowledgementFields = graphql(`
  fragment LeaderAcknowledgementFields on StandardAcknowledgement {
    id
    status
    dueOn
    overdue
    deviationReason
    decisionComment
    updatedAt
    recipient {
      id
      name
    }
  }
`);

const LeaderStandardDetailDocument = graphql(`
  query LeaderStandardDetail($id: ID!) {
    standard(id: $id) {
      id
      number
      title
      kind
      createdAt
      revisions {
        ...LeaderRevisionFields
      }
    }
    standardDistributions(standardId: $id) {
      ...LeaderDistributionFields
      acknowledgements {
        ...LeaderAcknowledgementFields
      }
    }
  }
`);

/** One standard: its revisions, newest first, each with where it went, how far the suppliers are, and the deviations to decide. */
export function StandardDetail({ standardId, mayAct, onChanged }: { standardId: string; mayAct: boolean; onChanged: () => void }) {
  const { t } = useTranslation(['leader-standards', 'standards']);
  const format = useFormat();
  const [result, reexecute] = useQuery({ query: LeaderStandardDetailDocument, variables: { id: standardId } });
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<string | null>(null);
  // Figures are counted by the API: after a change, ask again here and on the list.
  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
    onChanged();
  };

  return (
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {({ standard, standardDistributions }) => {
        const revisions = [...standard.revisions].reverse();
        return (
          <div className="leader-standard-detail">
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('detail.number')}>{standard.number}</Descriptions.Item>
              <Descriptions.Item label={t('detail.name')}>{standard.title}</Descriptions.Item>
              <Descriptions.Item label={t('detail.kind')}>{t(`kind.${standard.kind}`, { ns: 'standards', defaultValue: t('kind.OTHER', { ns: 'standards' }) })}</Descriptions.Item>
              <Descriptions.Item label={t('detail.createdAt')}>{format.date(standard.createdAt)}</Descriptions.Item>
            </Descriptions>
            <div className="leader-standards-heading">
              <Typography.Title level={2} className="leader-standards-section">
                {t('detail.revisions')}
              </Typography.Title>
              {mayAct && (
                <Button type="primary" onClick={() => setPublishing(true)}>
                  {t('publish.open')}
                </Button>
              )}
            </div>
            {published && <Alert type="success" showIcon role="status" title={t('publish.done', { version: published })} className="form-alert" />}
            {revisions.length === 0 ? (
              <PageEmpty title={t('detail.noRevisions')} hint={mayAct ? t('detail.noRevisionsHint') : undefined} />
            ) : (
              revisions.map((revision, i) => (
                <RevisionCard
                  key={revision.id}
                  standard={standard}
                  revision={revision}
                  newer={i > 0 ? revisions[0].version : null}
                  distributions={standardDistributions.filter((d) => d.revisionId === revision.id)}
                  mayAct={mayAct}
                  onChanged={refresh}
                />
              ))
            )}
            {publishing && (
              <PublishRevisionDialog
                standard={standard}
                onClose={() => setPublishing(false)}
                onPublished={(version) => {
                  setPublishing(false);
                  setPublished(version);
                  refresh();
                }}
              />
            )}
          </div>
        );
      }}
    </QueryState>
  );
}
