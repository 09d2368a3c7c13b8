import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { api, projectorApi } from './api';
import { createI18n, ensureLanguage, languageFromTag } from './i18n';
import { App } from './app/App';
import { LiveRegions } from './components/announcer/LiveRegions';
import './styles.css';

/** The projector's own window (issue 9): draws the slides the facilitator's window sends, nothing else. */
async function startProjector(): Promise<void> {
  const language = await projectorApi().getLanguage();
  const i18n = await createI18n(language);
  await ensureLanguage(i18n, language);
  document.documentElement.lang = language;
  const { ProjectorWindow } = await import('./features/projector/ProjectorWindow');
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ProjectorWindow />
      </I18nextProvider>
    </StrictMode>,
  );
}

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
        {/* Before the app, so every status message lands in a region that was already there. */}
        <LiveRegions />
        <App initialSummaries={summaries} notice={info.notice} />
      </I18nextProvider>
    </StrictMode>,
  );
}

if (new URLSearchParams(window.location.search).get('view') === 'present') void startProjector();
else void start();
