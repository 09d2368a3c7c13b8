/**
 * An assessment with every text resolved in one language: what the PDF report, the Word plan and the CSV files
 * are made from. Plain strings only, no HTML: what the user typed (company, notes, owners) is passed on
 * verbatim, and each output escapes it for its own format.
 */
import type { ActionStatus, Assessment, Language, ModuleId, SourceKey } from '../model/types';
import { formatScore, formatScoreChange } from '../model/format';
import { formatDisplayDate } from '../model/dates';
import { LOCALE_TAG, SOURCE_KEYS } from '../model/types';
import { scoreAssessment, type AssessmentResult, type Band, type ModuleResult, type QuestionResult } from '../scoring/scoring';
import { generatePlan, HORIZONS, type Horizon, type PlannedAction } from '../plan/plan';
import { actionTexts, answerText, gapsOf, reasonText, strengthsOf, whyNowText, whyThisScore, type Translate } from '../plan/explain';
import { planNotes } from '../plan/planNotes';
import { plannedWorkParts } from '../plan/workText';
import { answerOfText } from '../plan/explain';
import { QUESTIONS } from '../bank';
import { notApplicableByProfile } from '../scoring/scoring';
import { moduleSpread, teamAnswer, workshopToDiscuss } from '../workshop/workshop';
import { exportedBreakdown, exportedPeople, type ExportLabel } from '../workshop/individualAnswers';
import { MODULE_IDS } from '../model/types';
import { compareRounds, roundNumberOf, roundTrend, type Movement, type ScoreChange } from '../rounds/rounds';
import { ACTIONS_BY_ID, actionNamespace } from '../bank';
import { ANSWER_COLUMNS, PLAN_COLUMNS, type AnswerColumn, type PlanColumn } from './csvColumns';
import type { Comparison } from '../comparison/comparison';

/** A score with its texts. `score` is rounded; `band` is empty when there is no score yet. */
export interface ReportScore {
  score: number | null;
  /** "62 av 100", or "no score yet". */
  scoreText: string;
  band: string;
  /** Fewer than 60 % of the questions answered (for the whole: in some module). */
  preliminary: boolean;
  answered: number;
  total: number;
}

/** A question named in a module's strengths or gaps. */
export interface ReportHighlight {
  questionId: string;
  topic: string;
  points: number;
  /** "80 av 100", or "Vet ikke" for a "don't know". */
  pointsText: string;
}

export interface ReportQuestion {
  id: string;
  /** The question's short name (3-6 words). */
  topic: string;
  /** The full question as asked. */
  question: string;
  answer: string;
  /** Rounded; null when unanswered or not applicable. */
  points: number | null;
  status: QuestionResult['status'];
  whyThisScore: string;
  /** The user's note on the question, trimmed; empty when none. */
  note: string;
  sources: SourceKey[];
}

export interface ReportModule extends ReportScore {
  id: ModuleId;
  name: string;
  dontKnowCount: number;
  /** Why the module's score is preliminary (too few answers, too many "don't know"), when it is. */
  preliminaryReason: ModuleResult['preliminaryReason'];
  /** Every strength and gap of the module, best (or worst) first; the screen shows the first five overall. */
  strengths: ReportHighlight[];
  gaps: ReportHighlight[];
  questions: ReportQuestion[];
}

export interface ReportAction {
  id: string;
  kind: PlannedAction['kind'];
  module: string;
  title: string;
  why: string;
  /** Why the plan holds the action, one sentence per reason. */
  reasons: string[];
  /** Why it is here now, in a line (reason, weakest area, quick win, what builds on it). */
  whyNow: string;
  /** Extra lines: for "fewer channels", the channels to keep with why, and those to pause. */
  details: string[];
  steps: string[];
  kpi: string;
  /** The work it takes, a line per part: the one-off work, then the routine it adds (plan/workText.ts). */
  work: string[];
  /** "lav", "middels", "høy" / "låg", "medel", "hög". */
  impact: string;
  effort: string;
  owner: string;
  /** The due date as the language writes it (31.01.2027 / 2027-01-31), or empty. */
  due: string;
  statusId: ActionStatus;
  status: string;
  note: string;
  sources: SourceKey[];
}

