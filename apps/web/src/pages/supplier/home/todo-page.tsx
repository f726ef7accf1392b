import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { SupplierTodoQuery } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { countsOf, todoItems } from './todo-items';
import { TodoCard } from './todo-card';
import './todo.css';

const SupplierTodoDocument = graphql(`
  query SupplierTodo($enterpriseId: ID!) {
    correctiveActions(first: 50, filter: { status: OPEN }) {
      edges {
        node {
          id
          chainId
          issue {
            id
            title
          }
          steps {
            id
            step
            status
            dueAt
            reviewComment
          }
        }
      }
    }
    myStandardAcknowledgements(status: PENDING) {
      id
      dueOn
      standard {
        id
        number
        title
        owner {
          id
          name
        }
      }
      revision {
        id
        version
      }
    }
    myMemberships {
      id
      status
      chain {
        id
        name
        leader {
          id
          name
        }
      }
      latestQualification {
        id
        decision
        decisionReasons
      }
      invitation {
        email
        expiresAt
        acceptedAt
      }
    }
    enterprise(id: $enterpriseId) {
      id
      certifications {
        id
        scheme
        schemeName
        number
        certificationBody
        expiresOn
        status
      }
    }
  }
`);

/**
 * The supplier's landing page: everything due, soonest first, in one list of
 * cards (phone first). The heading paints before the answer arrives, and the
 * page draws no charts: it is measured for Largest Contentful Paint.
 */
export function TodoPage() {
  const { t } = useTranslation('todo');
  const { me } = useViewer();
  const [result, reexecute] = useQuery({ query: SupplierTodoDocument, variables: { enterpriseId: me.organisation.id } });
  return (
    <div className="todo-page">
      <h1 className="page-title">{t('pageTitle')}</h1>
      <QueryState
        result={result}
        rows={6}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(data) => todoItems(data).length === 0}
        empty={<PageEmpty title={t('empty.title')} hint={t('empty.hint')} />}
      >
        {(data) => <TodoList data={data} />}
      </QueryState>
    </div>
  );
}

function TodoList({ data }: { data: SupplierTodoQuery }) {
  const { t } = useTranslation('todo');
  // One clock for the whole list, so the counts and the cards agree.
  const now = useMemo(() => Date.now(), [data]);
  const items = useMemo(() => todoItems(data, now), [data, now]);
  const counts = countsOf(items, now);
  return (
    <>
      <p className="todo-counts" aria-label={t('counts.label')}>
        <span className={counts.overdue ? 'due-overdue' : undefined}>{t('counts.overdue', { count: counts.overdue })}</span>
        <span aria-hidden="true"> · </span>
        <span>{t('counts.thisWeek', { count: counts.thisWeek })}</span>
        <span aria-hidden="true"> · </span>
        <span>{t('counts.total', { count: counts.total })}</span>
      </p>
      <ol className="todo-list" aria-label={t('listLabel')}>
        {items.map((item) => (
          <TodoCard key={item.key} item={item} now={now} />
        ))}
      </ol>
    </>
  );
}
