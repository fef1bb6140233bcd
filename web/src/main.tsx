import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ApiError } from './api';
import { SESSION_KEY } from './features/auth/api';
import './i18n';
import { cssVariablesResolver, theme } from './theme';

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A staff request answered with 401 means the session has ended: show the sign-in form again.
    onError: (err, query) => {
      if (err instanceof ApiError && err.status === 401 && query.queryKey[0] === 'staff') {
        queryClient.setQueryData(SESSION_KEY, null);
      }
    },
  }),
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