/** Always the three horizons, in order; a horizon without actions has an empty list. */
export interface ReportHorizon {
  id: Horizon;
  title: string;
  actions: ReportAction[];
}

/** An action on the "Later" list: the exports show its title and one-line reason only. */
export interface ReportLaterAction {
  id: string;
  title: string;
  whyNow: string;
}

export interface ReportSource {
  key: SourceKey;
  text: string;
}

/** A client reads the ten widest disagreements; the rest are on the "to discuss" screen. */
export const DISCUSS_IN_REPORT = 10;

/** A question the team disagreed on, with the spread and the answer the team settled on. */
export interface ReportDiscussItem {
  id: string;
  topic: string;
  module: string;
  /** "75 poeng (25–100)", for a column headed "spread". */
  spreadText: string;
  teamAnswer: string;
  /** The team's answer differs from the median: the facilitator set it. */
  changed: boolean;
}

/** What a workshop adds to the report (issue 9). Names only where the workshop is named. */
export interface ReportWorkshop {
  respondents: number;
  anonymous: boolean;
  /** "The results are the team's answers from 5 respondents: the median, or the answer you agreed on." */
  intro: string;
  /** How far apart the team was in each area: one line each. */
  moduleSpread: Array<{ id: ModuleId; name: string; text: string }>;
  /** Widest spread first; the PDF and Word show the first `DISCUSS_IN_REPORT` and say how many more there are. */
  toDiscuss: ReportDiscussItem[];
  /** The questions where the team's answer is not the median, with the median it replaced. */
  consensusChanges: Array<{ id: string; topic: string; module: string; teamAnswer: string; median: string }>;
  /** Each person's area scores beside the team's, as far as anonymity allows (same rule as the screen). */
  scores: { columns: string[]; rows: Array<{ module: string; team: string; cells: string[] }>; note: string } | null;
  /**
   * Each person's answers, only when the facilitator chose to include them (workshop/individualAnswers.ts): the PDF's
   * table and the answers CSV's columns, in the same order. `note` says how anonymous columns are ordered.
   */
  individual: {
    columns: string[];
    rows: Array<{ id: string; module: string; topic: string; answers: string[] }>;
    note: string;
  } | null;
}

/** A later round's progress since the round before (issue 10). */
export interface ReportProgress {
  /** "Utvikling: runde 2 mot runde 1". */
  title: string;
  intro: string;
  bankChanged: string | null;
  columns: { before: string; after: string };
  rows: Array<{ name: string; before: string; after: string; change: string; movement: Movement | null; bankChanged: boolean }>;
  /** Every round so far (the latest ten), for the chart and its table. */
  trend: Array<{ label: string; date: string; overall: number | null; modules: Record<ModuleId, number | null> }>;
  done: string[];
}

export interface Report {
  language: Language;
  /** The company name as typed (trimmed), or the "company without a name" text. */
  company: string;
  respondent: string;
  /** The day of the report, written out for the language ("23. november 2026"). */
  date: string;
  overall: ReportScore;
  modules: ReportModule[];
  plan: ReportHorizon[];
  /** What the plan is sized to, and anything to know before reading it (preliminary, all advanced). */
  planNotes: string[];
  /** The "Later" list, most important first. */
  later: ReportLaterAction[];
  /** Every source behind the questions and the planned actions, once each, in `SOURCE_KEYS` order. */
  sources: ReportSource[];
  csvHeaders: { answers: Record<AnswerColumn, string>; plan: Record<PlanColumn, string> };
  /** Present for a workshop. */
  workshop?: ReportWorkshop;
  /** Present for a later round whose previous round is among the rounds given. */
  progress?: ReportProgress;
  /** The comparison (comparison/comparison.ts), added by the PDF's caller, which reads the stored summaries. */
  comparison?: Comparison;
}

