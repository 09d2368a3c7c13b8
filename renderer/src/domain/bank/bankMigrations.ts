/**
 * Brings stored answers to the current question bank. When a question changes meaning (new thresholds, new options,
 * split in two), its old answers are never silently re-scored: they are retired (kept, not scored) and the questions
 * that replace it are marked "needs a new answer" until the user answers them. An option that was only renamed keeps
 * its answers under the new id. Every place answers live goes through the same steps (`answerPlaces.ts`): the
 * assessment's own answers, each workshop respondent's, the facilitator's team answers, the revealed questions, a
 * round's carried-over answers.
 */
import type { Answer, Assessment } from '../model/types';
import { LIMITS } from '../model/limits';
import { BANK_CHANGES, BANK_VERSION, type BankChange } from './bankHistory';
import { mapAnswerRecords, mapQuestionIdLists, answerRecords } from './answerPlaces';

export { BANK_VERSION };

/** The parts of an assessment a bank migration touches. */
type Migratable = Assessment;

/**
 * Brings an assessment's answers to the current bank. Pure; returns the same object when nothing changes.
 * A version newer than this app's bank is left alone (the caller refuses such data before it gets here).
 */
export function migrateToCurrentBank<T extends Migratable>(assessment: T): T {
  if (assessment.bankVersion >= BANK_VERSION) return assessment;
  let current = assessment;
  for (let version = assessment.bankVersion + 1; version <= BANK_VERSION; version++)
    for (const change of BANK_CHANGES[version] ?? [])
      current = change.kind === 'retired' ? retire(current, change) : renameOptions(current, change);
  return { ...current, bankVersion: BANK_VERSION };
}

type Retirement = Extract<BankChange, { kind: 'retired' }>;

/** Moves every answer to the old question into its record's retired answers and asks its successors anew. */
function retire<T extends Migratable>(assessment: T, change: Retirement): T {
  const answeredSomewhere = answerRecords(assessment).some((r) => r.answers[change.old] !== undefined);
  let next = mapAnswerRecords(assessment, (record) => {
    const answer = record.answers[change.old];
    if (answer === undefined) return record;
    const { [change.old]: _, ...answers } = record.answers;
    return { answers, retired: { ...record.retired, [change.old]: answer } };
  });
  next = mapQuestionIdLists(next, (path, ids) => {
    const kept = ids.filter((id) => id !== change.old);
    if (path !== 'needsNewAnswer' || !answeredSomewhere) return kept;
    // The successors need a new answer unless the assessment already has one for them.
    const fresh = change.replacedBy.filter((id) => next.answers[id] === undefined && !kept.includes(id));
    return [...kept, ...fresh];
  });
  return { ...next, notes: movedNotes(next.notes, change) };
}

/** The note on the old question goes to its successor, unless the two together would be longer than a note may be. */
function movedNotes(notes: Record<string, string>, change: Retirement): Record<string, string> {
  const note = notes[change.old];
  const target = change.notesTo ?? change.replacedBy[0];
  if (note === undefined || target === undefined) return notes;
  const merged = notes[target]?.trim() ? `${notes[target]}\n\n${note}` : note;
  // Never cut the user's text: two long notes that do not fit in one stay where they were.
  if (merged.length > LIMITS.note) return notes;
  const { [change.old]: _, ...rest } = notes;
  return { ...rest, [target]: merged };
}

/** Carries every answer to the question over to the renamed option ids. */
function renameOptions<T extends Migratable>(assessment: T, change: Extract<BankChange, { kind: 'optionsRenamed' }>): T {
  const renamed = (id: string): string => change.options[id] ?? id;
  const carry = (answer: Answer): Answer => {
    if (answer.kind === 'choice') return { kind: 'choice', option: renamed(answer.option) };
    if (answer.kind === 'multi') return { kind: 'multi', options: [...new Set(answer.options.map(renamed))] };
    return answer;
  };
  return mapAnswerRecords(assessment, (record) => {
    const answer = record.answers[change.question];
    return answer === undefined ? record : { answers: { ...record.answers, [change.question]: carry(answer) }, retired: record.retired };
  });
}

/**
 * Questions of the current bank whose meaning changed after bank `fromVersion`: a change in their answer between
 * two rounds may come from the question, not from the company.
 */
export function questionsChangedSince(fromVersion: number): Set<string> {
  const changed = new Set<string>();
  for (let version = fromVersion + 1; version <= BANK_VERSION; version++)
    for (const change of BANK_CHANGES[version] ?? []) if (change.kind === 'retired') for (const id of change.replacedBy) changed.add(id);
  return changed;
}

/** Questions still waiting for a new answer after a bank change (answered ones drop out by themselves). */
export function pendingNewAnswers(assessment: Pick<Assessment, 'answers' | 'needsNewAnswer'>): string[] {
  return assessment.needsNewAnswer.filter((id) => assessment.answers[id] === undefined);
}
