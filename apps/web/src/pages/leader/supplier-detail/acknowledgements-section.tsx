import { Card, List, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import type { LeaderSupplierAcknowledgementsQuery } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { DueDate } from '../../supplier/standards/due-date';
import { StatusTag } from '../standards/ack-status-tag';
import { LeaderSupplierAcknowledgementsDocument } from './supplier-documents';
import { useScreens } from '../../../ui/use-screens';

type Distribution = LeaderSupplierAcknowledgementsQuery['standardDistributions'][number];
type Answer = Distribution['acknowledgements'][number] & { distribution: Distribution };

/** The supplier's answer to each standard the chain sent it, newest distribution first. */
function answersOf(data: LeaderSupplierAcknowledgementsQuery, supplierId: string): Answer[] {
  return data.standardDistributions.flatMap((distribution) =>
    distribution.acknowledgements.filter((a) => a.recipientEnterpriseId === supplierId).map((a) => ({ ...a, distribution })),
  );
}

/** Standards transmission to this supplier: which revision it was sent, by when it had to answer, and what it answered when. */
export function AcknowledgementsSection({ chainId, supplierId }: { chainId: string; supplierId: string }) {
  const { t } = useTranslation('leader-supplier');
  const screens = useScreens();
  const [result, reexecute] = useQuery({ query: LeaderSupplierAcknowledgementsDocument, variables: { chainId } });
  return (
    <section className="quality-section" aria-labelledby="supplier-acknowledgements">
      <Typography.Title level={2} id="supplier-acknowledgements" className="section-title">
        {t('acks.title')}
      </Typography.Title>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => answersOf(d, supplierId).length === 0}
        empty={<PageEmpty title={t('acks.empty')} hint={t('acks.emptyHint')} />}
        rows={3}
      >
        {(data) => (screens.md ? <AnswerTable answers={answersOf(data, supplierId)} /> : <AnswerCards answers={answersOf(data, supplierId)} />)}
      </QueryState>
    </section>
  );
}

function StandardCell({ answer }: { answer: Answer }) {
  const { standard } = answer.distribution;
  return (
    <Link to={`/leader/standards?open=${standard.id}`}>
      {standard.number} {standard.title}
    </Link>
  );
}

function useAnswered() {
  const format = useFormat();
  // A pending answer has not been given; any other status was set when the supplier (or, for a deviation, the leader) last answered.
  return (a: Answer) => (a.status === 'PENDING' ? '—' : format.dateTime(a.updatedAt));
}

function AnswerTable({ answers }: { answers: Answer[] }) {
  const { t } = useTranslation('leader-supplier');
  const answered = useAnswered();
  return (
    <Table<Answer>
      size="small"
      rowKey="id"
      pagination={answers.length > 20 ? { pageSize: 20 } : false}
      dataSource={answers}
      columns={[
        { key: 'standard', title: t('acks.standard'), render: (_, a) => <StandardCell answer={a} /> },
        { key: 'revision', title: t('acks.revision'), render: (_, a) => a.distribution.revision.version },
        { key: 'status', title: t('acks.status'), render: (_, a) => <StatusTag status={a.status} /> },
        { key: 'due', title: t('acks.due'), render: (_, a) => <DueDate ack={a} /> },
        { key: 'answered', title: t('acks.answeredAt'), render: (_, a) => answered(a) },
      ]}
    />
  );
}

function AnswerCards({ answers }: { answers: Answer[] }) {
  const { t } = useTranslation('leader-supplier');
  const answered = useAnswered();
  return (
    <List
      dataSource={answers}
      renderItem={(a) => (
        <List.Item key={a.id} className="lot-card-item">
          <Card size="small" className="lot-card">
            <StandardCell answer={a} />
            <div className="action-tags">
              <StatusTag status={a.status} />
            </div>
            <dl className="lot-facts">
              <dt>{t('acks.revision')}</dt>
              <dd>{a.distribution.revision.version}</dd>
              <dt>{t('acks.due')}</dt>
              <dd>
                <DueDate ack={a} />
              </dd>
              <dt>{t('acks.answeredAt')}</dt>
              <dd>{answered(a)}</dd>
            </dl>
          </Card>
        </List.Item>
      )}
    />
  );
}
