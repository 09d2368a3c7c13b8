import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/model/types';
import { currentLanguage, isLanguage } from '../i18n';

/**
 * The one way to choose a language: the app's, the plan's, the files' and the worksheet's. A labelled list of both
 * languages, named in the language the app shows now. Those names are words of the app's language ("Svensk" is
 * bokmål), so they say so (WCAG 3.1.2), even where the select stands inside a part in the plan's language.
 */
export function LanguageSelect({
  label,
  value,
  onChange,
  className = 'field',
}: {
  label: string;
  value: Language;
  onChange: (language: Language) => void;
  className?: string;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const shownIn = currentLanguage(i18n);
  return (
    <div className={`language-select ${className}`} lang={shownIn}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => isLanguage(e.target.value) && onChange(e.target.value)}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={shownIn}>
            {t(`common:languages.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
