import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LOGO_KB } from '../../domain/brand/logoImage';
import type { LogoChoice } from '../../../../electron/shared/contract';
import { api } from '../../api';
import { useAnnounce } from '../../components/announcer/useAnnounce';

/**
 * A logo field: choose a PNG or JPEG through main's open dialog (main reads and checks the file), see it, remove
 * it. A refused file says why, with the size cap, and leaves the logo that was there.
 */
export function LogoPicker({
  label,
  value,
  onChange,
  idPrefix,
}: {
  label: string;
  value: string | null;
  onChange: (dataUrl: string | null) => void;
  idPrefix: string;
}) {
  const { t } = useTranslation('files');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // Each choice's outcome is spoken by the app's announcer (a refusal at once), and shown under the buttons.
  useAnnounce(message?.text ?? null, { politeness: message?.error ? 'assertive' : 'polite', when: message });
  // Removing the logo takes its button away: focus goes to "choose" instead of being lost.
  const chooseButton = useRef<HTMLButtonElement>(null);

  async function choose(): Promise<void> {
    if (busy) return;
    setBusy(true);
    try {
      const choice: LogoChoice = await api().chooseLogo();
      if (choice.kind === 'cancelled') return;
      if (choice.kind === 'failed') {
        setMessage({ text: t(`brand.logoProblems.${choice.problem}`, { file: choice.fileName, kb: MAX_LOGO_KB }), error: true });
        return;
      }
      onChange(choice.dataUrl);
      setMessage({ text: t('brand.logoChosen', { file: choice.fileName }), error: false });
    } catch {
      setMessage({ text: t('brand.logoFailed'), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="logo-picker">
      <legend>{label}</legend>
      <p className="hint" id={`${idPrefix}-hint`}>
        {t('brand.logoHint', { kb: MAX_LOGO_KB })}
      </p>
      {value ? <img className="logo-picker-image" src={value} alt={t('brand.chosenLogo', { label })} /> : <p>{t('brand.noLogo')}</p>}
      <div className="logo-picker-buttons">
        <button ref={chooseButton} type="button" aria-describedby={`${idPrefix}-hint`} aria-disabled={busy} onClick={() => void choose()}>
          {t('brand.chooseLogo')}
        </button>
        {value && (
          <button
            type="button"
            onClick={() => {
              onChange(null);
              setMessage(null);
              chooseButton.current?.focus();
            }}
          >
            {t('brand.removeLogo')}
          </button>
        )}
      </div>
      {message && <p className={message.error ? 'field-error' : 'hint'}>{message.text}</p>}
    </fieldset>
  );
}
