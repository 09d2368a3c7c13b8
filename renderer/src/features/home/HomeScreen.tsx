import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../domain/model/summary';
import { byUpdatedDesc } from '../../domain/model/summary';
import { LOCALE_TAG, type Language } from '../../domain/model/types';
import { useFocusHeading } from '../../components/useFocusHeading';
import { useReturnFocus } from '../../components/useReturnFocus';
import { currentLanguage } from '../../i18n';
import { HomeworkForm } from './HomeworkForm';
import { WorkshopForm } from './WorkshopForm';
import { EarlierVersions } from './EarlierVersions';
import { AssessmentTable } from './AssessmentTable';
import { useAnnounce } from '../../components/announcer/useAnnounce';
import { useDeleteFocus } from './useDeleteFocus';
import { usePageTitle } from '../../components/usePageTitle';

/** Rows drawn at a time: enough for any small list, quick with 5,000 assessments. */
const PAGE_SIZE = 100;
/** From this many assessments on, the list has a search field. */
const SEARCH_FROM = 10;

/** The home screen: what can be started, the undo of a delete, and the list of assessments (newest first). */
export function HomeScreen(props: {
  summaries: ReadonlyArray<AssessmentSummary>;
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
  /** The consultant's portfolio: every company side by side. */
  onPortfolio: () => void;
  /** The consultant's brand on exports (the settings screen). */
  onBrandSettings: () => void;
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
  usePageTitle(t('home.title'));
  const lng = currentLanguage(i18n);
  const heading = useFocusHeading();
  const searchId = useId();
  const [query, setQuery] = useState('');
  // Typing stays quick with thousands of rows: the list follows the query a moment later.
  const deferredQuery = useDeferredValue(query);
  const [pageCount, setPageCount] = useState(1);
  // "Earlier versions" of one assessment, once asked for: the days there are copies of.
  const [earlier, setEarlier] = useState<{ summary: AssessmentSummary; days: string[] } | null>(null);
  const [form, setForm] = useState<'homework' | 'workshop' | null>(null);
  // Closing a form or the earlier versions puts focus back on the button that opened them.
  const formOpener = useReturnFocus();
  const earlierOpener = useReturnFocus();
  const openForm = (which: 'homework' | 'workshop'): void => {
    if (form === null) formOpener.remember();
    setForm(which);
  };
  const closeForm = (): void => {
    formOpener.restore(document.getElementById('home-title'));
    setForm(null);
  };
  const closeEarlier = (): void => {
    earlierOpener.restore(document.getElementById('home-title'));
    setEarlier(null);
  };
  const needle = deferredQuery.trim().toLocaleLowerCase(LOCALE_TAG[lng]);
  const matching = props.summaries
    .filter((s) => needle === '' || s.companyName.toLocaleLowerCase(LOCALE_TAG[lng]).includes(needle))
    .sort(byUpdatedDesc);
  // A consultant's years of clients: the newest first, a page at a time, and a search for the rest.
  const shown = matching.slice(0, pageCount * PAGE_SIZE);
  const more = Math.min(PAGE_SIZE, matching.length - shown.length);
  const nameOf = (companyName: string): string => companyName.trim() || t('home.unnamed');
  const deletedMessage = props.deletedName === null ? null : t('home.deleted', { name: nameOf(props.deletedName) });
  const { undoButton, table, deleteRow, undo, dismiss } = useDeleteFocus(props.summaries, deletedMessage, {
    onDelete: props.onDelete,
    onUndo: props.onUndoDelete,
    onDismiss: props.onDismissUndo,
  });
  // What the search found, said once the list has followed the query ("3 vurderinger passer til søket.").
  const searched = needle !== '';
  useAnnounce(
    !searched
      ? null
      : matching.length === 0
        ? t('home.noMatch', { query: deferredQuery.trim() })
        : t('homeSearch.matches', { count: matching.length }),
    { when: searched ? `${needle}:${matching.length}` : null, delayMs: 600 },
  );

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
          <button type="button" onClick={props.onPortfolio}>
            {t('home.portfolio')}
          </button>
          <button type="button" onClick={props.onClassOverview}>
            {t('home.classOverview')}
          </button>
          <button type="button" onClick={props.onBrandSettings}>
            {t('files:brand.settingsButton')}
          </button>
          <button type="button" onClick={() => openForm('homework')} aria-expanded={form === 'homework'}>
            {t('home.newHomework')}
          </button>
          <button type="button" onClick={() => openForm('workshop')} aria-expanded={form === 'workshop'}>
            {t('home.newWorkshop')}
          </button>
          <button type="button" className="primary" onClick={props.onNew}>
            {t('home.new')}
          </button>
        </div>
      </div>
      {form === 'homework' && (
        <HomeworkForm language={lng} onCreate={props.onNewHomework} onWorksheet={props.onWorksheet} onCancel={closeForm} />
      )}
      {form === 'workshop' && <WorkshopForm onCreate={props.onNewWorkshop} onCancel={closeForm} />}
      <p className="lead">{t('home.intro')}</p>
      <p className="hint">{t('files:home.dropHint')}</p>

      <div className="undo-region">
        {props.deletedName !== null && (
          <div className="toast">
            <span>{t('home.deleted', { name: nameOf(props.deletedName) })}</span>
            <button type="button" ref={undoButton} onClick={undo}>
              {t('home.undo')}
            </button>
            <button type="button" className="quiet" onClick={dismiss}>
              {t('home.dismiss')}
            </button>
          </div>
        )}
      </div>

      {earlier && (
        <EarlierVersions
          name={nameOf(earlier.summary.companyName)}
          days={earlier.days}
          onRestore={(day) => {
            props.onRestoreEarlier(earlier.summary, day);
            closeEarlier();
          }}
          onClose={closeEarlier}
        />
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
      ) : shown.length === 0 ? (
        <p className="empty">{t('home.noMatch', { query: query.trim() })}</p>
      ) : (
        <AssessmentTable
          tableRef={table}
          rows={shown}
          nameOf={(a) => nameOf(a.companyName)}
          actions={{
            onOpen: props.onOpen,
            onExport: props.onExport,
            onDuplicate: props.onDuplicate,
            onDelete: deleteRow,
            onEarlier: (a) => {
              earlierOpener.remember();
              void props.onListEarlier(a).then((days) => setEarlier({ summary: a, days }));
            },
          }}
        />
      )}
      {more > 0 && (
        <div className="show-more">
          <p className="hint">{t('home.showing', { shown: shown.length, total: matching.length })}</p>
          <button type="button" onClick={() => setPageCount((n) => n + 1)}>
            {t('home.showMore', { count: more })}
          </button>
        </div>
      )}
    </section>
  );
}
