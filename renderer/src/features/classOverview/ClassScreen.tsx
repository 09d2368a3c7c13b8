import { Fragment, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassReadResult, SaveResult } from '../../../../electron/shared/contract';
import { buildClassOverview, STAT_KEYS, type StudentRow } from '../../domain/homework/classOverview';
import { parseClassList } from '../../domain/homework/classFile';
import { ACTIONS_BY_ID, QUESTIONS_BY_ID, actionNamespace } from '../../domain/bank';
import { BANDS } from '../../domain/scoring/scoring';
import { MODULE_IDS, LOCALE_TAG, type ModuleId } from '../../domain/model/types';
import { MAX_FILE_BYTES } from '../../domain/files/fileFormatBasics';
import { api } from '../../api';
import { currentLanguage } from '../../i18n';
import { useFocusHeading } from '../../components/useFocusHeading';
import { FileNotice, type FileOutcome } from '../../components/FileNotice';
import { classCsv } from './classCsv';
import { ClassPrint } from './ClassPrint';
import { createPortal, flushSync } from 'react-dom';

type SortColumn = 'name' | 'answered' | ModuleId | 'overall';
/** Arrows beside the sorted column (hidden from screen readers, which read aria-sort). */
const SORT_MARK = { up: ' ▲', down: ' ▼' } as const;
/** The bands, then "no band", in the order the distribution is written. */
const BAND_COLUMNS = [...BANDS, 'none'] as const;

/**
 * The teacher's class overview (issue 10): choose hand-ins (files or folders), optionally paste the class list, and
 * see who is missing, which files could not be read and why, who handed in twice, a sortable student x area matrix
 * with each student's reflections, the class statistics, the commonest gaps and actions. A view without names is
 * there for the projector. The files are read, never copied into the teacher's own assessments.
 */