/** The header text of each column, from `<prefix>.<column>`. */
function headerTexts<Column extends string>(columns: ReadonlyArray<Column>, prefix: string, t: Translate): Record<Column, string> {
  // Every column gets an entry, which `Object.fromEntries` cannot tell the type system.
  return Object.fromEntries(columns.map((c) => [c, t(`${prefix}.${c}`)])) as Record<Column, string>;
}

/**
 * Builds the report. `t` must be fixed to `lng` (e.g. `i18n.getFixedT(lng)`) with every namespace loaded;
 * `now` is passed in so the domain stays pure.
 */
export function buildReport(
  assessment: Assessment,
  t: Translate,
  lng: Language,
  now: Date,
  rounds: ReadonlyArray<Assessment> = [],
): Report {
  // Every text here ends up as plain text, so interpolated values must not be HTML-escaped, whatever the
  // caller's i18next instance is set to (i18next escapes by default). User text never goes through `t`.
  const plain: Translate = (key: string | string[], options?: Record<string, unknown>) =>
    t(key, { ...options, interpolation: { escapeValue: false } });

  const result = scoreAssessment(assessment);
  const plan = generatePlan(assessment, result);

  const scoreTexts = (score: number | null, band: Band | null): Pick<ReportScore, 'score' | 'scoreText' | 'band'> => {
    if (score === null) return { score: null, scoreText: plain('common:results.noScore'), band: '' };
    const rounded = Math.round(score);
    // A score without a band is preliminary: it claims no level.
    return {
      score: rounded,
      scoreText: plain('common:results.scoreOf', { score: rounded }),
      band: plain(band ? `common:bands.${band}` : 'common:results.uncertain'),
    };
  };

  const highlight = (r: QuestionResult): ReportHighlight => {
    const points = Math.round(r.points ?? 0);
    return {
      questionId: r.question.id,
      topic: plain(`${r.question.module}:q.${r.question.id}.short`),
      points,
      pointsText: r.status === 'dontKnow' ? plain('common:answer.dontKnow') : plain('common:results.points', { points }),
    };
  };

  const question = (r: QuestionResult): ReportQuestion => ({
    id: r.question.id,
    topic: plain(`${r.question.module}:q.${r.question.id}.short`),
    question: plain(`${r.question.module}:q.${r.question.id}.text`),
    answer: answerText(r, plain),
    points: r.points === null ? null : Math.round(r.points),
    status: r.status,
    whyThisScore: whyThisScore(r, plain),
    note: (assessment.notes[r.question.id] ?? '').trim(),
    sources: [...r.question.sources],
  });

  const moduleOf = (m: ModuleResult): ReportModule => ({
    id: m.module,
    name: plain(`${m.module}:name`),
    ...scoreTexts(m.score, m.band),
    preliminary: m.preliminary,
    answered: m.answered,
    total: m.total,
    dontKnowCount: m.dontKnowCount,
    preliminaryReason: m.preliminaryReason,
    strengths: strengthsOf(m.questions).map(highlight),
    gaps: gapsOf(m.questions).map(highlight),
    questions: m.questions.map(question),
  });

  const action = (p: PlannedAction): ReportAction => {
    const texts = actionTexts(p, plain);
    return {
      id: p.action.id,
      kind: p.kind,
      module: plain(`common:modules.${p.action.module}`),
      ...texts,
      reasons: p.reasons.map((r) => reasonText(r, plain)),
      whyNow: whyNowText(p, plain),
      work: plannedWorkParts(p, plain, lng),
      impact: plain(`common:plan.levels.${p.action.impact}`),
      effort: plain(`common:plan.levels.${p.action.effort}`),
      owner: p.edit.owner.trim(),
      due: formatDisplayDate(p.edit.due, lng),
      statusId: p.edit.status,
      status: plain(`common:plan.statuses.${p.edit.status}`),
      note: p.edit.note.trim(),
      sources: [...p.action.sources],
    };
  };

  const cited = new Set<SourceKey>([
    ...result.modules.flatMap((m) => m.questions.flatMap((r) => r.question.sources)),
    // A channel action's sources already name its market's platform figures (plan/channelFit.ts).
    ...plan.active.flatMap((p) => p.action.sources),
  ]);

  const progress = progressSection(assessment, rounds, plain, lng);
  return {
    ...(assessment.workshop ? { workshop: workshopSection(assessment, result, plain) } : {}),
    ...(progress ? { progress } : {}),
    language: lng,
    company: assessment.profile.companyName.trim() || plain('common:home.unnamed'),
    // A workshop was filled in by its team, not by the person named in the profile.
    respondent: assessment.workshop
      ? plain('workshop:report.byTeam', { count: assessment.workshop.respondents.length })
      : assessment.profile.respondent.trim(),
    // In the machine's time zone: the day the user made the report.
    date: new Intl.DateTimeFormat(LOCALE_TAG[lng], { dateStyle: 'long' }).format(now),
    overall: {
      ...scoreTexts(result.overall, result.band),
      preliminary: result.preliminary,
      answered: result.answered,
      total: result.total,
    },
    modules: result.modules.map(moduleOf),
    plan: HORIZONS.map((h) => ({
      id: h,
      title: plain(`common:plan.horizons.${h}`),
      actions: plan.active.filter((p) => p.horizon === h).map(action),
    })),
    planNotes: planNotes(plan, result, plain, lng),
    later: plan.later.map((p) => ({ id: p.action.id, title: actionTexts(p, plain).title, whyNow: whyNowText(p, plain) })),
    sources: SOURCE_KEYS.filter((key) => cited.has(key)).map((key) => ({ key, text: plain(`sources:line.${key}`) })),
    csvHeaders: {
      // In a workshop the answer column holds the team's answer; the people's own answers follow it.
      answers: {
        ...headerTexts(ANSWER_COLUMNS, 'common:csv.answers', plain),
        ...(assessment.workshop ? { answer: plain('workshop:report.teamAnswerColumn') } : {}),
      },
      plan: headerTexts(PLAN_COLUMNS, 'common:csv.plan', plain),
    },
  };
}

