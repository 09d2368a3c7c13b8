import { useEffect, useId, useRef, useState } from 'react';
import { formatScore } from '../../components/format';
import { useTranslation } from 'react-i18next';
import { LOCALE_TAG } from '../../domain/model/types';
import { currentLanguage } from '../../i18n';
import { useFocusHeading } from '../../components/useFocusHeading';
import { ClassPrint } from './ClassPrint';
import { useExportBrand } from '../brand/useExportBrand';
import { ClassFindings, summaryText } from './ClassFindings';
import { ClassSummary } from './ClassSummary';
import { ClassMatrix } from './ClassMatrix';
import { ClassExports } from './ClassExports';
import { ClassDueDate } from './ClassDueDate';
import { classNoticeText, useClassRead } from './useClassRead';
import { useAnnounce } from '../../components/announcer/useAnnounce';
import { clearAnnouncements } from '../../components/announcer/announcer';
import { usePageTitle } from '../../components/usePageTitle';

/**
 * The teacher's class overview: choose hand-ins (files or folders), optionally paste the class list, and see who is
 * missing, which files could not be read and why, what was not read at all and why, who handed in twice, a sortable
 * student x area matrix with each student's reflections, the class statistics, the commonest gaps and actions. A
 * view without names is there for the projector. The files are read, never copied into the teacher's own assessments.
 */
export function ClassScreen() {
  const brand = useExportBrand({ homework: true });
  const { t, i18n } = useTranslation();
  usePageTitle(t('class:title'));
  const id = useId();
  const heading = useFocusHeading();
  const lng = currentLanguage(i18n);
  const cls = useClassRead();
  const { overview, read, progress } = cls;
  const [anonymous, setAnonymous] = useState(false);
  const numberFormat = new Intl.NumberFormat(LOCALE_TAG[lng], { maximumFractionDigits: 0 });
  const number = (n: number): string => numberFormat.format(n);
  const score = formatScore;
  const busy = progress !== null;
  const summary = useRef<HTMLParagraphElement>(null);
  const wasBusy = useRef(false);
  useAnnounce(busy ? t('class:announce.readingStarted') : null);
  // Once per read (not on every keystroke in the class list): "Har levert: 30 · Mangler: 2 · …".
  useAnnounce(overview && read ? `${read.cancelled ? `${t('class:cancelled')} ` : ''}${summaryText(t, overview)}` : null, { when: read });
  useAnnounce(cls.notice ? classNoticeText(t, cls.notice) : null, {
    politeness: cls.notice?.kind === 'noPaths' ? 'polite' : 'assertive',
    when: cls.notice,
  });
  // The cancel button goes when the reading ends: if it had focus, focus moves on to the result (or the heading),
  // not to the top of the page.
  useEffect(() => {
    const ended = wasBusy.current && !busy;
    wasBusy.current = busy;
    if (ended && (document.activeElement === null || document.activeElement === document.body))
      (summary.current ?? document.getElementById('class-title'))?.focus();
  }, [busy]);

  return (
    <section className="class-overview" aria-labelledby="class-title">
      <h1 id="class-title" tabIndex={-1} ref={heading}>
        {t('class:title')}
      </h1>
      {!anonymous && (
        <>
          <p className="lead">{t('class:intro')}</p>
          <div className="head-buttons">
            <button type="button" className="primary" onClick={() => !busy && void cls.choose('files')} aria-disabled={busy}>
              {t('class:chooseFiles')}
            </button>
            <button type="button" onClick={() => !busy && void cls.choose('folder')} aria-disabled={busy}>
              {t('class:chooseFolder')}
            </button>
            <button type="button" onClick={() => !busy && void cls.openSaved()} aria-disabled={busy}>
              {t('class:openSaved')}
            </button>
            {cls.paths.length > 0 && (
              <button type="button" onClick={() => !busy && void cls.reread()} aria-disabled={busy}>
                {t('class:reread')}
              </button>
            )}
          </div>
          {cls.notice && (
            <p className={`notice ${cls.notice.kind === 'noPaths' ? 'notice-warning' : 'notice-error'}`}>
              {classNoticeText(t, cls.notice)}
            </p>
          )}
          <div className="field">
            <label htmlFor={`${id}-list`}>{t('class:classList')}</label>
            <p className="hint" id={`${id}-list-hint`}>
              {t('class:classListHint')}
            </p>
            <textarea
              id={`${id}-list`}
              rows={4}
              value={cls.classListText}
              aria-describedby={`${id}-list-hint`}
              onChange={(e) => cls.setClassListText(e.target.value)}
            />
          </div>
          {cls.paths.length > 0 && (
            <ClassDueDate
              t={t}
              lng={lng}
              dueDate={cls.dueDate}
              onChange={cls.setDueDate}
              late={overview ? overview.students.filter((s) => s.late).length : null}
              notKept={cls.dueDateNotKept}
            />
          )}
        </>
      )}

      <div className="class-progress">
        {progress && (
          <>
            <label htmlFor={`${id}-progress`}>{t('class:reading', { done: progress.done, total: progress.total })}</label>
            <progress id={`${id}-progress`} max={Math.max(1, progress.total)} value={progress.done} />
          </>
        )}
      </div>
      {progress && (
        <button type="button" onClick={cls.cancel}>
          {t('class:cancel')}
        </button>
      )}

      {overview && read && (
        <>
          <p className="class-summary" tabIndex={-1} ref={summary}>
            {read.cancelled && <strong>{t('class:cancelled')} </strong>}
            {summaryText(t, overview)}
          </p>
          {!anonymous && (
            <ClassExports
              overview={overview}
              content={{ paths: cls.paths, classList: cls.classList, ...(cls.dueDate ? { dueDate: cls.dueDate } : {}) }}
              printView={
                <ClassPrint
                  overview={overview}
                  t={t}
                  lng={lng}
                  date={new Intl.DateTimeFormat(LOCALE_TAG[lng], { dateStyle: 'long' }).format(new Date())}
                  chosen={cls.paths}
                  hasClassList={cls.classList.length > 0}
                  number={number}
                  brand={brand}
                />
              }
            />
          )}
          <label className="option">
            <input
              type="checkbox"
              checked={anonymous}
              onChange={(e) => {
                // The view for the room keeps no saved file's path, not even in the announcer's hidden regions.
                if (e.target.checked) clearAnnouncements();
                setAnonymous(e.target.checked);
              }}
            />
            <span>{t('class:anonymous')}</span>
          </label>
          {!anonymous && (
            <>
              <ClassFindings overview={overview} t={t} chosen={cls.paths} hasClassList={cls.classList.length > 0} number={number} />
              <ClassMatrix key={cls.readCount} students={overview.students} lng={lng} score={score} />
            </>
          )}
          <ClassSummary overview={overview} t={t} />
        </>
      )}
    </section>
  );
}
