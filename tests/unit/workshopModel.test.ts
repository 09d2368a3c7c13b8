import { describe, expect, test } from 'vitest';
import {
  addRespondent,
  answeredCount,
  canChangeAnonymity,
  changeWorkshop,
  createWorkshopAssessment,
  removeRespondent,
  renameRespondent,
  respondentBreakdown,
  respondentLabel,
  reveal,
  setAnonymous,
  setConsensus,
  setRespondentAnswers,
  teamAnswer,
  workshopToDiscuss,
} from '../../renderer/src/domain/workshop/workshop';
import { addRespondentFromFile, answersFingerprint, sameCompany } from '../../renderer/src/domain/workshop/respondentFile';
import { exportedPeople } from '../../renderer/src/domain/workshop/individualAnswers';
import { QUESTIONS, QUESTIONS_BY_ID, QUESTIONS_BY_MODULE } from '../../renderer/src/domain/bank';
import { createAssessment } from '../../renderer/src/domain/model/assessment';
import { scoreAssessment } from '../../renderer/src/domain/scoring/scoring';
import { generatePlan } from '../../renderer/src/domain/plan/plan';
import { assessmentSchema } from '../../renderer/src/domain/files/schema';
import { bankProblems } from '../../renderer/src/domain/bank/bankValidation';
import { parseAssessmentFile, serializeAssessmentFile } from '../../renderer/src/domain/files/fileFormat';
import type { Answer, Assessment, Workshop } from '../../renderer/src/domain/model/types';
import { answerAt, type Level } from '../fixtures/companies';

const NOW = '2026-11-30T09:00:00.000Z';
const q = (id: string) => QUESTIONS_BY_ID.get(id)!;
const scale = (level: 0 | 1 | 2 | 3 | 4): Answer => ({ kind: 'scale', level });
const allAt = (level: Level): Record<string, Answer> => Object.fromEntries(QUESTIONS.map((x) => [x.id, answerAt(x, level)]));

/** A workshop for "Fjordbakeriet" with the given respondents' answers. */
function workshopWith(anonymous: boolean, people: Array<{ name?: string; answers: Record<string, Answer> }>): Assessment {
  let a = createWorkshopAssessment('w1', NOW, 'nb', anonymous);
  a = {
    ...a,
    profile: {
      ...a.profile,
      companyName: 'Fjordbakeriet AS',
      customerType: 'b2c',
      size: 'small',
      channels: ['facebook', 'instagram'],
      hoursPerWeek: 4,
    },
  };
  people.forEach((p, i) => {
    a = changeWorkshop(a, (w) => setRespondentAnswers(addRespondent(w, `r${i + 1}`, p.name ?? ''), `r${i + 1}`, p.answers));
  });
  return a;
}

