/**
 * Rounds (issue 10): the same company assessed again after some months. A follow-up copies the profile, the plan's
 * edits and the answers, which stay marked "carried over" until the user confirms or changes each; comparing two
 * rounds labels each change improved, regressed or unchanged, and flags questions whose meaning changed in between
 * (a new question bank), so a changed question is not read as a change in the company. Targets: a band per area,
 * by default one above today's.
 */
import type { Assessment, ModuleId, TargetBand } from '../model/types';
import { MODULE_IDS, TARGET_BANDS } from '../model/types';
import { BANDS, bandOf, notApplicableByProfile, scoreAssessment, type AssessmentResult, type Band } from '../scoring/scoring';
import { BANK_VERSION, questionsChangedSince } from '../bank/bankMigrations';
import { QUESTIONS, QUESTIONS_BY_ID } from '../bank';
import { localIsoDay } from '../model/dates';

/** A change of less than a point is no change: scores are shown rounded. */
const UNCHANGED_WITHIN = 1;
/** The chart of scores across rounds shows at most this many, the latest. */
export const MAX_ROUNDS_IN_CHART = 10;

/** The series an assessment belongs to (the first round's id) and its number in it. */
export const seriesOf = (a: Pick<Assessment, 'id' | 'round'>): string => a.round?.series ?? a.id;
export const roundNumberOf = (a: Pick<Assessment, 'round'>): number => a.round?.number ?? 1;

/**
 * The next round of `previous`: the profile, the answers (marked as carried over), the notes, the plan's edits
 * (owners, dates, statuses, moves) and the targets are copied; the date is new. A workshop's team answers carry
 * over, not its respondents: the follow-up is answered anew.
 */
export function startFollowUp(previous: Assessment, id: string, now: string): Assessment {
  const copy = structuredClone(previous);
  const answers = copy.answers;
  const next: Assessment = {
    id,
    createdAt: now,
    updatedAt: now,
    planLanguage: copy.planLanguage,
    profile: copy.profile,
    answers,
    notes: copy.notes,
    planEdits: copy.planEdits,
    bankVersion: copy.bankVersion,
    needsNewAnswer: copy.needsNewAnswer,
    retiredAnswers: copy.retiredAnswers,
    round: {
      series: seriesOf(previous),
      number: roundNumberOf(previous) + 1,
      previousId: previous.id,
      carriedOver: QUESTIONS.map((q) => q.id).filter((qid) => answers[qid] !== undefined),
    },
  };
  if (copy.targets) next.targets = copy.targets;
  return next;
}

/** The carried-over answers still waiting for the user to confirm or change them. */
export const pendingCarriedOver = (a: Pick<Assessment, 'round' | 'answers'>): string[] =>
  (a.round?.carriedOver ?? []).filter((id) => a.answers[id] !== undefined);

/**
 * Carried-over answers not yet confirmed, per area (issue 16), counting only questions asked of the company: an
 * area with any of these has not been looked at in this round, so it is not "done" and its score not "unchanged".
 */
export function unconfirmedByModule(a: Pick<Assessment, 'round' | 'answers' | 'profile'>): Record<ModuleId, number> {
  const counts = Object.fromEntries(MODULE_IDS.map((m) => [m, 0])) as Record<ModuleId, number>;
  for (const id of pendingCarriedOver(a)) {
    const q = QUESTIONS_BY_ID.get(id);
    if (q && !notApplicableByProfile(q, a.profile)) counts[q.module] += 1;
  }
  return counts;
}

/** The areas with carried-over answers not yet confirmed, in the order of the steps. */
export const unconfirmedModules = (a: Pick<Assessment, 'round' | 'answers' | 'profile'>): ModuleId[] => {
  const counts = unconfirmedByModule(a);
  return MODULE_IDS.filter((m) => counts[m] > 0);
};

/** Confirms carried-over answers as still true (one question, or an area's). */
export function confirmCarriedOver(a: Assessment, questionIds: ReadonlyArray<string>): Assessment {
  if (!a.round) return a;
  const drop = new Set(questionIds);
  const carriedOver = a.round.carriedOver.filter((id) => !drop.has(id));
  return carriedOver.length === a.round.carriedOver.length ? a : { ...a, round: { ...a.round, carriedOver } };
}

/** After a change of answers: a question whose answer changed is no longer "carried over" (the user has spoken). */
export function withChangedAnswersConfirmed(before: Assessment, after: Assessment): Assessment {
  if (!after.round) return after;
  const changed = after.round.carriedOver.filter((id) => JSON.stringify(before.answers[id]) !== JSON.stringify(after.answers[id]));
  return changed.length === 0 ? after : confirmCarriedOver(after, changed);
}

/** `unconfirmed`: the score did not move, but only because answers carried over were never confirmed (issue 16). */
export type Movement = 'improved' | 'regressed' | 'unchanged' | 'unconfirmed';
const movement = (delta: number | null): Movement | null =>
  delta === null ? null : delta >= UNCHANGED_WITHIN ? 'improved' : delta <= -UNCHANGED_WITHIN ? 'regressed' : 'unchanged';

export interface ScoreChange {
  before: number | null;
  after: number | null;
  /** after - before, rounded scores; null when either is missing. */
  delta: number | null;
  movement: Movement | null;
}

const change = (before: number | null, after: number | null): ScoreChange => {
  const b = before === null ? null : Math.round(before);
  const a = after === null ? null : Math.round(after);
  const delta = a === null || b === null ? null : a - b;
  return { before: b, after: a, delta, movement: movement(delta) };
};

