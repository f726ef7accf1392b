import { Card, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { EightDStep, LeaderSolutionLibraryQuery } from '../../../gql/graphql';
import { useDefectName } from '../../../ui/defect-name';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { StepReport } from '../quality/step-report';

const DefectCodesDocument = graphql(`
  query LeaderLibraryCodes($chainId: ID!) {
    defectCodes(chainId: $chainId, includeRetired: true) {
      id
      code
      name
      shared
      retiredAt
    }
  }
`);

/**
 * The library for a code, and which of its 8Ds are the chain's own: those
 * name their supplier and link to the review page. The library gives other
 * enterprises' shared 8Ds by id only, and the leader may not read them.
 */
const LibraryDocument = graphql(`
  query LeaderSolutionLibrary($chainId: ID!, $defectCode: String!) {
    solutionLibrary(defectCode: $defectCode) {
      actionId
      issueTitle
      closedAt
      rootCause
      permanentActions
      prevention
    }
    correctiveActions(filter: { chainId: $chainId, defectCode: $defectCode, status: EFFECTIVE }, first: 100) {
      edges {
        node {
          id
          supplier {
            id
            name
          }
        }
      }
    }
  }
`);

type Solution = LeaderSolutionLibraryQuery['solutionLibrary'][number];
/** What another supplier can learn from: the root cause, the permanent action and how recurrence is prevented. */
const STEPS: { step: EightDStep; content: (s: Solution) => unknown }[] = [
  { step: 'D4', content: (s) => s.rootCause },
  { step: 'D5', content: (s) => s.permanentActions },
  { step: 'D7', content: (s) => s.prevention },
];

/** Effective 8Ds for a defect code chosen from the common problems or from the chain's whole code list. */
export function SolutionLibrary({ chainId, code, onCode }: { chainId: string; code: string | null; onCode: (code: string) => void }) {
  const { t } = useTranslation('leader-problems');
  const defectName = useDefectName();
  const [codes] = useQuery({ query: DefectCodesDocument, variables: { chainId } });
  const list = codes.data?.defectCodes ?? [];
  const option = (c: (typeof list)[number]) => ({ value: c.code, label: `${c.code} ${defectName(c.code, c.name)}${c.retiredAt ? t('library.retired') : ''}` });
  return (
    <section aria-labelledby="library-heading" className="problems-section">
      <Typography.Title level={2} id="library-heading" className="section-title" tabIndex={-1}>
        {t('library.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('library.intro')}</Typography.Paragraph>
      <div className="problems-toolbar">
        <label htmlFor="library-code" className="library-code-label">
          {t('library.code')}
        </label>
        <Select
          id="library-code"
          className="library-code"
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('library.codePlaceholder')}
          loading={codes.fetching}
          value={code ?? undefined}
          onChange={onCode}
          options={[
            { label: t('library.shared'), options: list.filter((c) => c.shared).map(option) },
            { label: t('library.own'), options: list.filter((c) => !c.shared).map(option) },
          ]}
        />
      </div>
      {code ? <Solutions chainId={chainId} code={code} /> : <PageEmpty title={t('library.choose')} hint={t('library.chooseHint')} />}
    </section>
  );
}

function Solutions({ chainId, code }: { chainId: string; code: string }) {
  const { t } = useTranslation(['leader-problems', 'actions']);
  const format = useFormat();
  // Another supplier may share or withdraw at any time: ask again whenever a code is chosen.
  const [result, reexecute] = useQuery({ query: LibraryDocument, variables: { chainId, defectCode: code }, requestPolicy: 'cache-and-network' });
  return (
    <QueryState
      result={result}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      isEmpty={(d) => d.solutionLibrary.length === 0}
      empty={<PageEmpty title={t('library.empty', { code })} hint={t('library.emptyHint')} />}
    >
      {(data) => {
        const ours = new Map(data.correctiveActions.edges.map((e) => [e.node.id, e.node.supplier.name]));
        return (
          <>
            <p className="library-count" role="status">
              {t('library.count', { code, count: data.solutionLibrary.length })}
            </p>
            {data.solutionLibrary.map((s) => {
              const supplier = ours.get(s.actionId);
              return (
                <article key={s.actionId} aria-labelledby={`solution-${s.actionId}`} className="solution">
                  <Card size="small" className="solution-card">
                    <div className="solution-head">
                      <Typography.Title level={3} id={`solution-${s.actionId}`} className="solution-title">
                        {s.issueTitle}
                      </Typography.Title>
                      <Tag>{supplier ? t('library.ownChain') : t('library.sharedTag')}</Tag>
                    </div>
                    <dl className="solution-facts">
                      <dt>{t('library.supplier')}</dt>
                      <dd>{supplier ?? t('library.anotherEnterprise')}</dd>
                      <dt>{t('library.closedAt')}</dt>
                      <dd>{format.date(s.closedAt)}</dd>
                    </dl>
                    {STEPS.map(({ step, content }) => (
                      <div key={step} className="solution-step">
                        <Typography.Title level={4} className="solution-step-title">
                          {t(`step.${step}`, { ns: 'actions' })}
                        </Typography.Title>
                        <StepReport step={step} content={content(s) as Record<string, unknown> | null} />
                      </div>
                    ))}
                    {supplier && (
                      <Link to={`/leader/actions/${s.actionId}`} aria-label={`${t('library.review')}：${s.issueTitle}`}>
                        {t('library.review')}
                      </Link>
                    )}
                  </Card>
                </article>
              );
            })}
          </>
        );
      }}
    </QueryState>
  );
}
