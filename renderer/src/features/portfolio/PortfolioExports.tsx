import { useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SaveResult } from '../../../../electron/shared/contract';
import { api } from '../../api';
import { MAX_FILE_BYTES } from '../../domain/files/fileFormatBasics';
import { currentLanguage } from '../../i18n';
import { printAsDocument } from '../../components/printedDocument';
import { useAnnounce } from '../../components/announcer/useAnnounce';
import { brandIsOn, type Brand } from '../../domain/brand/brand';

type SavedKind = 'csv' | 'pdf';

/**
 * The consultant's copies of the portfolio: CSV through main's save dialog, and the PDF from the print view (drawn
 * only while main prints it, with the consultant's brand as stored at that moment), as the class overview saves its
 * own. What each save came to is said below the buttons
 * and through the app's announcer.
 */
export function PortfolioExports({ csv, printView }: { csv: () => string; printView: (brand: Brand | null) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const [outcome, setOutcome] = useState<{ kind: SavedKind; result: Exclude<SaveResult, { kind: 'cancelled' }> } | null>(null);
  const [printing, setPrinting] = useState<{ brand: Brand | null } | null>(null);
  const said = (kind: SavedKind, result: SaveResult): void => setOutcome(result.kind === 'cancelled' ? null : { kind, result });
  const message = !outcome
    ? null
    : outcome.result.kind === 'saved'
      ? t(`portfolio:saved.${outcome.kind}`, { path: outcome.result.path })
      : t(`files:export.failed.${outcome.result.reason}`, { limit: Math.round(MAX_FILE_BYTES / (1024 * 1024)) });
  useAnnounce(message, { politeness: outcome?.result.kind === 'failed' ? 'assertive' : 'polite', when: outcome });

  const saveCsv = async (): Promise<void> => said('csv', await api().saveCsv('answers', t('portfolio:fileName'), csv()));
  const savePdf = async (): Promise<void> => {
    const brand = await api()
      .getBrand()
      .catch((): Brand | null => null);
    flushSync(() => setPrinting({ brand: brandIsOn(brand) ? brand : null }));
    await document.fonts.ready;
    let result: SaveResult;
    try {
      const file = { title: `${t('portfolio:title')} – ${t('common:app.name')}`, language: currentLanguage(i18n) };
      result = await printAsDocument(file, () => api().savePdf(t('portfolio:fileName')));
    } catch {
      result = { kind: 'failed', reason: 'printFailed' };
    } finally {
      setPrinting(null);
    }
    said('pdf', result);
  };

  return (
    <>
      {printing && createPortal(printView(printing.brand), document.body)}
      <div className="head-buttons">
        <button type="button" onClick={() => void saveCsv()}>
          {t('portfolio:exportCsv')}
        </button>
        <button type="button" onClick={() => void savePdf()}>
          {t('portfolio:exportPdf')}
        </button>
      </div>
      {outcome && message && <p className={`notice ${outcome.result.kind === 'saved' ? 'notice-ok' : 'notice-error'}`}>{message}</p>}
    </>
  );
}
