import { useCallback, useEffect, useState, type DragEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../electron/shared/contract';
import type { AssessmentSummary } from '../domain/model/summary';
import { api } from '../api';
import { announce } from '../components/announcer/announcer';
import { isPrivateTurn } from './useAccessibilityStatement';
import type { AssessmentStore } from './assessmentStore';
import type { Notices } from './useNotices';
import type { View } from './steps';

/**
 * Files in and out from the shell: import (button, File menu, a dropped file, a file opened with the app), export,
 * earlier versions restored, and the app menu's commands. An import always adds a new assessment to the list.
 */
export function useFileCommands(
  store: AssessmentStore,
  notices: Notices,
  currentView: RefObject<View>,
  menu: { createNew: () => void; goHome: () => void; openSettings: () => void },
) {
  const { t } = useTranslation();
  const { failed, showOutcome } = notices;
  const [dragging, setDragging] = useState(false);

  /** Shows what came of an import; a new assessment joins the list (an import never replaces one). */
  const imported = useCallback(
    (result: ImportResult) => {
      if (result.kind === 'cancelled') return;
      if (result.kind === 'imported') store.list(result.assessment);
      showOutcome({ action: 'import', result });
    },
    [store, showOutcome],
  );

  const importFile = useCallback(async () => {
    try {
      imported(await api().importAssessment());
    } catch {
      failed();
    }
  }, [imported, failed]);

  const exportAssessment = useCallback(
    async (id: string) => {
      try {
        const result = await api().exportAssessment(id);
        if (result.kind !== 'cancelled') showOutcome({ action: 'save', kind: 'assessment', result });
      } catch {
        failed();
      }
    },
    [failed, showOutcome],
  );

  /** A file imported before, imported again all the same: the user said so on the notice. */
  const importAgain = useCallback((path: string) => void api().importAgain(path).then(imported, failed), [imported, failed]);

  const restoreEarlier = useCallback(
    (a: AssessmentSummary, day: string) => void api().restoreEarlierVersion(a.id, day).then(imported, failed),
    [imported, failed],
  );

  const drop = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (e.currentTarget === e.target) setDragging(false);
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      for (const file of Array.from(event.dataTransfer.files)) api().importDroppedFile(file).then(imported, failed);
    },
  };

  useEffect(() => api().onFileImported(imported), [imported]);

  const { createNew, goHome, openSettings } = menu;
  useEffect(
    () =>
      api().onMenuCommand((command) => {
        // Help > Accessibility statement returns to the turn (useAccessibilityStatement); it is not handled here.
        if (command === 'accessibilityStatement') return;
        // During a workshop turn every other command would leave it (or export everyone's answers): refused.
        if (isPrivateTurn(currentView.current)) return announce(t('privateTurn.menuRefused'), 'assertive');
        if (command === 'newAssessment') createNew();
        else if (command === 'importAssessment') void importFile();
        else if (command === 'exportAssessment') {
          const view = currentView.current;
          if (view.name === 'assessment') void exportAssessment(view.id);
          else showOutcome({ action: 'exportNothingOpen' });
        } else if (command === 'goHome') goHome();
        else if (command === 'brandSettings') openSettings();
      }),
    [t, createNew, goHome, openSettings, importFile, exportAssessment, currentView, showOutcome],
  );

  return { dragging, drop, importFile, importAgain, exportAssessment, restoreEarlier };
}
