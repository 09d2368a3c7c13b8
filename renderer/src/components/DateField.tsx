import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate, parseDisplayDate } from '../domain/model/dates';

/**
 * A date typed as dd.mm.yyyy in both languages, whatever the operating system's locale. Stores an ISO date (or ''
 * when cleared); while the text is not a real date it says so and keeps what the user typed.
 */
export function DateField(props: { label: string; value: string; onChange: (iso: string) => void; lng?: string }) {
  const { label, value, onChange } = props;
  // The plan can be in another language than the UI: its fields follow the plan.
  const { t } = useTranslation('common', props.lng ? { lng: props.lng } : undefined);
  const id = useId();
  const [text, setText] = useState(() => formatDisplayDate(value));
  const [shownFor, setShownFor] = useState(value);
  // The stored value changed from elsewhere (another window of the same plan, a regenerated plan): show it.
  if (value !== shownFor) {
    setShownFor(value);
    if (parseDisplayDate(text) !== value) setText(formatDisplayDate(value));
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
            setShownFor(iso);
            onChange(iso);
          }
        }}
        onBlur={() => {
          if (parsed) setText(formatDisplayDate(parsed));
        }}
      />
      <p id={`${id}-hint`} className={invalid ? 'field-error' : 'hint'} role={invalid ? 'alert' : undefined}>
        {invalid ? t('form.date.invalid') : t('form.date.hint')}
      </p>
    </div>
  );
}