describe('respondents and anonymity', () => {
  test('named respondents show their name, the unnamed and the anonymous their number', () => {
    const named = workshopWith(false, [{ name: 'Kari', answers: {} }, { answers: {} }]).workshop!;
    expect(respondentLabel(named, 'r1')).toEqual({ kind: 'name', name: 'Kari' });
    expect(respondentLabel(named, 'r2')).toEqual({ kind: 'number', number: 2 });
    const anonymous = workshopWith(true, [{ name: 'Kari', answers: {} }]).workshop!;
    // The name given is not even kept.
    expect(anonymous.respondents[0]!.name).toBe('');
    expect(respondentLabel(renameRespondent(anonymous, 'r1', 'Kari'), 'r1')).toEqual({ kind: 'number', number: 1 });
  });

  test('names are kept without hidden characters, so a look-alike is the same person', () => {
    let w = workshopWith(false, [
      { name: ' Kari\u200e  Nordmann\u0007', answers: {} },
      { name: 'Ola', answers: {} },
    ]).workshop!;
    expect(w.respondents[0]!.name).toBe('Kari Nordmann');
    w = renameRespondent(w, 'r2', 'Ola\u202e Nordmann\ufeff');
    expect(w.respondents[1]!.name).toBe('Ola Nordmann');
    const target = workshopWith(false, [{ name: 'Kari Nordmann', answers: {} }]);
    const lookAlike = { ...createAssessment('p1', NOW, 'nb'), answers: { goalsLinkedToBusiness: scale(2) } };
    lookAlike.profile = { ...lookAlike.profile, companyName: 'Fjordbakeriet', respondent: 'Kari\u2066 Nordmann\u2069' };
    expect(addRespondentFromFile(target, lookAlike, 'r9')).toMatchObject({ ok: false, problem: 'sameRespondent' });
  });

  test('anonymity can change until someone answers, then never', () => {
    let w = workshopWith(false, [{ name: 'Kari', answers: {} }]).workshop!;
    expect(canChangeAnonymity(w)).toBe(true);
    w = setAnonymous(w, true);
    expect(w.anonymous).toBe(true);
    // Switching on anonymity drops the names for good.
    expect(w.respondents[0]!.name).toBe('');
    w = setRespondentAnswers(w, 'r1', { goalsLinkedToBusiness: scale(2) });
    expect(canChangeAnonymity(w)).toBe(false);
    expect(setAnonymous(w, false)).toBe(w);
  });

  test('an anonymous workshop that carries a name is refused by the schema (a hostile or edited file)', () => {
    const a = workshopWith(true, [{ answers: { goalsLinkedToBusiness: scale(2) } }]);
    expect(assessmentSchema.safeParse(a).success).toBe(true);
    const withName = { ...a, workshop: { ...a.workshop!, respondents: [{ ...a.workshop!.respondents[0]!, name: 'Kari' }] } };
    expect(assessmentSchema.safeParse(withName).success).toBe(false);
  });

  test("respondents' and team answers are held to the question bank like the assessment's own", () => {
    const a = workshopWith(false, [{ answers: { goalsLinkedToBusiness: scale(2) } }]);
    expect(bankProblems(a)).toEqual([]);
    const bad: Workshop = {
      ...a.workshop!,
      respondents: [{ ...a.workshop!.respondents[0]!, answers: { goalsLinkedToBusiness: { kind: 'choice', option: 'x' } } }],
    };
    expect(bankProblems({ ...a, workshop: bad })[0]).toMatchObject({
      path: `workshop.respondents.${a.workshop!.respondents[0]!.id}.answers.goalsLinkedToBusiness`,
      question: { module: 'strategy' },
    });
    expect(bankProblems({ ...a, workshop: { ...a.workshop!, consensus: { noSuchQuestion: scale(1) } } })[0]?.path).toBe(
      'workshop.consensus.noSuchQuestion',
    );
    expect(bankProblems({ ...a, workshop: { ...a.workshop!, revealed: ['noSuchQuestion'] } })[0]?.path).toBe(
      'workshop.revealed.noSuchQuestion',
    );
  });

  test('"n of N have answered" counts without naming anyone', () => {
    const a = workshopWith(false, [
      { answers: { goalsLinkedToBusiness: scale(2) } },
      { answers: { goalsLinkedToBusiness: { kind: 'dontKnow' } } },
      { answers: {} },
    ]);
    expect(answeredCount(a.workshop!, 'goalsLinkedToBusiness')).toEqual({ answered: 2, respondents: 3 });
    expect(answeredCount(removeRespondent(a.workshop!, 'r3'), 'goalsLinkedToBusiness')).toEqual({ answered: 2, respondents: 2 });
  });
});

describe('reveal and consensus', () => {
  test("reveal per question, per module and all, kept in the bank's order", () => {
    const w = workshopWith(false, []).workshop!;
    const one = reveal(w, ['audienceInsight']);
    expect(one.revealed).toEqual(['audienceInsight']);
    const strategy = reveal(
      one,
      QUESTIONS_BY_MODULE.strategy.map((x) => x.id),
    );
    expect(strategy.revealed).toEqual(QUESTIONS_BY_MODULE.strategy.map((x) => x.id));
    expect(
      reveal(
        strategy,
        QUESTIONS.map((x) => x.id),
      ).revealed,
    ).toHaveLength(QUESTIONS.length);
    expect(reveal(strategy, ['audienceInsight'])).toBe(strategy);
  });

  test("the team answer defaults to the median; a facilitator's answer overrides it and says it was changed", () => {
    let a = workshopWith(false, [
      { answers: { goalsLinkedToBusiness: scale(0) } },
      { answers: { goalsLinkedToBusiness: scale(2) } },
      { answers: { goalsLinkedToBusiness: scale(4) } },
    ]);
    expect(a.answers['goalsLinkedToBusiness']).toEqual(scale(2));
    expect(teamAnswer(a.workshop!, q('goalsLinkedToBusiness'))).toEqual({ answer: scale(2), changed: false });
    a = changeWorkshop(a, (w) => setConsensus(w, 'goalsLinkedToBusiness', scale(1)));
    expect(teamAnswer(a.workshop!, q('goalsLinkedToBusiness'))).toEqual({ answer: scale(1), changed: true });
    expect(a.answers['goalsLinkedToBusiness']).toEqual(scale(1));
    // Setting the median itself is no change; clearing goes back to the median.
    expect(teamAnswer(setConsensus(a.workshop!, 'goalsLinkedToBusiness', scale(2)), q('goalsLinkedToBusiness')).changed).toBe(false);
    a = changeWorkshop(a, (w) => setConsensus(w, 'goalsLinkedToBusiness', null));
    expect(a.answers['goalsLinkedToBusiness']).toEqual(scale(2));
  });

  test('scores and the plan come from the consensus, not from any one person', () => {
    const a = workshopWith(false, [{ answers: allAt('weak') }, { answers: allAt('good') }, { answers: allAt('strong') }]);
    const team = scoreAssessment(a);
    const middle = scoreAssessment({ answers: allAt('good'), profile: a.profile });
    expect(team.modules.map((m) => Math.round(m.score ?? -1))).toEqual(middle.modules.map((m) => Math.round(m.score ?? -1)));
    // The facilitator agrees the team is weak on strategy: the plan follows.
    const agreed = changeWorkshop(a, (w) =>
      QUESTIONS_BY_MODULE.strategy.reduce((acc, x) => setConsensus(acc, x.id, answerAt(x, 'weak')), w),
    );
    expect(scoreAssessment(agreed).modules[0]!.score!).toBeLessThan(team.modules[0]!.score!);
    expect(generatePlan(agreed).weakestModule).toBe('strategy');
  });

  test('to discuss lists only disagreements, widest first', () => {
    const a = workshopWith(true, [
      { answers: { goalsLinkedToBusiness: scale(0), audienceInsight: scale(1), writtenSocialPlan: { kind: 'choice', option: 'none' } } },
      { answers: { goalsLinkedToBusiness: scale(4), audienceInsight: scale(3), writtenSocialPlan: { kind: 'choice', option: 'none' } } },
    ]);
    expect(workshopToDiscuss(a.workshop!).map((x) => [x.question.id, x.spread.spread])).toEqual([
      ['goalsLinkedToBusiness', 100],
      ['audienceInsight', 50],
    ]);
  });
});

