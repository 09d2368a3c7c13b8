import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../domain/model/types';
import { LANGUAGES } from '../domain/model/types';
import type { SaveFailure, SaveStatus } from './useAutosave';

/** The status line's words for each way a save can fail. */
const SAVE_FAILURE_TEXT: Readonly<Record<SaveFailure, string>> = {
  diskFull: 'save.errorDiskFull',
  readOnly: 'save.errorReadOnly',
  noPermission: 'save.errorNoPermission',
  storeFull: 'save.error',
  tooLarge: 'saveLimit.status',
  failed: 'save.error',
};

export function AppHeader(props: {
  language: Language;
  onLanguageChange: (lng: Language) => Promise<void>;
  saveStatus: SaveStatus;
  saveFailure: SaveFailure | null;
  onRetrySave: () => void;
  /** Absent while someone answers in a workshop: the list of assessments (and the team's scores) stays out of reach. */
  onHome: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  return (
    <header className="app-header">
      {props.onHome ? (
        <button type="button" className="brand" onClick={props.onHome}>
          {t('app.name')}
          <span className="visually-hidden"> {t('app.toHome')}</span>
        </button>
      ) : (
        <span className="brand">{t('app.name')}</span>
      )}
      <div className="header-tools">
        <p className={`save-status save-${props.saveStatus}`} role="status" aria-live="polite">
          {props.saveStatus === 'idle'
            ? ''
            : props.saveStatus === 'error'
              ? t(SAVE_FAILURE_TEXT[props.saveFailure ?? 'failed'])
              : t(`save.${props.saveStatus}`)}
        </p>
        {props.saveStatus === 'error' && (
          <button type="button" className="retry-save" onClick={props.onRetrySave}>
            {t('save.retry')}
          </button>
        )}
        <label htmlFor={selectId}>{t('app.language')}</label>
        <select id={selectId} value={props.language} onChange={(e) => void props.onLanguageChange(e.target.value as Language)}>
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
