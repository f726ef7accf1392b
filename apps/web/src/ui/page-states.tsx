import { Button, Empty, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isNotFound, problemsOf } from '../api/api-problem';
import { useProblemText } from './problem-text';

export function PageLoading({ rows = 6 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" aria-label={t('states.loading')}>
      <Skeleton active paragraph={{ rows }} />
    </div>
  );
}

export function PageEmpty({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div className="state-title">{title}</div>
          {hint && <div className="state-hint">{hint}</div>}
        </>
      }
    >
      {action}
    </Empty>
  );
}

/** What went wrong, in the user's words, with a way to try again; a NOT_FOUND or FORBIDDEN answer reads as "not found" (no hint that it exists). */
export function PageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const describe = useProblemText();
  const problems = problemsOf(error);
  if (isNotFound(problems)) return <Result status="404" title={t('states.notFoundTitle')} subTitle={t('states.notFoundHint')} />;
  return (
    <Result
      status="warning"
      title={t('states.errorTitle')}
      subTitle={problems.map(describe).join(' ')}
      extra={onRetry && <Button onClick={onRetry}>{t('actions.retry')}</Button>}
    />
  );
}

interface QueryLike<T> {
  data?: T;
  fetching: boolean;
  error?: unknown;
}

/**
 * The three states every page has, from one urql result: skeleton while the
 * first answer is on its way, the error with a retry, the empty state when
 * `isEmpty` says so, else the page.
 */
export function QueryState<T>({
  result,
  onRetry,
  isEmpty,
  empty,
  children,
  rows,
}: {
  result: QueryLike<T>;
  onRetry?: () => void;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  rows?: number;
  children: (data: T) => ReactNode;
}) {
  if (result.error && !result.data) return <PageError error={result.error} onRetry={onRetry} />;
  if (!result.data) return <PageLoading rows={rows} />;
  if (isEmpty?.(result.data)) return <>{empty}</>;
  return <>{children(result.data)}</>;
}
