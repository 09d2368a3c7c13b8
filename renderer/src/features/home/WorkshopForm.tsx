import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "New workshop" asks one thing first: named or anonymous respondents (fixed once anyone has answered). */
export function WorkshopForm({ onCreate, onCancel }: { onCreate: (anonymous: boolean) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [anonymous, setAnonymous] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="new-workshop" aria-labelledby={`${id}-workshop`}>
      <h2 id={`${id}-workshop`} tabIndex={-1} ref={heading}>
        {t('home.workshop.title')}
      </h2>
      <p className="hint">{t('home.workshop.intro')}</p>
      <fieldset>
        <legend>{t('home.workshop.respondents')}</legend>
        <label className="option">
          <input type="radio" name="workshop-anonymity" checked={!anonymous} onChange={() => setAnonymous(false)} />
          <span>{t('home.workshop.named')}</span>
        </label>
        <label className="option">
          <input type="radio" name="workshop-anonymity" checked={anonymous} onChange={() => setAnonymous(true)} />
          <span>{t('home.workshop.anonymous')}</span>
        </label>
      </fieldset>
      <p className="hint">{t('home.workshop.anonymityFixed')}</p>
      <div className="head-buttons">
        <button type="button" className="primary" onClick={() => onCreate(anonymous)}>
          {t('home.workshop.create')}
        </button>
        <button type="button" className="quiet" onClick={onCancel}>
          {t('home.workshop.cancel')}
        </button>
      </div>
    </section>
  );
}
