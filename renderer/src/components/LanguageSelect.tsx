import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/model/types';
import { isLanguage } from '../i18n';

/**
 * The one way to choose a language: the app's, the plan's, the files' and the worksheet's. A labelled list of both
 * languages, named in the language the app shows now.
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
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={`language-select ${className}`}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => isLanguage(e.target.value) && onChange(e.target.value)}>
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng}>
            {t(`common:languages.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
