import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BRAND_CONTACT, MAX_BRAND_NAME, type Brand } from '../../domain/brand/brand';
import { checkAccentColour } from '../../domain/brand/contrast';
import { LOCALE_TAG } from '../../domain/model/types';
import { currentLanguage } from '../../i18n';
import { LogoPicker } from './LogoPicker';
import { useAnnounce } from '../../components/announcer/useAnnounce';

/** What is wrong with the accent the user typed, in words, with the nearest shade that would do; null when fine. */
function useAccentError(text: string): { message: string; suggestion: string | null } | null {
  const { t, i18n } = useTranslation('files');
  if (text.trim() === '') return null;
  const check = checkAccentColour(text);
  if (check.ok) return null;
  if (check.problem === 'notAColour') return { message: t('brand.accentNotAColour', { value: text.trim() }), suggestion: null };
  const ratio = check.ratio.toLocaleString(LOCALE_TAG[currentLanguage(i18n)], { maximumFractionDigits: 1 });
  return { message: t('brand.accentTooLight', { colour: text.trim(), ratio, suggestion: check.suggestion }), suggestion: check.suggestion };
}

/**
 * The brand's fields. The accent is checked as it is typed (contrast with white, WCAG AA) and a refused colour says
 * why and offers the nearest darker shade; the form is saved only when every field is valid.
 */
export function BrandForm({
  initial,
  onChange,
  onSave,
  onRemove,
  children,
}: {
  initial: Brand;
  /** The brand as the form has it now (the accent only once it passes), for the preview. */
  onChange: (brand: Brand) => void;
  onSave: (brand: Brand) => void;
  onRemove: () => void;
  /** The outcome of the last save, shown beneath the buttons. */
  children?: ReactNode;
}) {
  const { t } = useTranslation('files');
  const id = useId();
  const [name, setName] = useState(initial.name);
  const [contact, setContact] = useState(initial.contact);
  const [accent, setAccent] = useState(initial.accent ?? '');
  const [logo, setLogo] = useState(initial.logo);
  const [onHomework, setOnHomework] = useState(initial.onHomework);
  const [inFiles, setInFiles] = useState(initial.inFiles);
  const accentError = useAccentError(accent);
  // The field names its error (aria-describedby); the announcer says it once typing pauses, not on every keystroke.
  useAnnounce(accentError?.message ?? null, { delayMs: 600 });
  const check = accent.trim() === '' ? null : checkAccentColour(accent);
  const passingAccent = check?.ok ? check.colour : null;
  useEffect(
    () => onChange({ name: name.trim(), contact: contact.trim(), accent: passingAccent, logo, onHomework, inFiles }),
    [name, contact, passingAccent, logo, onHomework, inFiles, onChange],
  );

  function submit(): void {
    if (accentError) {
      document.getElementById(`${id}-accent`)?.focus();
      return;
    }
    onSave({ name: name.trim(), contact: contact.trim(), accent: passingAccent, logo, onHomework, inFiles });
  }

  return (
    <form
      className="brand-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label htmlFor={`${id}-name`}>{t('brand.name')}</label>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={MAX_BRAND_NAME}
        autoComplete="organization"
        onChange={(e) => setName(e.target.value)}
      />
      <label htmlFor={`${id}-contact`}>{t('brand.contact')}</label>
      <input
        id={`${id}-contact`}
        value={contact}
        maxLength={MAX_BRAND_CONTACT}
        aria-describedby={`${id}-contact-hint`}
        onChange={(e) => setContact(e.target.value)}
      />
      <p className="hint" id={`${id}-contact-hint`}>
        {t('brand.contactHint')}
      </p>
      <label htmlFor={`${id}-accent`}>{t('brand.accent')}</label>
      <div className="brand-accent-row">
        <input
          id={`${id}-accent`}
          value={accent}
          maxLength={9}
          spellCheck={false}
          aria-invalid={accentError !== null}
          aria-describedby={`${id}-accent-hint ${id}-accent-error`}
          onChange={(e) => setAccent(e.target.value)}
        />
        <span
          className="brand-swatch"
          aria-hidden="true"
          style={accentError || !accent.trim() ? undefined : { background: accent.trim() }}
        />
      </div>
      <p className="hint" id={`${id}-accent-hint`}>
        {t('brand.accentHint')}
      </p>
      <div id={`${id}-accent-error`} className="field-error">
        {accentError?.message}
      </div>
      {accentError?.suggestion && (
        <button
          type="button"
          onClick={() => {
            // The button goes once the colour passes: focus stays in the field it filled.
            setAccent(accentError.suggestion ?? '');
            document.getElementById(`${id}-accent`)?.focus();
          }}
        >
          {t('brand.useSuggestion', { suggestion: accentError.suggestion })}
        </button>
      )}
      <LogoPicker label={t('brand.logo')} value={logo} onChange={setLogo} idPrefix={`${id}-logo`} />
      <label className="option brand-homework">
        <input type="checkbox" checked={onHomework} onChange={(e) => setOnHomework(e.target.checked)} />
        {t('brand.onHomework')}
      </label>
      <p className="hint">{t('brand.onHomeworkHint')}</p>
      <label className="option brand-in-files">
        <input type="checkbox" checked={inFiles} onChange={(e) => setInFiles(e.target.checked)} />
        {t('brand.inFiles')}
      </label>
      <p className="hint">{t('brand.inFilesHint')}</p>
      <div className="brand-form-buttons">
        <button type="submit" className="primary">
          {t('brand.save')}
        </button>
        <button type="button" onClick={onRemove}>
          {t('brand.remove')}
        </button>
      </div>
      {children}
    </form>
  );
}
