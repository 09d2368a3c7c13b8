import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../domain/model/types';
import { api } from '../api';
import { currentLanguage, ensureLanguage, FIRST_SCREEN_NAMESPACES } from '../i18n';
import { LanguageSelect } from '../components/LanguageSelect';
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

/** The app's name (the way home), the save status with "try again", and the app's language. */
export function AppHeader(props: {
  /** On the home screen only its texts are loaded for the other language; elsewhere every text. */
  onHomeScreen: boolean;
  saveStatus: SaveStatus;
  saveFailure: SaveFailure | null;
  onRetrySave: () => void;
  /** Absent while someone answers in a workshop: the list of assessments (and the team's scores) stays out of reach. */
  onHome: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { onHomeScreen } = props;
  const [chosen, setChosen] = useState<Language>(() => currentLanguage(i18n));
  const changeLanguage = useCallback(
    async (lng: Language) => {
      await ensureLanguage(i18n, lng, onHomeScreen ? FIRST_SCREEN_NAMESPACES : undefined);
      await i18n.changeLanguage(lng);
      document.documentElement.lang = lng;
      await api().setUiLanguage(lng);
    },
    [i18n, onHomeScreen],
  );
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
        {/* Applied with the button, not on selection (WCAG 3.2.2): arrowing through the list changes nothing yet. */}
        <form
          className="header-language-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen !== currentLanguage(i18n)) void changeLanguage(chosen);
          }}
        >
          <LanguageSelect className="header-language" label={t('app.language')} value={chosen} onChange={setChosen} />
          <button type="submit">{t('languageSwitch.apply')}</button>
        </form>
      </div>
    </header>
  );
}
