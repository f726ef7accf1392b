import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, type Client, type RequestPolicy } from 'urql';
import { graphql } from '../../../gql';
import type { SupplierTodoQuery } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { countsOf, todoItems } from './todo-items';
import { TodoCard } from './todo-card';
import './todo.css';

const SupplierTodoDocument = graphql(`
  query SupplierTodo {
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
    myEnterprise {
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

let prefetched = false;

/** Sends this page's query ahead of the page (signed-in-shell.tsx sends it as the session comes back). */
export function prefetchTodo(client: Client): Promise<unknown> {
  prefetched = true;
  return client.query(SupplierTodoDocument, {}).toPromise();
}

/**
 * The supplier's landing page: everything due, soonest first, in one list of
 * cards (phone first). The heading paints before the answer arrives, the
 * query was sent by the shell with the viewer's (signed-in-shell.tsx), and
 * the page draws no charts: it is measured for Largest Contentful Paint.
 */
export function TodoPage() {
  const { t } = useTranslation('todo');
  // The first showing after the shell's prefetch reads its answer; later visits ask the server again.
  // Cleared once the page is on screen: a render that suspends (code or words still loading) does not count.
  const [requestPolicy] = useState<RequestPolicy>(() => (prefetched ? 'cache-first' : 'cache-and-network'));
  useEffect(() => void (prefetched = false), []);
  const [result, reexecute] = useQuery({ query: SupplierTodoDocument, requestPolicy });
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
