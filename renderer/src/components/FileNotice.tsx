import { useTranslation } from 'react-i18next';
import type { ImportResult, SaveResult } from '../../../electron/shared/contract';
import { MAX_FILE_BYTES } from '../domain/files/fileFormatBasics';

/** What a file was saved as: the assessment itself, or one of the files made from it. */
export type SavedKind = 'assessment' | 'pdf' | 'word' | 'answersCsv' | 'planCsv';

export type FileOutcome =
  { action: 'import'; result: ImportResult } | { action: 'save'; kind: SavedKind; result: SaveResult } | { action: 'exportNothingOpen' };

/**
 * What became of an import or export, in words a non-programmer understands; for a bad file the technical
 * detail is there on request. Failures are alerts, successes polite status messages.
 */
export function FileNotice({ outcome, onDismiss }: { outcome: FileOutcome; onDismiss: () => void }) {
  const { t } = useTranslation('files');
  let failed = false;
  let message = '';
  let detail: string | null = null;
  if (outcome.action === 'exportNothingOpen') {
    failed = true;
    message = t('export.openFirst');
  } else if (outcome.action === 'import') {
    const r = outcome.result;
    if (r.kind === 'imported') message = t('import.success', { name: r.assessment.profile.companyName.trim() || t('common:home.unnamed') });
    else if (r.kind === 'failed') {
      failed = true;
      message = `${t('import.failedFile', { file: r.fileName })} ${t(`import.errors.${r.error.code}`, {
        found: r.error.found,
        supported: r.error.supported,
        number: r.error.question?.number,
        area: r.error.question ? t(`common:modules.${r.error.question.module}`) : '',
        limit: Math.round(MAX_FILE_BYTES / (1024 * 1024)),
      })}`;
      detail = r.error.detail;
    }
  } else {
    const r = outcome.result;
    if (r.kind === 'saved') message = t(`saved.${outcome.kind}`, { path: r.path });
    else if (r.kind === 'failed') {
      failed = true;
      message = t(`export.failed.${r.reason}`, { limit: Math.round(MAX_FILE_BYTES / (1024 * 1024)) });
    }
  }
  if (!message) return null;
  return (
    <div className={`notice ${failed ? 'notice-error' : 'notice-ok'}`} role={failed ? 'alert' : 'status'}>
      <p>{message}</p>
      {detail && (
        <details>
          <summary>{t('import.showDetails')}</summary>
          <pre className="technical">{detail}</pre>
        </details>
      )}
      <button type="button" className="quiet" onClick={onDismiss}>
        {t('common:home.dismiss')}
      </button>
    </div>
  );
}
