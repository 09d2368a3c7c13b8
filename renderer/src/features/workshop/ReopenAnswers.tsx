import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The facilitator's way back into a finished participant's answers: a button in the participant list, then a
 * confirmation that names whose answers will show. The dialog is modal (Tab stays inside, Esc cancels) and opens
 * on "Cancel", so Enter alone never shows anyone's answers.
 */
export function ReopenAnswers(props: { label: string; answered: number; total: number; onReopen: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  const name = props.label;
  return (
    <>
      {/* The visible text names the person, so what a screen reader says is what the facilitator sees (WCAG 2.5.3). */}
      <button type="button" onClick={() => setOpen(true)}>
        {t('workshop:reopen.buttonNamed', { name })}
      </button>
      {open && (
        <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-title`} onClose={() => setOpen(false)}>
          <h2 id={`${id}-title`}>{t('workshop:reopen.title', { name })}</h2>
          <p>{t('workshop:reopen.text', { name, answered: props.answered, total: props.total })}</p>
          <div className="dialog-buttons">
            {/* First, so the dialog opens on it. */}
            <button type="button" onClick={() => dialog.current?.close()}>
              {t('workshop:reopen.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                dialog.current?.close();
                props.onReopen();
              }}
            >
              {t('workshop:reopen.confirm', { name })}
            </button>
          </div>
        </dialog>
      )}
    </>
  );
}