/** A score that stayed put while answers behind it were never confirmed is not "unchanged": nobody looked. */
const notUnchangedIf = <T extends ScoreChange>(unconfirmed: boolean, c: T): T =>
  unconfirmed && c.movement === 'unchanged' ? { ...c, movement: 'unconfirmed' } : c;

/** One score's change between two rounds by the rule above, for whoever compares rounds outside a pair (the portfolio). */
export const roundChange = (before: number | null, after: number | null, unconfirmed: boolean): ScoreChange =>
  notUnchangedIf(unconfirmed, change(before, after));

export interface RoundComparison {
  overall: ScoreChange;
  /** `unconfirmed`: how many of the area's carried-over answers are still unconfirmed in the later round. */
  modules: Array<ScoreChange & { module: ModuleId; bankChanged: boolean; unconfirmed: number }>;
  /** Questions whose points moved, biggest move first; `bankChanged`: the question itself changed in between. */
  questions: Array<ScoreChange & { questionId: string; bankChanged: boolean }>;
  /** Actions marked done now that were not done in the earlier round. */
  actionsDone: string[];
  /** The earlier round answered an older question bank: some movement may come from the questions. */
  bankChanged: boolean;
}

/** What moved between two rounds of the same company. */
export function compareRounds(
  earlier: Assessment,
  later: Assessment,
  earlierResult: AssessmentResult = scoreAssessment(earlier),
  laterResult: AssessmentResult = scoreAssessment(later),
): RoundComparison {
  const changedQuestions = earlier.bankVersion < BANK_VERSION ? questionsChangedSince(earlier.bankVersion) : new Set<string>();
  const pointsOf = (result: AssessmentResult): Map<string, number | null> =>
    new Map(
      result.modules.flatMap((m) =>
        m.questions.map((r) => [r.question.id, r.status === 'answered' || r.status === 'dontKnow' ? r.points : null] as const),
      ),
    );
  const before = pointsOf(earlierResult);
  const after = pointsOf(laterResult);
  const questions = QUESTIONS.flatMap((q) => {
    const c = change(before.get(q.id) ?? null, after.get(q.id) ?? null);
    const bankChanged = changedQuestions.has(q.id);
    return (c.delta !== null && c.delta !== 0) || (bankChanged && c.after !== null) ? [{ ...c, questionId: q.id, bankChanged }] : [];
  }).sort((x, y) => Math.abs(y.delta ?? 0) - Math.abs(x.delta ?? 0));
  const wasDone = (id: string): boolean => earlier.planEdits[id]?.status === 'done';
  const unconfirmed = unconfirmedByModule(later);
  const anyUnconfirmed = MODULE_IDS.some((m) => unconfirmed[m] > 0);
  const pending = new Set(pendingCarriedOver(later));
  return {
    overall: notUnchangedIf(anyUnconfirmed, change(earlierResult.overall, laterResult.overall)),
    modules: MODULE_IDS.map((module) => ({
      module,
      ...notUnchangedIf(
        unconfirmed[module] > 0,
        change(
          earlierResult.modules.find((m) => m.module === module)?.score ?? null,
          laterResult.modules.find((m) => m.module === module)?.score ?? null,
        ),
      ),
      bankChanged: [...changedQuestions].some((id) => QUESTIONS_BY_ID.get(id)?.module === module),
      unconfirmed: unconfirmed[module],
    })),
    questions: questions.map((q) => notUnchangedIf(pending.has(q.questionId), q)),
    actionsDone: Object.entries(later.planEdits)
      .filter(([id, edit]) => edit.status === 'done' && !wasDone(id))
      .map(([id]) => id),
    bankChanged: changedQuestions.size > 0,
  };
}

/**
 * The rounds of a series in order, the latest `MAX_ROUNDS_IN_CHART`, with their scores: the trend chart's data.
 * `day` is the ISO day the round was started, on this machine's clock, for the chart's labels.
 */
export function roundTrend(rounds: ReadonlyArray<Assessment>): Array<{
  id: string;
  number: number;
  date: string;
  day: string;
  overall: number | null;
  modules: Record<ModuleId, number | null>;
}> {
  return [...rounds]
    .sort((a, b) => roundNumberOf(a) - roundNumberOf(b))
    .slice(-MAX_ROUNDS_IN_CHART)
    .map((a) => {
      const r = scoreAssessment(a);
      return {
        id: a.id,
        number: roundNumberOf(a),
        date: a.createdAt,
        day: localIsoDay(new Date(a.createdAt)),
        overall: r.overall === null ? null : Math.round(r.overall),
        modules: Object.fromEntries(r.modules.map((m) => [m.module, m.score === null ? null : Math.round(m.score)])) as Record<
          ModuleId,
          number | null
        >,
      };
    });
}

/** One band up from today's, staying at the top; "start" while there is no score yet. */
export function defaultTarget(score: number | null): TargetBand {
  if (score === null) return 'developing';
  const index = BANDS.indexOf(bandOf(score));
  return TARGET_BANDS[Math.min(index + 1, TARGET_BANDS.length - 1)] ?? 'advanced';
}

/** The target of an area: the user's, else one band above today's. */
export function targetOf(a: Pick<Assessment, 'targets'>, module: ModuleId, score: number | null): { band: TargetBand; chosen: boolean } {
  const set = a.targets?.[module];
  return set ? { band: set, chosen: true } : { band: defaultTarget(score), chosen: false };
}

/** The top of a band's range: the points an area in that band can reach (start 25 ... advanced 100). */
export const BAND_TOP: Readonly<Record<Band, number>> = { start: 25, developing: 50, established: 75, advanced: 100 };

/** Whether an area has reached its target. */
export const targetReached = (score: number | null, target: TargetBand): boolean =>
  score !== null && BANDS.indexOf(bandOf(score)) >= BANDS.indexOf(target);
