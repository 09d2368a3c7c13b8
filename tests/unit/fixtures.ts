import type { PresentationService } from '../../electron/main/ipcHandlers';
import type { AppStore } from '../../electron/main/services/appStore';
import type { FileActionDeps } from '../../electron/main/services/fileActions';
import { createAssessment } from '../../renderer/src/domain/model/assessment';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import type { Answer, Assessment, Profile, QuestionDef } from '../../renderer/src/domain/model/types';

export const NOW = '2026-11-23T10:00:00.000Z';

export function blankAssessment(id = 'a1'): Assessment {
  return createAssessment(id, NOW, 'nb');
}

export function withProfile(patch: Partial<Profile>, base = blankAssessment()): Assessment {
  return { ...base, profile: { ...base.profile, ...patch } };
}

/** The answer to `q` worth the most (best) or the least (worst) points. */
export function extremeAnswer(q: QuestionDef, best: boolean): Answer {
  switch (q.answer.kind) {
    case 'scale':
      return { kind: 'scale', level: best ? 4 : 0 };
    case 'choice': {
      const sorted = [...q.answer.options].sort((a, b) => a.points - b.points);
      return { kind: 'choice', option: (best ? sorted.at(-1) : sorted[0])!.id };
    }
    case 'multi':
      // Best: every practice that earns points; worst: none of them, and every practice that costs points.
      return { kind: 'multi', options: q.answer.options.filter((o) => (best ? o.weight > 0 : o.weight < 0)).map((o) => o.id) };
    case 'number': {
      const { better, steps, min, max } = q.answer.scoring;
      const top = [...steps].sort((a, b) => b.points - a.points)[0]!;
      if (best) return { kind: 'number', value: top.limit };
      return { kind: 'number', value: better === 'higher' ? min : max };
    }
  }
}

/** An assessment with every question answered at its best or worst. */
export function answeredAll(best: boolean, base = blankAssessment()): Assessment {
  return { ...base, answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, extremeAnswer(q, best)])) };
}

/** A presentation service that records what it was asked (the IPC tests; main's own is tested in presentation.test.ts). */
export function recordingPresentation(): PresentationService & { calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    displays: () => [{ id: 1, width: 1280, height: 800, primary: true, current: true, suggested: true }],
    start: (id) => {
      calls.push(['start', id]);
      return 'mainWindow';
    },
    show: (state) => void calls.push(['show', state.slide]),
    stop: () => void calls.push(['stop', null]),
    command: (command) => void calls.push(['command', command]),
  };
}
export const noPresentation: PresentationService = recordingPresentation();

/**
 * What the file actions need, on a real store in a temporary folder; the save and open dialogs answer from
 * `dialogAnswers`, first in first out (null: the user cancelled).
 */
export function fileActionDeps(
  store: AppStore,
  dir: string,
  options: { newId: () => string; now: () => Date },
): { deps: FileActionDeps; dialogAnswers: Array<string | null> } {
  const dialogAnswers: Array<string | null> = [];
  const deps: FileActionDeps = {
    store,
    dialogs: {
      chooseSavePath: () => Promise.resolve(dialogAnswers.shift() ?? null),
      chooseOpenPath: () => Promise.resolve(dialogAnswers.shift() ?? null),
    },
    appVersion: '1.2.3',
    defaultFolder: dir,
    uiLanguage: () => 'nb',
    ...options,
  };
  return { deps, dialogAnswers };
}
