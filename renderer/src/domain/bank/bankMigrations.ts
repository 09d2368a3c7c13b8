/**
 * Versions of the question bank. When a question changes meaning (new thresholds, new options, split in two), its
 * old answers are never silently re-scored: they are retired (kept, not scored) and the questions that replace them
 * are marked "needs a new answer" until the user answers them. Files and the store record the bank version.
 */
import type { Answer, Assessment } from '../model/types';
import { LIMITS } from '../model/limits';

/** The current version of the question bank. Bump it with an entry in `BANK_CHANGES`. */
export const BANK_VERSION = 2;

/** One question of an older bank that the newer one changed or removed. */
interface BankChange {
  /** The question id in the older bank. */
  old: string;
  /** The questions that now ask what it asked; they need a new answer. Empty when it was dropped. */
  replacedBy: ReadonlyArray<string>;
  /** Where the user's note on the old question goes (default: the first replacement). */
  notesTo?: string;
}

/** BANK_CHANGES[n]: what version n changed from version n - 1. */
const BANK_CHANGES: Readonly<Record<number, ReadonlyArray<BankChange>>> = {
  2: [
    // Split: leadership behind the goals, and time and money set aside, were one double-barrelled question.
    { old: 'leadershipBacking', replacedBy: ['leadershipBehindGoals', 'timeAndBudgetSetAside'] },
    // Split: planning is asked by writtenSocialPlan; what is left is reuse of each production.
    { old: 'contentReuse', replacedBy: ['productionReused'] },
    // Reach is asked in socialKpisFollowed, where it carries the most weight.
    { old: 'reachFollowedUp', replacedBy: [], notesTo: 'socialKpisFollowed' },
    // Now within the company's own opening hours, with thresholds a small business can reach.
    { old: 'replyTimeHours', replacedBy: ['replyTimeInOpeningHours'] },
    // Now questions and complaints only, as the cited response rate counted.
    { old: 'answeredSharePercent', replacedBy: ['answeredQuestionsPercent'] },
    // Merged into one question on the plan for the hours: a deliberate plan earns full marks.
    { old: 'hoursCovered', replacedBy: ['serviceHoursPlan'] },
    { old: 'openingHoursAndAutoReply', replacedBy: ['serviceHoursPlan'] },
    // Now several practices at once, tricks costing points.
    { old: 'reachTacticsUsed', replacedBy: ['reachPractices'] },
  ],
};

/** The parts of an assessment that a bank migration touches. */
type BankFields = Pick<Assessment, 'answers' | 'notes' | 'bankVersion' | 'needsNewAnswer' | 'retiredAnswers'>;

/**
 * Brings an assessment's answers to the current bank. Pure; returns the same object when nothing changes.
 * A version newer than this app's bank is left alone (the caller refuses such data before it gets here).
 */
export function migrateToCurrentBank<T extends BankFields>(assessment: T): T {
  if (assessment.bankVersion >= BANK_VERSION) return assessment;
  const answers: Record<string, Answer> = { ...assessment.answers };
  const notes: Record<string, string> = { ...assessment.notes };
  const retiredAnswers: Record<string, Answer> = { ...assessment.retiredAnswers };
  const needsNewAnswer = new Set(assessment.needsNewAnswer);
  for (let version = assessment.bankVersion + 1; version <= BANK_VERSION; version++) {
    for (const change of BANK_CHANGES[version] ?? []) {
      const answer = answers[change.old];
      if (answer !== undefined) {
        retiredAnswers[change.old] = answer;
        delete answers[change.old];
        for (const id of change.replacedBy) if (answers[id] === undefined) needsNewAnswer.add(id);
      }
      needsNewAnswer.delete(change.old);
      const note = notes[change.old];
      const target = change.notesTo ?? change.replacedBy[0];
      if (note !== undefined && target !== undefined) {
        const merged = notes[target]?.trim() ? `${notes[target]}\n\n${note}` : note;
        // Never cut the user's text: two long notes that do not fit in one stay where they were.
        if (merged.length <= LIMITS.note) {
          notes[target] = merged;
          delete notes[change.old];
        }
      }
    }
  }
  return { ...assessment, answers, notes, retiredAnswers, needsNewAnswer: [...needsNewAnswer], bankVersion: BANK_VERSION };
}

/**
 * Questions of the current bank whose meaning changed after bank `fromVersion`: a change in their answer between
 * two rounds may come from the question, not from the company.
 */
export function questionsChangedSince(fromVersion: number): Set<string> {
  const changed = new Set<string>();
  for (let version = fromVersion + 1; version <= BANK_VERSION; version++)
    for (const change of BANK_CHANGES[version] ?? []) for (const id of change.replacedBy) changed.add(id);
  return changed;
}

/** Questions still waiting for a new answer after a bank change (answered ones drop out by themselves). */
export function pendingNewAnswers(assessment: Pick<Assessment, 'answers' | 'needsNewAnswer'>): string[] {
  return assessment.needsNewAnswer.filter((id) => assessment.answers[id] === undefined);
}
