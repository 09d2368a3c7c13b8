import { useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../domain/model/summary';
import { byUpdatedDesc } from '../../domain/model/summary';
import { LANGUAGES, LOCALE_TAG, type Language } from '../../domain/model/types';
import { useFocusHeading } from '../../components/useFocusHeading';
import { LIMITS } from '../../domain/model/limits';
import { currentLanguage } from '../../i18n';

/** Rows drawn at a time: enough for any small list, quick with 5,000 assessments. */
const PAGE_SIZE = 100;
/** From this many assessments on, the list has a search field. */
const SEARCH_FROM = 10;

export function HomeScreen(props: {
  summaries: AssessmentSummary[];
  /** The company name of the assessment just deleted, while its delete can be undone. */
  deletedName: string | null;
  onNew: () => void;
  /** Creates a workshop: several respondents, named or anonymous (chosen here, fixed once anyone answers). */
  onNewWorkshop: (anonymous: boolean) => void;
  /** Creates homework for a course: the course code and the fewest words per reflection (the teacher's worksheet). */
  onNewHomework: (course: string, minWords: number) => void;
  /** Saves the blank worksheet (the questionnaire on paper) as a PDF with these settings, in this language. */
  onWorksheet: (course: string, minWords: number, language: Language) => void;
  /** The teacher's overview of a class's hand-ins. */
  onClassOverview: () => void;
  onImport: () => void;
  onExport: (a: AssessmentSummary) => void;
  onOpen: (a: AssessmentSummary) => void;
  onDuplicate: (a: AssessmentSummary) => void;
  onDelete: (a: AssessmentSummary) => void;
  /** The days of the daily copies of an assessment, newest first. */
  onListEarlier: (a: AssessmentSummary) => Promise<string[]>;
  /** Restores the copy of that day as a new assessment. */
  onRestoreEarlier: (a: AssessmentSummary, day: string) => void;
  onUndoDelete: () => void;
  onDismissUndo: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lng = currentLanguage(i18n);
  const heading = useFocusHeading();
  const searchId = useId();
  const [query, setQuery] = useState('');
  // Typing stays quick with thousands of rows: the list follows the query a moment later.
  const deferredQuery = useDeferredValue(query);
  const [pageCount, setPageCount] = useState(1);
  // "Earlier versions" of one assessment, once asked for: the days there are copies of.
  const [earlier, setEarlier] = useState<{ summary: AssessmentSummary; days: string[] } | null>(null);
  const earlierHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => earlierHeading.current?.focus(), [earlier]);
  // "New workshop" asks one thing first: named or anonymous respondents.
  const [workshopForm, setWorkshopForm] = useState(false);
  const [anonymous, setAnonymous] = useState(false);
  const workshopHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (workshopForm) workshopHeading.current?.focus();
  }, [workshopForm]);
  // "New homework" asks for the course code and the teacher's minimum words per reflection.
  const [homeworkForm, setHomeworkForm] = useState(false);
  const [course, setCourse] = useState('');
  const [minWords, setMinWords] = useState('0');
  const [sheetLanguage, setSheetLanguage] = useState<Language>(lng);
  const homeworkHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (homeworkForm) homeworkHeading.current?.focus();
  }, [homeworkForm]);
  const dayFormat = new Intl.DateTimeFormat(LOCALE_TAG[lng], { dateStyle: 'long', timeZone: 'UTC' });
  const formatDay = (day: string): string => dayFormat.format(new Date(`${day}T00:00:00Z`));
  const needle = deferredQuery.trim().toLocaleLowerCase(lng === 'nb' ? 'nb-NO' : 'sv-SE');
  const matching = [...props.summaries]
    .filter((s) => needle === '' || s.companyName.toLocaleLowerCase(lng === 'nb' ? 'nb-NO' : 'sv-SE').includes(needle))
    .sort(byUpdatedDesc);
  // A consultant's years of clients: the newest first, a page at a time, and a search for the rest.
  const sorted = matching.slice(0, pageCount * PAGE_SIZE);
  const more = Math.min(PAGE_SIZE, matching.length - sorted.length);
  const nameOf = (companyName: string): string => companyName.trim() || t('home.unnamed');
  // One formatter of each kind per render, not one per row.
  const dateFormat = new Intl.DateTimeFormat(LOCALE_TAG[lng], { dateStyle: 'medium', timeStyle: 'short' });
  const percentFormat = new Intl.NumberFormat(LOCALE_TAG[lng], { style: 'percent', maximumFractionDigits: 0 });
  const formatDate = (iso: string): string => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : dateFormat.format(d);
  };

  return (
    <section className="home" aria-labelledby="home-title">
      <div className="screen-head">
        <h1 id="home-title" tabIndex={-1} ref={heading}>
          {t('home.title')}
        </h1>
        <div className="head-buttons">
          <button type="button" onClick={props.onImport}>
            {t('files:home.import')}
          </button>
          <button type="button" onClick={props.onClassOverview}>
            {t('home.classOverview')}
          </button>
          <button type="button" onClick={() => setHomeworkForm(true)} aria-expanded={homeworkForm}>
            {t('home.newHomework')}
          </button>
          <button type="button" onClick={() => setWorkshopForm(true)} aria-expanded={workshopForm}>
            {t('home.newWorkshop')}
          </button>
          <button type="button" className="primary" onClick={props.onNew}>
            {t('home.new')}
          </button>
        </div>
      </div>
      {homeworkForm && (
        <section className="new-workshop" aria-labelledby={`${searchId}-homework`}>
          <h2 id={`${searchId}-homework`} tabIndex={-1} ref={homeworkHeading}>
            {t('home.homework.title')}
          </h2>
          <p className="hint">{t('home.homework.intro')}</p>
          <div className="field">
            <label htmlFor={`${searchId}-course`}>{t('home.homework.course')}</label>
            <input
              id={`${searchId}-course`}
              type="text"
              value={course}
              maxLength={LIMITS.course}
              onChange={(e) => setCourse(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${searchId}-min-words`}>{t('home.homework.minWords')}</label>
            <input
              id={`${searchId}-min-words`}
              type="text"
              inputMode="numeric"
              value={minWords}
              onChange={(e) => setMinWords(e.target.value.replace(/[^0-9]/g, '').slice(0, 4))}
            />
          </div>
          <div className="head-buttons">
            <button type="button" className="primary" onClick={() => props.onNewHomework(course, Number(minWords || '0'))}>
              {t('home.homework.create')}
            </button>
          </div>
          <h3>{t('home.homework.worksheetHeading')}</h3>
          <p className="hint">{t('home.homework.worksheetIntro')}</p>
          <div className="field">
            <label htmlFor={`${searchId}-sheet-language`}>{t('home.homework.worksheetLanguage')}</label>
            <select
              id={`${searchId}-sheet-language`}
              value={sheetLanguage}
              onChange={(e) => setSheetLanguage(e.target.value === 'sv' ? 'sv' : 'nb')}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="head-buttons">
            <button type="button" onClick={() => props.onWorksheet(course, Number(minWords || '0'), sheetLanguage)}>
              {t('home.homework.worksheet')}
            </button>
            <button type="button" className="quiet" onClick={() => setHomeworkForm(false)}>
              {t('home.workshop.cancel')}
            </button>
          </div>
        </section>
      )}
      {workshopForm && (
        <section className="new-workshop" aria-labelledby={`${searchId}-workshop`}>
          <h2 id={`${searchId}-workshop`} tabIndex={-1} ref={workshopHeading}>
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
            <button type="button" className="primary" onClick={() => props.onNewWorkshop(anonymous)}>
              {t('home.workshop.create')}
            </button>
            <button type="button" className="quiet" onClick={() => setWorkshopForm(false)}>
              {t('home.workshop.cancel')}
            </button>
          </div>
        </section>
      )}
      <p className="lead">{t('home.intro')}</p>
      <p className="hint">{t('files:home.dropHint')}</p>

      <div className="undo-region" role="status" aria-live="polite">
        {props.deletedName !== null && (
          <div className="toast">
            <span>{t('home.deleted', { name: nameOf(props.deletedName) })}</span>
            <button type="button" onClick={props.onUndoDelete}>
              {t('home.undo')}
            </button>
            <button type="button" className="quiet" onClick={props.onDismissUndo}>
              {t('home.dismiss')}
            </button>
          </div>
        )}
      </div>

      {earlier && (
        <section className="earlier-versions" aria-labelledby={`${searchId}-earlier`}>
          <h2 id={`${searchId}-earlier`} tabIndex={-1} ref={earlierHeading}>
            {t('home.earlierNamed', { name: nameOf(earlier.summary.companyName) })}
          </h2>
          <p className="hint">{t('home.earlierIntro')}</p>
          {earlier.days.length === 0 ? (
            <p>{t('home.earlierNone')}</p>
          ) : (
            <ul>
              {earlier.days.map((day) => (
                <li key={day}>
                  <span>{formatDay(day)}</span>
                  <button
                    type="button"
                    onClick={() => {
                      props.onRestoreEarlier(earlier.summary, day);
                      setEarlier(null);
                    }}
                    aria-label={t('home.restoreNamed', { date: formatDay(day) })}
                  >
                    {t('home.restore')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="quiet" onClick={() => setEarlier(null)}>
            {t('home.closeEarlier')}
          </button>
        </section>
      )}
      {props.summaries.length >= SEARCH_FROM && (
        <div className="field home-search">
          <label htmlFor={searchId}>{t('home.searchLabel')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPageCount(1);
            }}
          />
        </div>
      )}
      {props.summaries.length === 0 ? (
        <p className="empty">{t('home.empty')}</p>
      ) : sorted.length === 0 ? (
        <p className="empty">{t('home.noMatch', { query: query.trim() })}</p>
      ) : (
        <table className="assessment-table">
          <caption className="visually-hidden">{t('home.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('home.columns.company')}</th>
              <th scope="col">{t('home.columns.changed')}</th>
              <th scope="col">{t('home.columns.progress')}</th>
              <th scope="col">{t('home.columns.status')}</th>
              <th scope="col">{t('home.columns.score')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('home.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((a) => {
              const name = nameOf(a.companyName);
              const complete = a.status === 'complete' || a.status === 'preliminary';
              return (
                <tr key={a.id} className={`status-${a.status}`}>
                  <th scope="row" className="company-cell">
                    {name}
                    {a.respondents !== null && <span className="workshop-tag">{t('home.workshopTag', { count: a.respondents })}</span>}
                    {a.round > 1 && <span className="workshop-tag">{t('home.roundTag', { number: a.round })}</span>}
                    {a.homework && <span className="workshop-tag">{t(`home.homeworkTag.${a.homework}`)}</span>}
                  </th>
                  <td>{formatDate(a.updatedAt)}</td>
                  <td>{percentFormat.format(a.total === 0 ? 0 : a.answered / a.total)}</td>
                  <td>
                    <span className={`status-tag status-tag-${a.status}`}>{t(`home.status.${a.status}`)}</span>
                  </td>
                  <td>
                    {a.overall === null
                      ? t('home.noScore')
                      : a.band === null
                        ? t('home.scorePreliminary', { score: a.overall })
                        : t('home.score', { score: a.overall, band: t(`bands.${a.band}`) })}
                  </td>
                  <td className="row-actions">
                    {complete ? (
                      <button type="button" onClick={() => props.onOpen(a)} aria-label={t('home.openNamed', { name })}>
                        {t('home.open')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="primary"
                        onClick={() => props.onOpen(a)}
                        aria-label={t('home.continueNamed', { name })}
                      >
                        {t('home.continue')}
                      </button>
                    )}
                    <button type="button" onClick={() => props.onExport(a)} aria-label={t('files:home.exportNamed', { name })}>
                      {t('files:home.export')}
                    </button>
                    <button type="button" onClick={() => props.onDuplicate(a)} aria-label={t('home.duplicateNamed', { name })}>
                      {t('home.duplicate')}
                    </button>
                    <button
                      type="button"
                      onClick={() => void props.onListEarlier(a).then((days) => setEarlier({ summary: a, days }))}
                      aria-label={t('home.earlierNamed', { name })}
                    >
                      {t('home.earlier')}
                    </button>
                    <button type="button" className="danger" onClick={() => props.onDelete(a)} aria-label={t('home.deleteNamed', { name })}>
                      {t('home.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {more > 0 && (
        <div className="show-more">
          <p className="hint">{t('home.showing', { shown: sorted.length, total: matching.length })}</p>
          <button type="button" onClick={() => setPageCount((n) => n + 1)}>
            {t('home.showMore', { count: more })}
          </button>
        </div>
      )}
    </section>
  );
}