describe('what may be shown of each person', () => {
  const people = [
    { name: 'Kari', answers: allAt('weak') },
    { name: 'Ola', answers: allAt('strong') },
  ];

  test('named: one row per person with their module scores', () => {
    const b = respondentBreakdown(workshopWith(false, people));
    expect(b.kind).toBe('named');
    if (b.kind !== 'named') return;
    expect(b.respondents.map((r) => r.label)).toEqual([
      { kind: 'name', name: 'Kari' },
      { kind: 'name', name: 'Ola' },
    ]);
    expect(b.respondents[0]!.modules[0]!.score!).toBeLessThan(b.respondents[1]!.modules[0]!.score!);
  });

  test("anonymous: nothing for fewer than three; from three, each module's scores sorted and unlabelled", () => {
    expect(respondentBreakdown(workshopWith(true, people))).toEqual({ kind: 'hidden' });
    const three = workshopWith(true, [{ answers: allAt('strong') }, { answers: allAt('weak') }, { answers: allAt('good') }]);
    const b = respondentBreakdown(three);
    expect(b.kind).toBe('anonymous');
    if (b.kind !== 'anonymous') return;
    for (const m of b.modules) expect(m.scores).toEqual([...m.scores].sort((x, y) => (x ?? -1) - (y ?? -1)));
    expect(JSON.stringify(b)).not.toContain('r1');
  });

  test('exports: nothing of anyone unless chosen; then named by name in order, anonymous by letter and from three', () => {
    const named = workshopWith(false, people).workshop!;
    expect(exportedPeople(named)).toEqual([]);
    expect(exportedPeople({ ...named, includeIndividualAnswers: true }).map((r) => r.label)).toEqual([
      { kind: 'name', name: 'Kari' },
      { kind: 'name', name: 'Ola' },
    ]);
    const two = workshopWith(true, people).workshop!;
    expect(exportedPeople({ ...two, includeIndividualAnswers: true })).toEqual([]);
    const three = workshopWith(true, [...people, { answers: {} }]).workshop!;
    expect(exportedPeople(three)).toEqual([]);
    expect(exportedPeople({ ...three, includeIndividualAnswers: true }).map((r) => r.label)).toEqual(
      ['A', 'B', 'C'].map((letter) => ({ kind: 'letter', letter })),
    );
  });
});

