import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALE_TAG } from '../../domain/model/types';
import { currentLanguage } from '../../i18n';

/** "Earlier versions" of one assessment: the days there are daily copies of, each to restore as a new assessment. */
export function EarlierVersions(props: { name: string; days: string[]; onRestore: (day: string) => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [props.name, props.days]);
  const dayFormat = new Intl.DateTimeFormat(LOCALE_TAG[currentLanguage(i18n)], { dateStyle: 'long', timeZone: 'UTC' });
  const formatDay = (day: string): string => dayFormat.format(new Date(`${day}T00:00:00Z`));
  return (
    <section className="earlier-versions" aria-labelledby={`${id}-earlier`}>
      <h2 id={`${id}-earlier`} tabIndex={-1} ref={heading}>
        {t('home.earlierNamed', { name: props.name })}
      </h2>
      <p className="hint">{t('home.earlierIntro')}</p>
      {props.days.length === 0 ? (
        <p>{t('home.earlierNone')}</p>
      ) : (
        <ul>
          {props.days.map((day) => (
            <li key={day}>
              <span>{formatDay(day)}</span>
              <button type="button" onClick={() => props.onRestore(day)} aria-label={t('home.restoreNamed', { date: formatDay(day) })}>
                {t('home.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="quiet" onClick={props.onClose}>
        {t('home.closeEarlier')}
      </button>
    </section>
  );
}
