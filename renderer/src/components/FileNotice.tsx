import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ImportResult, SaveResult, TextPlace } from '../../../electron/shared/contract';
import { MAX_FILE_BYTES } from '../domain/files/fileFormatBasics';
import { LOCALE_TAG, type Language } from '../domain/model/types';
import { useAnnounce } from './announcer/useAnnounce';
import { useReturnFocus } from './useReturnFocus';

/** What a file was saved as: the assessment itself, or one of the files made from it. */
export type SavedKind = 'assessment' | 'pdf' | 'word' | 'answersCsv' | 'planCsv';
/** Saved from the home screen, not from an assessment: the blank worksheet for paper. */
type HomeSavedKind = 'worksheet';

export type FileOutcome =
  | { action: 'import'; result: ImportResult }
  | { action: 'save'; kind: SavedKind | HomeSavedKind; result: SaveResult }
  | { action: 'exportNothingOpen' }
  /** The autosave refused a change because the file would be over the limit (`useAutosave().longestTexts`). */
  | { action: 'saveTooLarge'; longest: TextPlace[] };

const LIMIT_MB = Math.round(MAX_FILE_BYTES / (1024 * 1024));

interface NoticeText {
  message: string;
  failed: boolean;
  detail?: string;
}

/**
 * What became of an import or export, in words a non-programmer understands; for a bad file the technical
 * detail is there on request. The app's announcer speaks it (failures at once, successes politely) each time a new
 * outcome comes, so the notice itself is no live region. A file imported before offers
 * to import it again when the shell passes `onImportAgain` (it calls `api().importAgain(path)` and treats the result
 * like any import).
 */
export function FileNotice({
  outcome,
  onDismiss,
  onImportAgain,
}: {
  outcome: FileOutcome;
  onDismiss: () => void;
  onImportAgain?: (path: string) => void;
}) {
  const { t, i18n } = useTranslation('files');
  const text = noticeText(t, i18n.language === 'sv' ? 'sv' : 'nb', outcome);
  useAnnounce(text?.message ?? null, { politeness: text?.failed ? 'assertive' : 'polite', when: outcome });
  // Closing the notice (or importing again) takes its buttons away: focus goes back to what started the action.
  const box = useRef<HTMLDivElement>(null);
  const opener = useReturnFocus();
  useEffect(() => {
    if (!box.current?.contains(document.activeElement)) opener.remember();
  }, [outcome, opener]);
  const thenBack = (action: () => void) => (): void => {
    opener.restore(document.querySelector<HTMLElement>('main h1'));
    action();
  };
  if (!text) return null;
  const duplicate = outcome.action === 'import' && outcome.result.kind === 'duplicate' ? outcome.result : null;
  return (
    <div className={`notice ${text.failed ? 'notice-error' : 'notice-ok'}`} ref={box}>
      <p>{text.message}</p>
      {text.detail && (
        <details>
          <summary>{t('import.showDetails')}</summary>
          <pre className="technical">{text.detail}</pre>
        </details>
      )}
      {duplicate && onImportAgain && (
        <button type="button" onClick={thenBack(() => onImportAgain(duplicate.path))}>
          {t('storeSafety.importAgain')}
        </button>
      )}
      <button type="button" className="quiet" onClick={thenBack(onDismiss)}>
        {t('common:home.dismiss')}
      </button>
    </div>
  );
}

function noticeText(t: TFunction, lng: Language, outcome: FileOutcome): NoticeText | null {
  if (outcome.action === 'exportNothingOpen') return { failed: true, message: t('export.openFirst') };
  if (outcome.action === 'saveTooLarge')
    return { failed: true, message: t('storeSafety.tooLarge', { limit: LIMIT_MB, places: placesText(t, lng, outcome.longest) }) };
  if (outcome.action === 'save') {
    const r = outcome.result;
    if (r.kind === 'saved') return { failed: false, message: t(`saved.${outcome.kind}`, { path: r.path }) };
    if (r.kind === 'failed') return { failed: true, message: t(`export.failed.${r.reason}`, { limit: LIMIT_MB }) };
    return null;
  }
  const r = outcome.result;
  if (r.kind === 'imported')
    return { failed: false, message: t('import.success', { name: r.assessment.profile.companyName.trim() || t('common:home.unnamed') }) };
  if (r.kind === 'duplicate') {
    const date = new Intl.DateTimeFormat(LOCALE_TAG[lng], { dateStyle: 'long' }).format(new Date(r.existing.createdAt));
    return {
      failed: false,
      message: t('storeSafety.duplicate', { name: r.existing.companyName.trim() || t('common:home.unnamed'), date }),
    };
  }
  if (r.kind === 'failed') {
    const reason = t(`import.errors.${r.error.code}`, {
      found: r.error.found,
      supported: r.error.supported,
      number: r.error.question?.number,
      area: r.error.question ? t(`common:modules.${r.error.question.module}`) : '',
      limit: LIMIT_MB,
    });
    return { failed: true, message: `${t('import.failedFile', { file: r.fileName })} ${reason}`, detail: r.error.detail };
  }
  return null;
}

/** "the note on Strategy, question 3, the note on …", as a list in the language's own way ("a, b og c"). */
function placesText(t: TFunction, lng: Language, places: ReadonlyArray<TextPlace>): string {
  const words = places.map((p) =>
    p.kind === 'questionNote'
      ? t('storeSafety.questionNote', { area: t(`common:modules.${p.module}`), number: p.number })
      : p.kind === 'reflection'
        ? t('storeSafety.reflection', { area: t(`common:modules.${p.module}`) })
        : t('storeSafety.actionNote'),
  );
  return new Intl.ListFormat(LOCALE_TAG[lng], { type: 'conjunction' }).format([...new Set(words)]);
}
