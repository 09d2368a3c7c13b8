import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../domain/types';
import { LANGUAGES } from '../domain/types';
import type { SaveStatus } from './useAutosave';

export function AppHeader(props: {
  language: Language;
  onLanguageChange: (lng: Language) => Promise<void>;
  saveStatus: SaveStatus;
  onHome: () => void;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  return (
    <header className="app-header">
      <button type="button" className="brand" onClick={props.onHome}>
        {t('app.name')}
        <span className="visually-hidden"> {t('app.toHome')}</span>
      </button>
      <div className="header-tools">
        <p className={`save-status save-${props.saveStatus}`} role="status" aria-live="polite">
          {props.saveStatus === 'idle' ? '' : t(`save.${props.saveStatus}`)}
        </p>
        <label htmlFor={selectId}>{t('app.language')}</label>
        <select
          id={selectId}
          value={props.language}
          onChange={(e) => void props.onLanguageChange(e.target.value as Language)}
        >
          {LANGUAGES.map((lng) => (
            <option key={lng} value={lng} lang={lng}>
              {t(`languages.${lng}`)}
            </option>
          ))}
        </select>
      </div>
    </header>
  );
}