describe("a participant's file added as a respondent", () => {
  const participant = (company: string, name: string, answers: Record<string, Answer>): Assessment => {
    const a = createAssessment('p1', NOW, 'nb');
    return { ...a, profile: { ...a.profile, companyName: company, respondent: name }, answers };
  };

  test("joins as a new respondent; the team answers follow; nobody's answers are touched", () => {
    const target = workshopWith(false, [{ name: 'Kari', answers: { goalsLinkedToBusiness: scale(0) } }]);
    const out = addRespondentFromFile(target, participant('Fjordbakeriet', 'Ola', { goalsLinkedToBusiness: scale(4) }), 'r9');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.assessment.workshop!.respondents.map((r) => [r.name, r.answers['goalsLinkedToBusiness']])).toEqual([
      ['Kari', scale(0)],
      ['Ola', scale(4)],
    ]);
    expect(out.assessment.answers['goalsLinkedToBusiness']).toEqual(scale(0));
    expect(out.notCarriedOver).toEqual([]);
  });

  test("anonymous: the participant's name is not kept, nor their file's id", () => {
    const target = workshopWith(true, []);
    const out = addRespondentFromFile(target, participant('Fjordbakeriet AS', 'Ola Nordmann', { goalsLinkedToBusiness: scale(3) }), 'r9');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const stored = JSON.stringify(out.assessment);
    expect(stored).not.toContain('Ola');
    expect(stored).not.toContain('"p1"');
  });

  test('another company, the same file twice, the same name twice, a workshop file and an empty file are refused', () => {
    const target = workshopWith(false, [{ name: 'Kari', answers: {} }]);
    const file = participant('Fjordbakeriet', 'Ola', { goalsLinkedToBusiness: scale(4) });
    expect(addRespondentFromFile(target, participant('Kafé Åpent', 'Ola', { goalsLinkedToBusiness: scale(4) }), 'r9')).toMatchObject({
      ok: false,
      problem: 'otherCompany',
      fileCompany: 'Kafé Åpent',
    });
    const once = addRespondentFromFile(target, file, 'r9');
    if (!once.ok) throw new Error('first add failed');
    expect(addRespondentFromFile(once.assessment, { ...file, profile: { ...file.profile, respondent: '' } }, 'r10')).toMatchObject({
      ok: false,
      problem: 'sameRespondent',
    });
    expect(addRespondentFromFile(target, participant('Fjordbakeriet', 'kari', { goalsLinkedToBusiness: scale(1) }), 'r9')).toMatchObject({
      ok: false,
      problem: 'sameRespondent',
    });
    expect(addRespondentFromFile(target, workshopWith(false, [{ answers: { goalsLinkedToBusiness: scale(1) } }]), 'r9')).toMatchObject({
      ok: false,
      problem: 'workshopFile',
    });
    expect(addRespondentFromFile(target, participant('Fjordbakeriet', 'Per', {}), 'r9')).toMatchObject({ ok: false, problem: 'noAnswers' });
  });

  test('company names are compared as people write them', () => {
    expect(sameCompany('Fjordbakeriet AS', ' fjordbakeriet ')).toBe(true);
    expect(sameCompany('Nordsjö Bygg AB', 'Nordsjö bygg')).toBe(true);
    expect(sameCompany('Fjordbakeriet', 'Fjellbakeriet')).toBe(false);
    expect(answersFingerprint({ a: scale(1), b: { kind: 'multi', options: ['x', 'y'] } })).toBe(
      answersFingerprint({ b: { kind: 'multi', options: ['y', 'x'] }, a: scale(1) }),
    );
    expect(answersFingerprint({ a: scale(1) })).not.toBe(answersFingerprint({ a: scale(2) }));
  });

  test('a file from an older question bank is mapped where questions match; the changed ones are listed', () => {
    // Bank 1 asked reply time in plain hours; bank 2 asks within opening hours. Goals are the same question.
    const old = participant('Fjordbakeriet', 'Ola', {});
    const v1 = JSON.parse(serializeAssessmentFile(old, '0.1.0', new Date(NOW))) as {
      schemaVersion: number;
      assessment: Record<string, unknown>;
    };
    v1.schemaVersion = 1;
    v1.assessment['answers'] = { goalsLinkedToBusiness: scale(3), replyTimeHours: { kind: 'number', value: 2 } };
    for (const k of ['bankVersion', 'needsNewAnswer', 'retiredAnswers']) delete v1.assessment[k];
    const parsed = parseAssessmentFile(new TextEncoder().encode(JSON.stringify(v1)));
    if (!parsed.ok) throw new Error(parsed.error.detail);
    const out = addRespondentFromFile(workshopWith(false, []), parsed.assessment, 'r1');
    if (!out.ok) throw new Error(out.problem);
    expect(out.assessment.workshop!.respondents[0]!.answers).toEqual({ goalsLinkedToBusiness: scale(3) });
    expect(out.notCarriedOver).toEqual(['replyTimeInOpeningHours']);
  });

  test('a workshop survives the file format: written, read back, equal', () => {
    const a = workshopWith(false, [
      { name: 'Kari', answers: allAt('good') },
      { name: 'Ola', answers: allAt('weak') },
    ]);
    const withConsensus = changeWorkshop(a, (w) => setConsensus(reveal(w, ['goalsLinkedToBusiness']), 'goalsLinkedToBusiness', scale(4)));
    const back = parseAssessmentFile(new TextEncoder().encode(serializeAssessmentFile(withConsensus, '0.2.0', new Date(NOW))));
    expect(back).toMatchObject({ ok: true, assessment: withConsensus });
  });
});
