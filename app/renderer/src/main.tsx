import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from '../../core/contract';
import { App } from './app/App';
import { I18nProvider } from './i18n/i18n';
import { ToastProvider } from './ui/Toasts';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    // Data is local and pushed: no refetch on focus; only retry when the host was unreachable.
    queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: (n, e) => n < 2 && !(e instanceof ApiError && e.code !== 'INTERNAL') },
    mutations: { retry: false },
  },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <ToastProvider>
            <App />
          </ToastProvider>
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
