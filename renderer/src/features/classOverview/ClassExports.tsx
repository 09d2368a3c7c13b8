import { useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SaveResult } from '../../../../electron/shared/contract';
import type { ClassOverview } from '../../domain/homework/classOverview';
import type { ClassFileContent } from '../../domain/homework/classFile';
import { api } from '../../api';
import { MAX_FILE_BYTES } from '../../domain/files/fileFormatBasics';
import { classCsv } from './classCsv';
import { currentLanguage } from '../../i18n';
import { printAsDocument } from '../../components/printedDocument';
import { useAnnounce } from '../../components/announcer/useAnnounce';

type SavedKind = 'csv' | 'pdf' | 'classFile';

/**
 * The teacher's copies of the overview: CSV, PDF (the print view, drawn only while main prints it) and the class
 * file to open it again. What each save came to is shown below the buttons and spoken by the app's announcer.
 */
export function ClassExports({
  overview,
  content,
  printView,
}: {
  overview: ClassOverview;
  content: ClassFileContent;
  printView: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [outcome, setOutcome] = useState<{ kind: SavedKind; result: Exclude<SaveResult, { kind: 'cancelled' }> } | null>(null);
  const [printing, setPrinting] = useState(false);
  const outcomeText =
    outcome === null
      ? null
      : outcome.result.kind === 'saved'
        ? t(`class:saved.${outcome.kind}`, { path: outcome.result.path })
        : t(`files:export.failed.${outcome.result.reason}`, { limit: Math.round(MAX_FILE_BYTES / (1024 * 1024)) });
  useAnnounce(outcomeText, { politeness: outcome?.result.kind === 'failed' ? 'assertive' : 'polite', when: outcome });
  const said = (kind: SavedKind, result: SaveResult): void => {
    setOutcome(result.kind === 'cancelled' ? null : { kind, result });
  };

  const saveCsv = async (): Promise<void> =>
    said('csv', await api().saveCsv('answers', t('class:fileName'), classCsv(overview, t, currentLanguage(i18n))));
  const savePdf = async (): Promise<void> => {
    flushSync(() => setPrinting(true));
    await document.fonts.ready;
    let result: SaveResult;
    try {
      // Named as what it is, so it is never taken for the worksheet (both come from the same window).
      const file = { title: `${t('class:title')} – ${t('common:app.name')}`, language: currentLanguage(i18n) };
      result = await printAsDocument(file, () => api().savePdf(t('class:fileName')));
    } catch {
      result = { kind: 'failed', reason: 'printFailed' };
    } finally {
      setPrinting(false);
    }
    said('pdf', result);
  };
  const saveClass = async (): Promise<void> => said('classFile', await api().saveClassFile(t('class:fileName'), content));

  return (
    <>
      {printing && createPortal(printView, document.body)}
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
      {outcome && <p className={`notice ${outcome.result.kind === 'saved' ? 'notice-ok' : 'notice-error'}`}>{outcomeText}</p>}
    </>
  );
}