/** The workshop part of the report: spread, "to discuss", the team's agreed answers, and people as far as allowed. */
function workshopSection(assessment: Assessment, result: AssessmentResult, t: Translate): ReportWorkshop {
  const w = assessment.workshop!;
  const label = (l: ExportLabel): string =>
    l.kind === 'name'
      ? l.name
      : l.kind === 'letter'
        ? t('workshop:individualExport.person', { letter: l.letter })
        : t('workshop:respondent.numbered', { number: l.number });
  const asked = QUESTIONS.filter((q) => !notApplicableByProfile(q, assessment.profile));
  const topic = (id: string, module: ModuleId): string => t(`${module}:q.${id}.short`);
  const toDiscuss = workshopToDiscuss(w)
    .filter((d) => asked.includes(d.question))
    .map(({ question: q, spread }): ReportDiscussItem => {
      const team = teamAnswer(w, q, spread);
      return {
        id: q.id,
        topic: topic(q.id, q.module),
        module: t(`${q.module}:name`),
        spreadText: t('workshop:report.spreadCell', {
          points: Math.round(spread.spread),
          min: Math.round(spread.min ?? 0),
          max: Math.round(spread.max ?? 0),
        }),
        teamAnswer: team.answer ? answerOfText(q, team.answer, t) : t('common:results.unanswered'),
        changed: team.changed,
      };
    });
  const consensusChanges = asked.flatMap((q) => {
    const team = teamAnswer(w, q);
    const median = team.changed ? spreadMedian(w, q) : undefined;
    return team.changed && team.answer
      ? [
          {
            id: q.id,
            topic: topic(q.id, q.module),
            module: t(`${q.module}:name`),
            teamAnswer: answerOfText(q, team.answer, t),
            median: median ? answerOfText(q, median, t) : t('common:results.unanswered'),
          },
        ]
      : [];
  });
  const breakdown = exportedBreakdown(assessment);
  const team = (m: ModuleId): string => formatScore(result.modules.find((x) => x.module === m)?.score ?? null);
  const scores: ReportWorkshop['scores'] =
    breakdown.kind === 'named'
      ? {
          columns: breakdown.respondents.map((r) => label(r.label)),
          rows: MODULE_IDS.map((m, i) => ({
            module: t(`${m}:name`),
            team: team(m),
            cells: breakdown.respondents.map((r) => formatScore(r.modules[i]?.score ?? null)),
          })),
          note: '',
        }
      : breakdown.kind === 'anonymous'
        ? {
            columns: [t('workshop:scores.lowToHigh')],
            rows: breakdown.modules.map((m) => ({
              module: t(`${m.module}:name`),
              team: team(m.module),
              cells: [m.scores.map(formatScore).join(' · ')],
            })),
            note: t('workshop:scores.anonymousHint'),
          }
        : null;
  const people = exportedPeople(w);
  const individual: ReportWorkshop['individual'] =
    people.length === 0
      ? null
      : {
          columns: people.map((p) => label(p.label)),
          rows: asked.map((q) => ({
            id: q.id,
            module: t(`${q.module}:name`),
            topic: topic(q.id, q.module),
            answers: people.map((p) => (p.answers[q.id] ? answerOfText(q, p.answers[q.id]!, t) : '')),
          })),
          note: w.anonymous ? t('workshop:individualExport.orderNote') : '',
        };
  return {
    respondents: w.respondents.length,
    anonymous: w.anonymous,
    intro: t('workshop:results.teamNote', { count: w.respondents.length }),
    moduleSpread: MODULE_IDS.map((m) => {
      const s = moduleSpread(w, m);
      const key = s.disagreements === 0 ? 'workshop:report.moduleSpreadNone' : 'workshop:report.moduleSpread';
      return { id: m, name: t(`${m}:name`), text: t(key, { count: s.disagreements, total: s.questions, widest: Math.round(s.widest) }) };
    }),
    toDiscuss,
    consensusChanges,
    scores,
    individual,
  };
}

