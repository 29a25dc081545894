import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installAppShell } from './app/app-shell';
import { createQueryClient } from './app/query-client';
import { I18nProvider } from './i18n/i18n';
import { Toasts } from './ui/Toasts';
// One stylesheet per part of the app, in cascade order (later files may refine earlier ones).
import './styles/reports.css';
import './styles/figure-tables.css';
import './styles/report-areas.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/counter.css';
import './styles/payment.css';
import './styles/dialogs.css';
import './styles/settings.css';
import './styles/counter-tools.css';
import './styles/counter-sheet.css';
import './styles/display.css';
import './styles/back-office.css';
import './styles/stock.css';
import './styles/orders.css';
import './styles/setup.css';
import './styles/forecasting.css';
import './styles/insights.css';
import './styles/sync.css';
import './styles/custom-report.css';
import './styles/paper-bills.css';
import './styles/devices.css';

const queryClient = createQueryClient();
installAppShell();

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
