import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/model/types';
import { LIMITS } from '../../domain/model/limits';
import { LanguageSelect } from '../../components/LanguageSelect';

/** "New homework": the teacher's course code and fewest words per reflection; the same panel saves the worksheet. */
export function HomeworkForm(props: {
  language: Language;
  onCreate: (course: string, minWords: number) => void;
  onWorksheet: (course: string, minWords: number, language: Language) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [course, setCourse] = useState('');
  const [minWords, setMinWords] = useState('0');
  const [sheetLanguage, setSheetLanguage] = useState<Language>(props.language);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const words = (): number => Number(minWords || '0');
  return (
    <section className="new-workshop" aria-labelledby={`${id}-homework`}>
      <h2 id={`${id}-homework`} tabIndex={-1} ref={heading}>
        {t('home.homework.title')}
      </h2>
      <p className="hint">{t('home.homework.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-course`}>{t('home.homework.course')}</label>
        <input id={`${id}-course`} type="text" value={course} maxLength={LIMITS.course} onChange={(e) => setCourse(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-min-words`}>{t('home.homework.minWords')}</label>
        <input
          id={`${id}-min-words`}
          type="text"
          inputMode="numeric"
          value={minWords}
          onChange={(e) => setMinWords(e.target.value.replace(/[^0-9]/g, '').slice(0, 4))}
        />
      </div>
      <div className="head-buttons">
        <button type="button" className="primary" onClick={() => props.onCreate(course, words())}>
          {t('home.homework.create')}
        </button>
      </div>
      <h3>{t('home.homework.worksheetHeading')}</h3>
      <p className="hint">{t('home.homework.worksheetIntro')}</p>
      <LanguageSelect label={t('home.homework.worksheetLanguage')} value={sheetLanguage} onChange={setSheetLanguage} />
      <div className="head-buttons">
        <button type="button" onClick={() => props.onWorksheet(course, words(), sheetLanguage)}>
          {t('home.homework.worksheet')}
        </button>
        <button type="button" className="quiet" onClick={props.onCancel}>
          {t('home.workshop.cancel')}
        </button>
      </div>
    </section>
  );
}
