import type { TFunction } from 'i18next';
import { shownFilePath, shownPath, type ClassOverview } from '../../domain/homework/classOverview';
import { MAX_CLASS_FILES, MAX_FOLDER_DEPTH } from '../../domain/homework/classFile';
import { fileErrorText } from '../../components/fileErrorText';

/** The one line that counts everything: handed in, missing, unreadable, not read, other files. */
export function summaryText(t: TFunction, o: ClassOverview): string {
  return t('class:summary', {
    students: o.students.length,
    missing: o.missing.length,
    bad: o.bad.length,
    notRead: o.notRead.length,
    skipped: o.skipped,
  });
}

/**
 * What the teacher has to act on before the numbers: who is missing, which files could not be read and why, what
 * under the chosen folders was not read at all and why, and who handed in more than once. On the screen and in
 * the PDF (`print`), where only what is there is listed.
 */
export function ClassFindings({
  overview: o,
  t,
  chosen,
  hasClassList,
  number,
  print = false,
}: {
  overview: ClassOverview;
  t: TFunction;
  /** The files and folders the teacher chose: paths under them are shown from the folder's name down. */
  chosen: ReadonlyArray<string>;
  hasClassList: boolean;
  /** A whole number as the language writes it. */
  number: (n: number) => string;
  print?: boolean;
}) {
  return (
    <>
      {(!print || o.missing.length > 0) && <h2>{t('class:missing.title', { count: o.missing.length })}</h2>}
      {!hasClassList ? (
        !print && <p className="hint">{t('class:missing.noList')}</p>
      ) : o.missing.length === 0 ? (
        !print && <p>{t('class:missing.none')}</p>
      ) : (
        <ul className="missing-list">
          {o.missing.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}

      {o.bad.length > 0 && (
        <>
          <h2>{t('class:bad.title', { count: o.bad.length })}</h2>
          <ul className="bad-files">
            {o.bad.map((b) => (
              <li key={b.path}>
                <strong>{shownFilePath(b.path, chosen)}</strong>: {fileErrorText(t, b.error)}
              </li>
            ))}
          </ul>
        </>
      )}

      {o.notRead.length > 0 && (
        <>
          <h2>{t('class:notRead.title', { count: o.notRead.length })}</h2>
          <p className="hint">{t('class:notRead.intro')}</p>
          <ul className="not-read">
            {o.notRead.map((n) => (
              <li key={`${n.reason}:${n.path}`}>
                <span className="path">{shownPath(n.path, chosen)}</span>{' '}
                <span className="reason">
                  {t(`class:notRead.reasons.${n.reason}`, { depth: MAX_FOLDER_DEPTH, max: number(MAX_CLASS_FILES) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}

      {o.duplicates.length > 0 && (
        <>
          <h2>{t('class:duplicates.title', { count: o.duplicates.length })}</h2>
          <ul className="duplicates">
            {o.duplicates.map((d) => (
              <li key={d.name}>{t('class:duplicates.item', { name: d.name, counted: d.counted, older: d.older.join(', ') })}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
