import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

export const sessionQueryKey = ['session'] as const;

/** One client for the app; a 401 on any query means the session ended, so we forget the user. */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (isApiError(error) && error.status === 401 && query.queryKey[0] !== sessionQueryKey[0]) {
        void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => !(isApiError(error) && error.status < 500) && failureCount < 2,
    },
    mutations: { retry: false },
  },
});