/** The median answer the facilitator's answer replaced. */
const spreadMedian = (w: NonNullable<Assessment['workshop']>, q: (typeof QUESTIONS)[number]) =>
  teamAnswer({ ...w, consensus: {} }, q).answer;

/** The progress since the previous round, when the assessment is a later round and that round is at hand. */
function progressSection(
  assessment: Assessment,
  rounds: ReadonlyArray<Assessment>,
  t: Translate,
  lng: Language,
): ReportProgress | undefined {
  const previous = rounds.find((r) => r.id === assessment.round?.previousId);
  if (!assessment.round || !previous) return undefined;
  const c = compareRounds(previous, assessment);
  const row = (name: string, x: ScoreChange, bankChanged: boolean) => ({
    name,
    before: formatScore(x.before),
    after: formatScore(x.after),
    change: x.movement ? `${formatScoreChange(x.delta)} ${t(`rounds:movement.${x.movement}`)}` : '–',
    movement: x.movement,
    bankChanged,
  });
  const month = new Intl.DateTimeFormat(LOCALE_TAG[lng], { month: 'short', year: 'numeric' });
  return {
    title: t('rounds:progress.title', { number: roundNumberOf(assessment), previous: roundNumberOf(previous) }),
    intro: t('rounds:progress.intro', { date: month.format(new Date(previous.createdAt)) }),
    bankChanged: c.bankChanged ? t('rounds:progress.bankChanged') : null,
    columns: {
      before: t('rounds:progress.before', { number: roundNumberOf(previous) }),
      after: t('rounds:progress.now', { number: roundNumberOf(assessment) }),
    },
    rows: [...c.modules.map((m) => row(t(`${m.module}:name`), m, m.bankChanged)), row(t('common:report.overall'), c.overall, false)],
    trend: roundTrend(rounds.map((r) => (r.id === assessment.id ? assessment : r))).map((r) => ({
      label: t('rounds:progress.roundShort', { number: r.number }),
      date: formatDisplayDate(r.day, lng),
      overall: r.overall,
      modules: r.modules,
    })),
    done: c.actionsDone.flatMap((id) => {
      const action = ACTIONS_BY_ID.get(id);
      return action ? [t(`${actionNamespace(action)}:a.${id}.title`)] : [];
    }),
  };
}