export function ClassScreen() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const heading = useFocusHeading();
  const lng = currentLanguage(i18n);
  const [paths, setPaths] = useState<string[]>([]);
  const [classListText, setClassListText] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [read, setRead] = useState<ClassReadResult | null>(null);
  const [sort, setSort] = useState<{ column: SortColumn; descending: boolean }>({ column: 'name', descending: false });
  const [anonymous, setAnonymous] = useState(false);
  const [openStudent, setOpenStudent] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<FileOutcome | null>(null);
  const [classFileFailed, setClassFileFailed] = useState<string | null>(null);
  const reflectionsHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => api().onClassProgress(setProgress), []);
  useEffect(() => {
    if (openStudent) reflectionsHeading.current?.focus();
  }, [openStudent]);

  const classList = useMemo(() => parseClassList(classListText), [classListText]);
  const overview = useMemo(() => (read ? buildClassOverview(read, classList) : null), [read, classList]);
  const number = new Intl.NumberFormat(LOCALE_TAG[lng], { maximumFractionDigits: 0 });
  const score = (n: number | null): string => (n === null ? '–' : number.format(n));

  const readPaths = async (list: string[]): Promise<void> => {
    setPaths(list);
    setRead(null);
    setOpenStudent(null);
    setProgress({ done: 0, total: 0 });
    try {
      setRead(await api().readClassFiles(list));
    } finally {
      setProgress(null);
    }
  };
  const choose = async (kind: 'files' | 'folder'): Promise<void> => {
    const chosen = await api().chooseClassPaths(kind);
    if (chosen) await readPaths(chosen);
  };
  const openSaved = async (): Promise<void> => {
    setClassFileFailed(null);
    const r = await api().openClassFile();
    if (r.kind === 'failed') return setClassFileFailed(r.fileName);
    if (r.kind === 'cancelled') return;
    setClassListText(r.content.classList.join('\n'));
    await readPaths(r.content.paths);
  };

  const sorted = useMemo(() => {
    if (!overview) return [];
    const value = (s: StudentRow): number | string =>
      sort.column === 'name'
        ? s.name
        : sort.column === 'answered'
          ? s.answered / Math.max(1, s.total)
          : sort.column === 'overall'
            ? (s.overall ?? -1)
            : (s.modules[sort.column].score ?? -1);
    return [...overview.students].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, lng) : Number(x) - Number(y);
      return sort.descending ? -c : c;
    });
  }, [overview, sort, lng]);

  const header = (column: SortColumn, label: string) => {
    const active = sort.column === column;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button
          type="button"
          className="sort-button"
          onClick={() => setSort({ column, descending: active ? !sort.descending : column !== 'name' })}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? SORT_MARK.down : SORT_MARK.up) : ''}</span>
        </button>
      </th>
    );
  };
  const student = overview?.students.find((s) => s.key === openStudent) ?? null;
  const saveCsv = async (): Promise<void> => {
    if (!overview) return;
    const result = await api().saveCsv('answers', t('class:fileName'), classCsv(overview, t));
    if (result.kind !== 'cancelled') setOutcome({ action: 'save', kind: 'answersCsv', result });
  };
  const [printing, setPrinting] = useState(false);
  const savePdf = async (): Promise<void> => {
    if (!overview) return;
    flushSync(() => setPrinting(true));
    await document.fonts.ready;
    let result: SaveResult;
    try {
      result = await api().savePdf(t('class:fileName'));
    } catch {
      result = { kind: 'failed', reason: 'printFailed' };
    } finally {
      setPrinting(false);
    }
    if (result.kind !== 'cancelled') setOutcome({ action: 'save', kind: 'pdf', result });
  };
  const saveClass = async (): Promise<void> => {
    const result = await api().saveClassFile(t('class:fileName'), { paths, classList });
    if (result.kind !== 'cancelled') setOutcome({ action: 'save', kind: 'assessment', result });
  };

  return (
    <section className="class-overview" aria-labelledby="class-title">
      {printing &&
        overview &&
        createPortal(
          <ClassPrint
            overview={overview}
            t={t}
            date={new Intl.DateTimeFormat(LOCALE_TAG[lng], { dateStyle: 'long' }).format(new Date())}
          />,
          document.body,
        )}
      <h1 id="class-title" tabIndex={-1} ref={heading}>
        {t('class:title')}
      </h1>
      {!anonymous && <p className="lead">{t('class:intro')}</p>}
      {!anonymous && (
        <>
          <div className="head-buttons">
            <button type="button" className="primary" onClick={() => void choose('files')} disabled={progress !== null}>
              {t('class:chooseFiles')}
            </button>
            <button type="button" onClick={() => void choose('folder')} disabled={progress !== null}>
              {t('class:chooseFolder')}
            </button>
            <button type="button" onClick={() => void openSaved()} disabled={progress !== null}>
              {t('class:openSaved')}
            </button>
            {paths.length > 0 && (
              <button type="button" onClick={() => void readPaths(paths)} disabled={progress !== null}>
                {t('class:reread')}
              </button>
            )}
          </div>
          {classFileFailed && (
            <p className="notice notice-error" role="alert">
              {t('class:classFileFailed', { file: classFileFailed })}
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
              value={classListText}
              aria-describedby={`${id}-list-hint`}
              onChange={(e) => setClassListText(e.target.value)}
            />
          </div>
        </>
      )}

      <div role="status" aria-live="polite" className="class-progress">
        {progress && (
          <>
            <label htmlFor={`${id}-progress`}>{t('class:reading', { done: progress.done, total: progress.total })}</label>
            <progress id={`${id}-progress`} max={Math.max(1, progress.total)} value={progress.done} />
          </>
        )}
      </div>
      {progress && (
        <button type="button" onClick={() => void api().cancelClassRead()}>
          {t('class:cancel')}
        </button>
      )}
      {outcome && <FileNotice outcome={outcome} onDismiss={() => setOutcome(null)} />}

      {overview && read && (
        <>
          <p className="class-summary">
            {read.cancelled && <strong>{t('class:cancelled')} </strong>}
            {t('class:summary', {
              students: overview.students.length,
              missing: overview.missing.length,
              bad: overview.bad.length,
              skipped: overview.skipped,
            })}
          </p>
          {!anonymous && (
            <div className="head-buttons">
              <button type="button" onClick={() => void saveCsv()}>
                {t('class:exportCsv')}
              </button>
              <button type="button" onClick={() => void savePdf()}>
                {t('class:exportPdf')}
              </button>
              <button type="button" onClick={() => void saveClass()}>
                {t('class:saveClass')}
              </button>
            </div>
          )}
          <label className="option">
            <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
            <span>{t('class:anonymous')}</span>
          </label>

          {!anonymous && (
            <>
              <h2>{t('class:missing.title', { count: overview.missing.length })}</h2>
              {classList.length === 0 ? (
                <p className="hint">{t('class:missing.noList')}</p>
              ) : overview.missing.length === 0 ? (
                <p>{t('class:missing.none')}</p>
              ) : (
                <ul className="missing-list">
                  {overview.missing.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              )}

              {overview.bad.length > 0 && (
                <>
                  <h2>{t('class:bad.title', { count: overview.bad.length })}</h2>
                  <ul className="bad-files">
                    {overview.bad.map((b) => (
                      <li key={b.path}>
                        <strong>{b.fileName}</strong>:{' '}
                        {t(`files:import.errors.${b.error.code}`, {
                          found: b.error.found,
                          supported: b.error.supported,
                          number: b.error.question?.number,
                          area: b.error.question ? t(`modules.${b.error.question.module}`) : '',
                          limit: Math.round(MAX_FILE_BYTES / (1024 * 1024)),
                        })}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {overview.duplicates.length > 0 && (
                <>
                  <h2>{t('class:duplicates.title', { count: overview.duplicates.length })}</h2>
                  <ul className="duplicates">
                    {overview.duplicates.map((d) => (
                      <li key={d.name}>{t('class:duplicates.item', { name: d.name, counted: d.counted, older: d.older.join(', ') })}</li>
                    ))}
                  </ul>
                </>
              )}

              <h2>{t('class:matrix.title')}</h2>
              <div className="table-scroll">
                <table className="scores-table class-matrix">
                  <caption className="visually-hidden">{t('class:matrix.caption')}</caption>
                  <thead>
                    <tr>
                      {header('name', t('class:columns.student'))}
                      {header('answered', t('class:columns.answered'))}
                      {MODULE_IDS.map((m) => (
                        <Fragment key={m}>{header(m, t(`${m}:name`))}</Fragment>
                      ))}
                      {header('overall', t('class:columns.overall'))}
                      <th scope="col">{t('class:columns.reflections')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sorted.map((s) => (
                      <tr key={s.key} className={s.complete ? undefined : 'incomplete'}>
                        <th scope="row">
                          {s.name}
                          {s.notOnList && <span className="workshop-tag">{t('class:notOnList')}</span>}
                          {s.olderFiles.length > 0 && <span className="workshop-tag">{t('class:handedInTwice')}</span>}
                        </th>
                        <td>{t('class:answeredOf', { answered: s.answered, total: s.total })}</td>
                        {MODULE_IDS.map((m) => (
                          <td key={m}>{score(s.modules[m].score)}</td>
                        ))}
                        <td className="team-score">{score(s.overall)}</td>
                        <td>
                          <button
                            type="button"
                            onClick={() => setOpenStudent(s.key)}
                            aria-label={t('class:readReflectionsOf', { name: s.name })}
                          >
                            {t('class:readReflections')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {student && (
                <section className="reflections-panel" aria-labelledby={`${id}-reflections`}>
                  <h2 id={`${id}-reflections`} tabIndex={-1} ref={reflectionsHeading}>
                    {t('class:reflectionsOf', { name: student.name })}
                  </h2>
                  {MODULE_IDS.map((m) => (
                    <div key={m}>
                      <h3>{t(`${m}:name`)}</h3>
                      <p className="reflection-text">{student.reflections[m]?.trim() || t('class:noReflection')}</p>
                    </div>
                  ))}
                  <button type="button" onClick={() => setOpenStudent(null)}>
                    {t('class:closeReflections')}
                  </button>
                </section>
              )}
            </>
          )}

          <h2>{t('class:stats.heading')}</h2>
          <div className="table-scroll">
            <table className="scores-table class-stats">
              <caption className="visually-hidden">{t('class:stats.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workshop:scores.module')}</th>
                  {STAT_KEYS.map((k) => (
                    <th scope="col" key={k}>
                      {t(`class:stats.${k}`)}
                    </th>
                  ))}
                  <th scope="col">{t('class:stats.bands')}</th>
                </tr>
              </thead>
              <tbody>
                {overview.modules.map((m) => (
                  <tr key={m.module}>
                    <th scope="row">{t(`${m.module}:name`)}</th>
                    {STAT_KEYS.map((k) => (
                      <td key={k}>{score(m[k])}</td>
                    ))}
                    <td>
                      {BAND_COLUMNS.filter((b) => m.bands[b] > 0)
                        .map((b) => `${b === 'none' ? t('class:stats.noBand') : t(`bands.${b}`)}: ${m.bands[b]}`)
                        .join(' · ')}
                    </td>
                  </tr>
                ))}
                <tr className="overall-row">
                  <th scope="row">{t('class:columns.overall')}</th>
                  {STAT_KEYS.map((k) => (
                    <td key={k}>{score(overview.overall[k])}</td>
                  ))}
                  <td />
                </tr>
              </tbody>
            </table>
          </div>

          <div className="two-columns">
            <div>
              <h2>{t('class:gaps.title')}</h2>
              <ol>
                {overview.commonGaps.map((g) => {
                  const q = QUESTIONS_BY_ID.get(g.questionId)!;
                  return (
                    <li key={g.questionId}>
                      {t('class:gaps.item', { topic: t(`${q.module}:q.${q.id}.short`), area: t(`${q.module}:name`), mean: score(g.mean) })}
                    </li>
                  );
                })}
              </ol>
            </div>
            <div>
              <h2>{t('class:actions.title')}</h2>
              <ol>
                {overview.commonActions.map((a) => {
                  const action = ACTIONS_BY_ID.get(a.actionId);
                  const title = action ? t(`${actionNamespace(action)}:a.${a.actionId}.title`) : t('class:actions.findOut');
                  return <li key={a.actionId}>{t('class:actions.item', { title, count: a.students, total: overview.students.length })}</li>;
                })}
              </ol>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
