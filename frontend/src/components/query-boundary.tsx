import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorAlert } from './error-alert';
import { Loading } from './loading';

interface QueryBoundaryProps<T> {
  query: UseQueryResult<T>;
  errorTitle?: string;
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}

/** Renders a query's loading state, its error with a retry, or its data. */
export function QueryBoundary<T>({ query, errorTitle, loadingLabel, children }: QueryBoundaryProps<T>) {
  return (
    <div aria-busy={query.isPending || query.isFetching ? true : undefined}>
      {query.isPending ? (
        <Loading label={loadingLabel} />
      ) : query.isError ? (
        <ErrorAlert error={query.error} title={errorTitle} onRetry={() => void query.refetch()} />
      ) : (
        children(query.data)
      )}
    </div>
  );
}
