import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles-reports.css';
import { App } from './app/App';
import { createQueryClient } from './app/query-client';
import { I18nProvider } from './i18n/i18n';
import { Toasts } from './ui/Toasts';
import './styles.css';

const queryClient = createQueryClient();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <App />
          <Toasts />
        </I18nProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
