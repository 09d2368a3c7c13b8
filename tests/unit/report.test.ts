import { beforeAll, describe, expect, test } from 'vitest';
import { buildReport, type Report } from '../../renderer/src/domain/report/report';
import { whyThisScore, STRENGTH_FROM, GAP_AT } from '../../renderer/src/domain/plan/explain';
import { companyTranslate } from '../../renderer/src/domain/plan/companyText';
import { generatePlan, HORIZONS } from '../../renderer/src/domain/plan/plan';
import { plannedWorkParts } from '../../renderer/src/domain/plan/workText';
import { scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import { QUESTIONS, QUESTIONS_BY_MODULE, actionNamespace } from '../../renderer/src/domain/bank';
import { MODULE_IDS, SOURCE_KEYS, type Assessment, type Language } from '../../renderer/src/domain/model/types';
import { answeredAll, blankAssessment, extremeAnswer, withProfile } from './fixtures';
import { loadNamespace, lookup } from './localeFiles';
import { createTestI18n, type TestI18n } from './reportI18n';

/** Noon UTC: the same calendar day in every time zone the tests may run in. */
const NOW = new Date('2026-11-23T12:00:00Z');

/** A text straight from a locale file, to compare the report against. */
const text = (lng: Language, ns: string, key: string): unknown => lookup(loadNamespace(lng, ns), key);

/**
 * Every fourth question at its best, one "don't know", one at its worst, one left open; a profile that fires
 * profile rules; a note on the first question and an edit on the first planned action.
 */
function mixedAssessment(): Assessment {
  const answers: Assessment['answers'] = {};
  QUESTIONS.forEach((q, i) => {
    if (i % 4 === 0) answers[q.id] = extremeAnswer(q, true);
    else if (i % 4 === 1) answers[q.id] = { kind: 'dontKnow' };
    else if (i % 4 === 2) answers[q.id] = extremeAnswer(q, false);
  });
  const base = withProfile({
    companyName: '  Fjordbakeriet AS ',
    respondent: 'Kari Nordmann',
    customerType: 'b2b',
    channels: ['facebook'],
    goals: ['sales'],
    adBudget: 'none',
  });
  const assessment: Assessment = { ...base, answers, notes: { [QUESTIONS[0]!.id]: ' Sjekk med daglig leder. ' } };
  const first = generatePlan(assessment).active[0]!;
  return {
    ...assessment,
    planEdits: { [first.action.id]: { owner: ' Ola ', due: '2026-12-01', status: 'inProgress', note: 'Startet i uke 48' } },
  };
}

/** Every string anywhere in the report. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

let env: TestI18n;
beforeAll(async () => {
  env = await createTestI18n();
});

describe('buildReport', () => {
  test('bokmål: header facts, scores and every question resolved from the locale files', () => {
    const assessment = mixedAssessment();
    const report = buildReport(assessment, env.t('nb'), 'nb', NOW);
    const result = scoreAssessment(assessment);

    expect(report.language).toBe('nb');
    expect(report.company).toBe('Fjordbakeriet AS');
    expect(report.respondent).toBe('Kari Nordmann');
    expect(report.date).toBe('23. november 2026');
    expect(report.overall).toEqual({
      score: Math.round(result.overall!),
      scoreText: `${Math.round(result.overall!)} av 100`,
      band: text('nb', 'common', `bands.${result.band}`),
      preliminary: result.preliminary,
      answered: result.answered,
      total: result.total,
    });

    expect(report.modules.map((m) => m.id)).toEqual([...MODULE_IDS]);
    expect(report.modules.map((m) => m.name)).toEqual(['Strategisk forankring', 'Kanalvalg', 'Svartid og kundeservice', 'Autentisitet']);
    for (const [i, m] of report.modules.entries()) {
      const scored = result.modules[i]!;
      expect(m).toMatchObject({
        score: Math.round(scored.score!),
        answered: scored.answered,
        total: scored.total,
        preliminary: scored.preliminary,
      });
      expect(m.questions.map((q) => q.id)).toEqual(QUESTIONS_BY_MODULE[m.id].map((q) => q.id));
      for (const [j, q] of m.questions.entries()) {
        expect(q.question).toBe(text('nb', m.id, `q.${q.id}.text`));
        expect(q.topic).toBe(text('nb', m.id, `q.${q.id}.short`));
        // The same explanation the results screen shows.
        expect(q.whyThisScore).toBe(whyThisScore(scored.questions[j]!, env.t('nb')));
      }
    }

    const first = report.modules[0]!.questions[0]!;
    expect(first).toMatchObject({
      id: 'goalsLinkedToBusiness',
      answer: text('nb', 'strategy', 'q.goalsLinkedToBusiness.levels.4'),
      points: 100,
      status: 'answered',
      whyThisScore: 'Svaret er nivå 5 av 5 og gir 100 poeng. Spørsmålet har vekt 3 av 3 i snittet.',
      note: 'Sjekk med daglig leder.',
      sources: ['PRIO24'],
    });
    const all = report.modules.flatMap((m) => m.questions);
    expect(all.find((q) => q.status === 'dontKnow')).toMatchObject({ answer: 'Vet ikke', points: 0 });
    expect(all.find((q) => q.status === 'unanswered')).toMatchObject({
      answer: 'Ikke besvart',
      points: null,
      whyThisScore: 'Ikke besvart ennå, så det teller ikke med.',
    });
    expect(report.csvHeaders.answers).toEqual(text('nb', 'common', 'csv.answers'));
    expect(report.csvHeaders.plan).toEqual(text('nb', 'common', 'csv.plan'));
    expect(env.missing).toEqual([]);
  });

  test('Swedish: the same report in Swedish, with a Swedish date', () => {
    const report = buildReport(
      { ...mixedAssessment(), profile: { ...mixedAssessment().profile, companyName: '  ' } },
      env.t('sv'),
      'sv',
      NOW,
    );
    expect(report.language).toBe('sv');
    expect(report.company).toBe('Företag utan namn');
    expect(report.date).toBe('23 november 2026');
    expect(report.modules.map((m) => m.name)).toEqual(MODULE_IDS.map((m) => text('sv', m, 'name')));
    expect(report.plan.map((h) => h.title)).toEqual(['De första 30 dagarna', 'Om 30 till 90 dagar', 'Om 3 till 6 månader']);
    expect(report.modules[0]!.questions[0]!.whyThisScore).toBe(
      'Svaret är nivå 5 av 5 på skalan och ger 100 poäng. Frågan har vikt 3 av 3 i snittet.',
    );
    expect(report.csvHeaders.plan).toEqual(text('sv', 'common', 'csv.plan'));
    const edited = report.plan.flatMap((h) => h.actions).find((a) => a.owner !== '')!;
    expect(edited).toMatchObject({ owner: 'Ola', due: '2026-12-01', statusId: 'inProgress', status: 'Pågår', note: 'Startet i uke 48' });
    expect(env.missing).toEqual([]);
  });

  test('the plan: three horizons in order, with exactly the actions and order of generatePlan', () => {
    const assessment = mixedAssessment();
    const plan = generatePlan(assessment).active;
    const report = buildReport(assessment, env.t('nb'), 'nb', NOW);

    expect(report.plan.map((h) => h.id)).toEqual([...HORIZONS]);
    for (const h of report.plan) expect(h.actions.map((a) => a.id)).toEqual(plan.filter((p) => p.horizon === h.id).map((p) => p.action.id));
    expect(report.plan.reduce((n, h) => n + h.actions.length, 0)).toBe(plan.length);
    // The mix fires all three kinds of reasons.
    expect(new Set(plan.flatMap((p) => p.reasons.map((r) => r.kind)))).toEqual(new Set(['question', 'dontKnow', 'rule']));

    const actions = report.plan.flatMap((h) => h.actions);
    for (const [i, a] of actions.entries()) {
      const planned = plan[i]!;
      expect(a.reasons).toHaveLength(planned.reasons.length);
      expect(a.steps.length).toBeGreaterThanOrEqual(3);
      expect(a.impact).toBe(text('nb', 'common', `plan.levels.${planned.action.impact}`));
      expect(a.effort).toBe(text('nb', 'common', `plan.levels.${planned.action.effort}`));
      // The card's work line, as the screen shows it (its wording: workText.test.ts).
      expect(a.work).toEqual(plannedWorkParts(planned, env.t('nb'), 'nb'));
      expect(a.work[0]).toMatch(/^Engangsarbeid: \d/);
      if (planned.kind === 'findOut') {
        // One find-out action per area, naming every question answered "don't know" there.
        const topics = planned.questionIds!.map((id) => String(text('nb', planned.action.module, `q.${id}.short`)));
        for (const topic of topics) expect(a.why).toContain(`«${topic}»`);
        expect(a.steps).toEqual(text('nb', 'common', 'plan.findOut.steps'));
        expect(a.reasons).toEqual(topics.map((topic) => `Dere svarte «vet ikke» om «${topic}».`));
      } else {
        // The texts as the company's own `t` gives them: its channels named (plan/companyText.ts).
        const own = companyTranslate(env.t('nb'), planned.company);
        const key = `${actionNamespace(planned.action)}:a.${a.id}`;
        expect(a.title).toBe(own(`${key}.title`));
        expect(a.why).toBe(own(`${key}.why`));
        expect(a.steps).toEqual(own(`${key}.steps`, { returnObjects: true }));
        expect(a.kpi).toBe(own(`${key}.kpi`));
      }
    }

    const edited = actions[0]!;
    expect(edited).toMatchObject({ owner: 'Ola', due: '01.12.2026', statusId: 'inProgress', status: 'I gang', note: 'Startet i uke 48' });
    expect(actions.slice(1).every((a) => a.owner === '' && a.due === '' && a.status === 'Ikke påbegynt' && a.note === '')).toBe(true);
    // A profile rule's reason is the rule's own sentence (the foundation for safe accounts, and the company's own).
    const ruleTexts = ['socialAccountsInUse', 'b2bWithoutLinkedIn', 'salesGoalWithoutAdBudget', 'noOwnedChannel'].map((id) =>
      text('nb', 'profile', `rules.${id}`),
    );
    const withRule = actions.filter((a) => plan.find((p) => p.action.id === a.id)!.reasons.some((r) => r.kind === 'rule'));
    expect(withRule.length).toBeGreaterThan(0);
    for (const a of withRule)
      expect(
        a.reasons.some((r) => ruleTexts.includes(r)),
        a.id,
      ).toBe(true);
  });

  test('an invalid due date gives an empty due, not "Invalid Date"', () => {
    const assessment = mixedAssessment();
    const id = Object.keys(assessment.planEdits)[0]!;
    const broken = { ...assessment, planEdits: { [id]: { ...assessment.planEdits[id]!, due: '2026-13-45' } } };
    expect(buildReport(broken, env.t('nb'), 'nb', NOW).plan[0]!.actions[0]!.due).toBe('');
  });

  test('strengths and gaps per module follow the results screen rules', () => {
    const report = buildReport(mixedAssessment(), env.t('nb'), 'nb', NOW);
    for (const m of report.modules) {
      const byId = new Map(m.questions.map((q) => [q.id, q]));
      const strengths = m.questions.filter((q) => q.status === 'answered' && q.points! >= STRENGTH_FROM).map((q) => q.id);
      const gaps = m.questions.filter((q) => (q.status === 'answered' && q.points! <= GAP_AT) || q.status === 'dontKnow').map((q) => q.id);
      expect(m.strengths.map((s) => s.questionId).sort()).toEqual(strengths.sort());
      expect(m.gaps.map((s) => s.questionId).sort()).toEqual(gaps.sort());
      expect(m.strengths.length).toBeGreaterThan(0);
      expect(m.gaps.length).toBeGreaterThan(0);
      for (const s of m.strengths)
        expect(s).toEqual({
          questionId: s.questionId,
          topic: byId.get(s.questionId)!.topic,
          points: byId.get(s.questionId)!.points,
          pointsText: `${s.points} av 100`,
        });
      for (const g of m.gaps) expect(g.pointsText).toBe(byId.get(g.questionId)!.status === 'dontKnow' ? 'Vet ikke' : `${g.points} av 100`);
      // Best first, worst first.
      expect(m.strengths.map((s) => s.points)).toEqual(m.strengths.map((s) => s.points).sort((a, b) => b - a));
      expect(m.gaps.map((s) => s.points)).toEqual(m.gaps.map((s) => s.points).sort((a, b) => a - b));
    }
  });

  test('sources: every cited source once, in SOURCE_KEYS order, with its text', () => {
    const assessment = mixedAssessment();
    const report = buildReport(assessment, env.t('nb'), 'nb', NOW);
    const keys = report.sources.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    const cited = new Set([...QUESTIONS.flatMap((q) => q.sources), ...generatePlan(assessment).active.flatMap((p) => p.action.sources)]);
    expect(keys).toEqual(SOURCE_KEYS.filter((k) => cited.has(k)));
    for (const s of report.sources) expect(s.text).toBe(text('nb', 'sources', `line.${s.key}`));
    // Every source named on a question or an action is in the list.
    const named = [
      ...report.modules.flatMap((m) => m.questions.flatMap((q) => q.sources)),
      ...report.plan.flatMap((h) => h.actions.flatMap((a) => a.sources)),
    ];
    expect(named.every((k) => keys.includes(k))).toBe(true);
  });

  test('HTML and script typed by the user stay literal text', () => {
    const script = '<script>alert("x")</script> & Co';
    const note = '<img src=x onerror="alert(1)"> & ; \'quoted\'';
    const owner = '<b>Kari</b> & "Per"';
    const base = mixedAssessment();
    const id = Object.keys(base.planEdits)[0]!;
    const assessment: Assessment = {
      ...base,
      profile: { ...base.profile, companyName: script, respondent: '<i>Ola</i>' },
      notes: { [QUESTIONS[1]!.id]: note },
      planEdits: { [id]: { owner, due: '', status: 'done', note } },
    };
    const report = buildReport(assessment, env.t('nb'), 'nb', NOW);
    expect(report.company).toBe(script);
    expect(report.respondent).toBe('<i>Ola</i>');
    expect(report.modules[0]!.questions[1]!.note).toBe(note);
    const action = report.plan.flatMap((h) => h.actions).find((a) => a.id === id)!;
    expect(action).toMatchObject({ owner, note, status: 'Ferdig' });
    expect(allStrings(report).filter((s) => /&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/i.test(s))).toEqual([]);
  });

  test('interpolated texts are not HTML-escaped, even when the i18next instance escapes by default', async () => {
    const escaping = await createTestI18n({ escapeValue: true });
    const q = QUESTIONS[0]!;
    escaping.i18n.addResource('nb', q.module, `q.${q.id}.short`, 'A/B & <mål>');
    const report = buildReport({ ...blankAssessment(), answers: { [q.id]: { kind: 'dontKnow' } } }, escaping.t('nb'), 'nb', NOW);
    const findOut = report.plan[0]!.actions[0]!;
    expect(findOut.title).toBe('Finn svaret på «A/B & <mål>»');
    expect(findOut.why).toContain('«A/B & <mål>»');
    expect(findOut.reasons).toEqual(['Dere svarte «vet ikke» om «A/B & <mål>».']);
  });

  test('an empty assessment: no score yet, preliminary, every question unanswered, three empty horizons', () => {
    const report = buildReport(blankAssessment(), env.t('nb'), 'nb', NOW);
    expect(report.company).toBe('Bedrift uten navn');
    expect(report.respondent).toBe('');
    expect(report.overall).toEqual({
      score: null,
      scoreText: 'Ingen poengsum ennå',
      band: '',
      preliminary: true,
      answered: 0,
      total: QUESTIONS.length,
    });
    for (const m of report.modules) {
      expect(m).toMatchObject({ score: null, band: '', preliminary: true, answered: 0, strengths: [], gaps: [] });
      expect(m.questions.every((q) => q.answer === 'Ikke besvart' && q.points === null && q.note === '')).toBe(true);
    }
    expect(report.plan.map((h) => [h.id, h.actions.length])).toEqual(HORIZONS.map((h) => [h, 0]));
    expect(report.later).toEqual([]);
  });

  test('the "Later" list: titles and one-line reasons, in the plan\'s order; the plan notes say the hours the plan is sized to', () => {
    const assessment = withProfile({ hoursPerWeek: 2, channels: ['facebook'], size: 'small' }, answeredAll(false));
    const plan = generatePlan(assessment);
    const report = buildReport(assessment, env.t('nb'), 'nb', NOW);
    expect(report.later.map((a) => a.id)).toEqual(plan.later.map((p) => p.action.id));
    for (const a of report.later) {
      expect(a.title).toBe(text('nb', actionNamespace(plan.later.find((p) => p.action.id === a.id)!.action), `a.${a.id}.title`));
      expect(a.whyNow).not.toBe('');
    }
    // The hours line: the first month's work in hours, then the week it rests on (plan/hoursNote.ts).
    expect(report.planNotes[0]).toMatch(/^De første 30 dagene: ca\. \d+(,5)? timer? engangsarbeid og /);
    expect(report.planNotes[1]).toMatch(
      /^Dere har 2 timer i uka til sosiale medier\. Å holde kanalene i gang tar omtrent 45 minutter i uka/,
    );
    for (const a of report.plan.flatMap((h) => h.actions)) expect(a.whyNow).not.toBe('');
  });

  test('a one-person business gets the one-person steps where an action has them', () => {
    const team = withProfile({ size: 'small', customerType: 'b2c', channels: ['facebook'] }, answeredAll(false));
    const solo = withProfile({ size: 'solo', customerType: 'b2c', channels: ['facebook'] }, answeredAll(false));
    const stepsOf = (a: Assessment): string[] | undefined =>
      [...buildReport(a, env.t('nb'), 'nb', NOW).plan.flatMap((h) => h.actions)].find((x) => x.id === 'writeCriticismRoutine')?.steps;
    const withMove = (a: Assessment): Assessment => ({
      ...a,
      planEdits: { writeCriticismRoutine: { owner: '', due: '', status: 'notStarted', note: '', placement: 'plan' } },
    });
    expect(stepsOf(withMove(solo))).toEqual(text('nb', 'responsiveness', 'a.writeCriticismRoutine.steps_solo'));
    expect(stepsOf(withMove(team))).toEqual(text('nb', 'responsiveness', 'a.writeCriticismRoutine.steps'));
    expect(env.missing).toEqual([]);
  });

  test('a plain data structure: survives JSON unchanged, and the same input gives the same report', () => {
    const assessment = withProfile({ companyName: 'Æøå Åäö AS' }, answeredAll(false));
    const report: Report = buildReport(assessment, env.t('sv'), 'sv', NOW);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(buildReport(structuredClone(assessment), env.t('sv'), 'sv', NOW)).toEqual(report);
    expect(report.company).toBe('Æøå Åäö AS');
  });
});
