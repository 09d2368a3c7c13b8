import { useCallback } from 'react';
import type { Language } from '../domain/model/types';
import { createWorkshopAssessment } from '../domain/workshop/workshop';
import { newId, nowIso, type AddAndOpen } from './useAssessmentCommands';

/** A new workshop, named or anonymous (fixed once anyone answers), opened at its profile. */
export function useWorkshopCommands(addAndOpen: AddAndOpen, language: Language) {
  const createWorkshop = useCallback(
    (anonymous: boolean) => addAndOpen(createWorkshopAssessment(newId(), nowIso(), language, anonymous), 'profile'),
    [addAndOpen, language],
  );
  return { createWorkshop };
}
