import { useCallback, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Assessment, Language } from '../domain/model/types';
import { createHomeworkAssessment, markHandedIn } from '../domain/homework/homework';
import { safeFileName } from '../domain/files/fileNames';
import type { SaveResult } from '../../../electron/shared/contract';
import { api } from '../api';
import { ensureLanguage } from '../i18n';
import { printAsDocument } from '../components/printedDocument';
import type { AssessmentStore } from './assessmentStore';
import { newId, nowIso, type AddAndOpen } from './useAssessmentCommands';
import type { Notices } from './useNotices';
import { exportBrandFor } from '../features/brand/useExportBrand';

/** Homework: a new one for a course, handing it in, and the blank worksheet as a PDF. */
export function useHomeworkCommands(
  store: AssessmentStore,
  saveNow: (a: Assessment) => Promise<boolean>,
  addAndOpen: AddAndOpen,
  language: Language,
  notices: Notices,
) {
  const { i18n } = useTranslation();
  const { failed, showOutcome } = notices;
  /** The worksheet's print view while main prints it. */
  const [worksheet, setWorksheet] = useState<ReactNode>(null);

  const createHomework = useCallback(
    (course: string, minWords: number) => addAndOpen(createHomeworkAssessment(newId(), nowIso(), language, course, minWords), 'profile'),
    [addAndOpen, language],
  );

  /**
   * Hands in the open homework: marks it handed in and saves at once (so the file main writes carries the mark),
   * then main asks where and writes it. Cancelled or failed, the mark is taken back: it never says handed in when
   * no file was written.
   */
  const handIn = useCallback(async (): Promise<SaveResult> => {
    const before = store.current();
    if (!before?.homework) return { kind: 'failed', reason: 'notFound' };
    const marked = store.update(before.id, (a) => markHandedIn(a, nowIso()));
    const undo = (): void =>
      void store.update(before.id, (a) =>
        a.homework ? { ...a, homework: { ...a.homework, handedInAt: before.homework?.handedInAt ?? null } } : a,
      );
    try {
      if (!marked || !(await saveNow(marked))) {
        undo();
        return { kind: 'failed', reason: 'writeFailed' };
      }
      const result = await api().handInAssessment(before.id);
      if (result.kind !== 'saved') undo();
      return result;
    } catch {
      undo();
      return { kind: 'failed', reason: 'writeFailed' };
    }
  }, [store, saveNow]);

  /** The blank worksheet as a PDF: the print view of the whole questionnaire, printed by main like the report. */
  const printWorksheet = useCallback(
    async (course: string, minWords: number, lng: Language) => {
      try {
        await ensureLanguage(i18n, lng);
        const { WorksheetPrint } = await import('../features/homework/WorksheetPrint');
        const t = i18n.getFixedT(lng);
        const brand = await exportBrandFor({ homework: true });
        flushSync(() =>
          setWorksheet(
            createPortal(<WorksheetPrint t={t} lng={lng} course={course.trim()} minWords={minWords} brand={brand} />, document.body),
          ),
        );
        await document.fonts.ready;
        let result: SaveResult;
        try {
          // The sheet's own title and language, not the window's (a Swedish sheet from the Norwegian UI says Swedish).
          const file = { title: [t('homework:worksheet.title'), course.trim()].filter(Boolean).join(' – '), language: lng };
          result = await printAsDocument(file, () =>
            api().savePdf(safeFileName(t('homework:worksheet.title').replace(':', ''), 'worksheet')),
          );
        } finally {
          setWorksheet(null);
        }
        if (result.kind !== 'cancelled') showOutcome({ action: 'save', kind: 'worksheet', result });
      } catch {
        failed();
      }
    },
    [i18n, failed, showOutcome],
  );

  return { createHomework, handIn, printWorksheet, worksheet };
}
