import '@digdir/designsystemet-css';
import '@digdir/designsystemet-theme/digdir.css';
import './styles.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { startRestoringSession } from '@/features/accounts/api/restore-session';
import { prepareFormatters } from '@/lib/format';
import { initI18n, initialLanguage } from '@/lib/i18n';
import { reportCaughtError } from '@/lib/report-caught-error';
import { registerServiceWorker } from '@/lib/service-worker';

startRestoringSession();
void initI18n();
prepareFormatters(initialLanguage());
if (import.meta.env.PROD) registerServiceWorker();

const root = document.getElementById('root');
if (!root) throw new Error('No #root element in index.html');
// The first render in pieces (a transition), so the header bar index.html drew stays answering
// while the app is built (issue 14, ADR 0022).
startTransition(() => {
  createRoot(root, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
