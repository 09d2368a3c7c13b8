import { useId, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { companyForFileName, safeFileName } from '../../domain/files/fileNames';
import type { Assessment, Language } from '../../domain/model/types';
import { buildReport, type Report } from '../../domain/report/report';
import { answersCsv, planCsv } from '../../domain/report/csv';
import type { Translate } from '../../domain/plan/explain';
import type { SaveResult } from '../../../../electron/shared/contract';
import { ensureLanguage } from '../../i18n';
import { api } from '../../api';
import { FileNotice, type FileOutcome, type SavedKind } from '../../components/FileNotice';
import { LanguageSelect } from '../../components/LanguageSelect';
import { useAnnounce } from '../../components/announcer/useAnnounce';
import { printAsDocument } from '../../components/printedDocument';
import { PrintReport } from './PrintReport';
import { exportBrandOf } from '../brand/exportBrand';
import type { ExportBrand } from '../../domain/brand/brand';
import { compareAssessment } from '../../domain/comparison/comparison';
import { peerSummaries } from '../comparison/peerSummaries';

type ExportKind = Exclude<SavedKind, 'assessment'>;
const EXPORT_KINDS: ReadonlyArray<ExportKind> = ['pdf', 'word', 'answersCsv', 'planCsv'];

/** The suggested file name's text per kind (`files:names.*`). */
const NAME_KEY: Record<ExportKind, string> = { pdf: 'report', word: 'plan', answersCsv: 'answers', planCsv: 'planCsv' };

/**
 * "Save and share": the PDF report, the Word plan and the two CSV files, in a language the user picks here
 * (independent of the UI's). Main shows the save dialogs and writes the files; this builds their content.
 * The outcome is shown here, next to the buttons the user just pressed.
 */
export function ExportPanel({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation('files');
  const id = useId();
  const [language, setLanguage] = useState<Language>(assessment.planLanguage);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [outcome, setOutcome] = useState<FileOutcome | null>(null);
  useAnnounce(busy ? t('exports.working') : null);
  const [printing, setPrinting] = useState<{ report: Report; t: Translate; brand: ExportBrand } | null>(null);

  async function save(kind: ExportKind): Promise<void> {
    if (busy) return;
    setBusy(kind);
    setOutcome(null);
    try {
      await ensureLanguage(i18n, language);
      const rt = i18n.getFixedT(language);
      // A later round reports its progress: the earlier rounds come from main, this one as it is in memory.
      const rounds = assessment.round ? (await api().listRounds(assessment.id)).map((r) => (r.id === assessment.id ? assessment : r)) : [];
      // The comparison reads the stored summaries (when the consultant has it on); only the PDF shows it.
      const comparison = kind === 'pdf' ? compareAssessment(assessment, await peerSummaries()) : undefined;
      const report = { ...buildReport(assessment, rt, language, new Date(), rounds), ...(comparison ? { comparison } : {}) };
      const brand = await exportBrandOf(assessment);
      // Short and safe whatever the company is called: every export works with a 200-character name.
      const name = safeFileName(
        rt(`files:names.${NAME_KEY[kind]}`, { company: companyForFileName(report.company, rt('common:home.unnamed')) }),
        rt('common:home.unnamed'),
      );
      let result: SaveResult;
      if (kind === 'pdf') {
        // The print view must be in the page before main prints it; it stays until main is done.
        flushSync(() => setPrinting({ report, t: rt, brand }));
        await document.fonts.ready;
        try {
          const file = { title: `${report.company} – ${rt('common:report.title')}`, language };
          result = await printAsDocument(file, () => api().savePdf(name));
        } finally {
          setPrinting(null);
        }
      } else if (kind === 'word') {
        // docx is large: it is loaded only when someone asks for a Word file.
        const { buildWordPlan } = await import('./wordPlan');
        result = await api().saveWord(name, await buildWordPlan(report, rt, brand));
      } else {
        result = await api().saveCsv(
          kind === 'answersCsv' ? 'answers' : 'plan',
          name,
          kind === 'answersCsv' ? answersCsv(report) : planCsv(report),
        );
      }
      if (result.kind !== 'cancelled') setOutcome({ action: 'save', kind, result });
    } catch {
      setOutcome({ action: 'save', kind, result: { kind: 'failed', reason: kind === 'pdf' ? 'printFailed' : 'writeFailed' } });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="export-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('exports.heading')}</h2>
      <p>{t('exports.intro')}</p>
      <LanguageSelect label={t('exports.language')} value={language} onChange={setLanguage} />
      <div className="export-buttons">
        {EXPORT_KINDS.map((kind) => (
          // aria-disabled, not disabled: the button keeps keyboard focus while the file is being made.
          <button key={kind} type="button" aria-disabled={busy !== null} onClick={() => void save(kind)}>
            {t(`exports.${kind}`)}
          </button>
        ))}
      </div>
      <p className="hint">{t('exports.assessmentHint')}</p>
      <div className="export-status">{busy && <p>{t('exports.working')}</p>}</div>
      {outcome && <FileNotice outcome={outcome} onDismiss={() => setOutcome(null)} />}
      {printing && createPortal(<PrintReport report={printing.report} t={printing.t} brand={printing.brand} />, document.body)}
    </section>
  );
}
