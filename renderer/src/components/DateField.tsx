import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate, parseDisplayDate } from '../domain/model/dates';
import type { Language } from '../domain/model/types';

/**
 * A date typed and shown in the language's own form (31.01.2027 in bokmål, 2027-01-31 in Swedish), whatever the
 * operating system's locale; either form is understood. Stores an ISO date (or '' when cleared); while the text is
 * not a real date it says so and keeps what the user typed.
 */
export function DateField(props: { label: string; value: string; onChange: (iso: string) => void; lng: Language }) {
  const { label, value, onChange, lng } = props;
  // The plan can be in another language than the UI: its fields follow the plan.
  const { t } = useTranslation('common', { lng });
  const id = useId();
  const [text, setText] = useState(() => formatDisplayDate(value, lng));
  const [shown, setShown] = useState({ value, lng });
  // The stored value changed from elsewhere (another window of the same plan, a regenerated plan): show it. The
  // plan's language changed: write the date as that language does, unless the user is halfway through typing one.
  if (value !== shown.value || lng !== shown.lng) {
    const typed = parseDisplayDate(text);
    if (value !== shown.value ? typed !== value : typed !== null) setText(formatDisplayDate(value, lng));
    setShown({ value, lng });
  }
  const parsed = parseDisplayDate(text);
  const invalid = parsed === null;

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('form.date.placeholder')}
        value={text}
        maxLength={10}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setText(e.target.value);
          const iso = parseDisplayDate(e.target.value);
          if (iso !== null && iso !== value) {
            setShown({ value: iso, lng });
            onChange(iso);
          }
        }}
        onBlur={() => {
          if (parsed) setText(formatDisplayDate(parsed, lng));
        }}
      />
      <p id={`${id}-hint`} className={invalid ? 'field-error' : 'hint'} role={invalid ? 'alert' : undefined}>
        {invalid ? t('form.date.invalid') : t('form.date.hint')}
      </p>
    </div>
  );
}
