import { useId } from 'react';
import type { TFunction } from 'i18next';
import { shownFilePath, shownPath } from '../../domain/homework/classOverview';
import { MAX_CLASS_FILES, MAX_FOLDER_DEPTH } from '../../domain/homework/classFile';
import { fileErrorText } from '../../components/fileErrorText';
import type { useFolderRead } from './useFolderRead';

/**
 * A folder's files as the portfolio's source: choose the folder, see the reading's progress (and call it off), and
 * every file that could not be read, or was not read, with why, in the class overview's own words.
 */
export function PortfolioFolder({ folder, t }: { folder: ReturnType<typeof useFolderRead>; t: TFunction }) {
  const id = useId();
  const { progress, read } = folder;
  const bad = read ? read.files.flatMap((f) => (f.ok ? [] : [f])) : [];
  const notRead = read?.notRead ?? [];
  return (
    <div className="portfolio-folder">
      <p className="hint">{t('portfolio:source.folderHint')}</p>
      <button type="button" onClick={() => progress === null && void folder.choose()} aria-disabled={progress !== null}>
        {t('portfolio:source.chooseFolder')}
      </button>
      {progress && (
        <div className="class-progress">
          <label htmlFor={`${id}-progress`}>{t('portfolio:source.reading', { done: progress.done, total: progress.total })}</label>
          <progress id={`${id}-progress`} max={Math.max(1, progress.total)} value={progress.done} />
          <button type="button" onClick={folder.cancel}>
            {t('portfolio:source.cancel')}
          </button>
        </div>
      )}
      {folder.failed && <p className="notice notice-error">{t('errors.actionFailed')}</p>}
      {read?.cancelled && <p className="notice notice-warning">{t('class:cancelled')}</p>}
      {bad.length + notRead.length > 0 && (
        <div className="notice notice-warning">
          <p>{t('portfolio:source.notRead', { count: bad.length + notRead.length })}</p>
          <ul>
            {bad.map((b) => (
              <li key={b.path}>
                <strong>{shownFilePath(b.path, folder.paths)}</strong>: {fileErrorText(t, b.error)}
              </li>
            ))}
            {notRead.map((n) => (
              <li key={n.path}>
                <strong>{shownPath(n.path, folder.paths)}</strong>:{' '}
                {t(`class:notRead.reasons.${n.reason}`, { depth: MAX_FOLDER_DEPTH, max: MAX_CLASS_FILES })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
