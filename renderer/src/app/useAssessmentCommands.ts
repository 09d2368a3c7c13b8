import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, Language } from '../domain/model/types';
import { createAssessment, duplicateAssessment } from '../domain/model/assessment';
import { startFollowUp } from '../domain/rounds/rounds';
import type { AssessmentSummary } from '../domain/model/summary';
import { api } from '../api';
import type { AssessmentStore } from './assessmentStore';
import type { Notices } from './useNotices';
import type { Step, View } from './steps';

export const newId = (): string => crypto.randomUUID();
export const nowIso = (): string => new Date().toISOString();

/** Saves a new assessment and opens it at a step; a save that failed opens nothing and says so. */
export type AddAndOpen = (assessment: Assessment, step: Step) => Promise<void>;

/** The home list's commands: new, next round, duplicate, delete and its undo. */
export function useAssessmentCommands(store: AssessmentStore, language: Language, go: (next: View) => void, notices: Notices) {
  const { t } = useTranslation();
  const { failed, succeeded } = notices;

  const addAndOpen = useCallback<AddAndOpen>(
    async (assessment, step) => {
      try {
        if (!(await api().saveAssessment(assessment)).ok) return failed();
        store.open(assessment);
        succeeded();
        go({ name: 'assessment', id: assessment.id, step });
      } catch {
        failed();
      }
    },
    [store, go, failed, succeeded],
  );

  const createNew = useCallback(() => addAndOpen(createAssessment(newId(), nowIso(), language), 'profile'), [addAndOpen, language]);

  /** The next round of the open assessment: a follow-up that starts from its answers, opened at the first area. */
  const newRound = useCallback(async () => {
    const current = store.current();
    if (current) await addAndOpen(startFollowUp(current, newId(), nowIso()), 'strategy');
  }, [store, addAndOpen]);

  /** The full assessment behind a summary: the open one, or fetched from main. */
  const fullOf = useCallback(
    async (id: string): Promise<Assessment | null> => (store.current()?.id === id ? store.current() : api().getAssessment(id)),
    [store],
  );

  const duplicate = useCallback(
    async (s: AssessmentSummary) => {
      try {
        const source = await fullOf(s.id);
        if (!source) return failed();
        const copy = duplicateAssessment(source, newId(), nowIso(), ` (${t('home.copySuffix')})`);
        if (!(await api().saveAssessment(copy)).ok) return failed();
        store.list(copy);
        succeeded();
      } catch {
        failed();
      }
    },
    [t, store, fullOf, failed, succeeded],
  );

  const remove = useCallback(
    async (s: AssessmentSummary) => {
      try {
        // Kept in full for "undo".
        const full = await fullOf(s.id);
        if (!full) return failed();
        await api().deleteAssessment(s.id);
        store.deleted(full);
        succeeded();
      } catch {
        failed();
      }
    },
    [store, fullOf, failed, succeeded],
  );

  const undoDelete = useCallback(async () => {
    const deleted = store.getState().deleted;
    if (!deleted) return;
    try {
      if (!(await api().saveAssessment(deleted)).ok) return failed();
      store.list(deleted);
      store.forgetDeleted();
    } catch {
      failed();
    }
  }, [store, failed]);

  return { addAndOpen, createNew, newRound, duplicate, remove, undoDelete };
}
