import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { api } from './api';
import { createI18n, languageFromTag } from './i18n';
import { App } from './app/App';
import './styles.css';

async function start(): Promise<void> {
  const [info, summaries] = await Promise.all([api().getStartInfo(), api().listSummaries()]);
  const language = info.uiLanguage ?? languageFromTag(info.systemLanguage || navigator.language);
  const i18n = await createI18n(language);
  document.documentElement.lang = language;
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App initialSummaries={summaries} notice={info.notice} />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
