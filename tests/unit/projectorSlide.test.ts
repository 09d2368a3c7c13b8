/**
 * The projector's slide model (domain/workshop/presentation.ts, `projectorSlide`) and main's check of it
 * (electron/main/projectorSlideSchema.ts): whatever the workshop holds, what travels to the projector's window never
 * carries a respondent's name or id, a note or the respondent field of the profile, does not change when the names
 * do, shows nothing of a question before it is revealed, and is exactly what main lets through.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { projectorSlide, presentationSlides } from '../../renderer/src/domain/workshop/presentation';
import {
  addRespondent,
  changeWorkshop,
  createWorkshopAssessment,
  reveal,
  setConsensus,
  setRespondentAnswers,
} from '../../renderer/src/domain/workshop/workshop';
import { QUESTIONS } from '../../renderer/src/domain/bank';
import type { Assessment } from '../../renderer/src/domain/model/types';
import { presentationStateSchema } from '../../electron/main/projectorSlideSchema';
import { answerAt, type Level } from '../fixtures/companies';

const LEVELS: ReadonlyArray<Level> = ['weak', 'middling', 'good', 'strong', 'unsure'];
/** Names as people have them: two words, so none can hide in a JSON key or a question id by chance. */
const personName = fc.stringMatching(/^[A-ZÆØÅ][a-zæøåé]{2,10} [A-ZÆØÅ][a-zæøå]{2,12}$/);
const NOTE = 'Hemmelig notat om lønn';

interface WorkshopCase {
  anonymous: boolean;
  people: Array<{ id: string; name: string; answers: Array<[number, number]> }>;
  revealed: number[];
  consensus: Array<[number, number]>;
  respondentField: string;
  slide: number;
}

const workshopCase: fc.Arbitrary<WorkshopCase> = fc.record({
  anonymous: fc.boolean(),
  people: fc.array(
    fc.record({
      id: fc.uuid(),
      name: personName,
      answers: fc.array(fc.tuple(fc.nat(QUESTIONS.length - 1), fc.nat(LEVELS.length - 1)), { maxLength: 40 }),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  revealed: fc.array(fc.nat(QUESTIONS.length - 1), { maxLength: 30 }),
  consensus: fc.array(fc.tuple(fc.nat(QUESTIONS.length - 1), fc.nat(LEVELS.length - 2)), { maxLength: 5 }),
  respondentField: personName,
  slide: fc.nat(QUESTIONS.length + 2),
});

/** The workshop a case describes, with the people's names (and ids) as given. */
function build(
  c: WorkshopCase,
  names: (i: number) => string = (i) => c.people[i]!.name,
  ids: (i: number) => string = (i) => c.people[i]!.id,
) {
  let a: Assessment = createWorkshopAssessment('w1', '2026-11-30T09:00:00.000Z', 'nb', c.anonymous);
  a = {
    ...a,
    profile: { ...a.profile, companyName: 'Nordlys Regnskap AS', respondent: c.respondentField, channels: ['facebook', 'linkedin'] },
    notes: Object.fromEntries(QUESTIONS.map((q) => [q.id, NOTE])),
  };
  c.people.forEach((p, i) => {
    const answers = Object.fromEntries(p.answers.map(([q, level]) => [QUESTIONS[q]!.id, answerAt(QUESTIONS[q]!, LEVELS[level]!)]));
    // An anonymous workshop keeps no names at all; a named one keeps them in the facilitator's window.
    a = changeWorkshop(a, (w) => setRespondentAnswers(addRespondent(w, ids(i), c.anonymous ? '' : names(i)), ids(i), answers));
  });
  a = changeWorkshop(a, (w) =>
    reveal(
      w,
      c.revealed.map((i) => QUESTIONS[i]!.id),
    ),
  );
  for (const [q, level] of c.consensus)
    a = changeWorkshop(a, (w) => setConsensus(w, QUESTIONS[q]!.id, answerAt(QUESTIONS[q]!, LEVELS[level]!)));
  return a;
}

describe("the projector's slide", () => {
  test("never carries a name, a respondent id, a note or the profile's respondent, on any slide", () => {
    fc.assert(
      fc.property(workshopCase, (c) => {
        const a = build(c);
        const sent = JSON.stringify(projectorSlide(a, c.slide));
        for (const p of c.people) {
          expect(sent).not.toContain(p.name);
          expect(sent).not.toContain(p.id);
        }
        expect(sent).not.toContain(c.respondentField);
        expect(sent).not.toContain(NOTE);
      }),
      { numRuns: 300 },
    );
  });

  test('is the same whoever the respondents are: other names and ids give the very same slide', () => {
    fc.assert(
      fc.property(workshopCase, (c) => {
        const renamed = build(
          c,
          (i) => `Annen Person${'x'.repeat(i)}`,
          (i) => `other-${i}`,
        );
        expect(projectorSlide(renamed, c.slide)).toEqual(projectorSlide(build(c), c.slide));
      }),
      { numRuns: 150 },
    );
  });

  test('shows nothing of the answers to a question before it is revealed, only how many have answered', () => {
    fc.assert(
      fc.property(workshopCase, (c) => {
        const a = build({ ...c, revealed: [] });
        const slides = presentationSlides(a);
        const at = Math.min(c.slide, slides.length - 1);
        const body = projectorSlide(a, at).body;
        if (body.kind === 'question') expect(body.revealed).toBeNull();
        if (body.kind === 'discuss') expect(body.items).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test('main lets every slide the builder makes through unchanged, and refuses anything more', () => {
    fc.assert(
      fc.property(workshopCase, fc.constantFrom('nb' as const, 'sv' as const), (c, language) => {
        const state = { slide: projectorSlide(build(c), c.slide), language };
        const parsed = presentationStateSchema.safeParse(state);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(state);
      }),
      { numRuns: 150 },
    );
    const c = fc.sample(workshopCase, { numRuns: 1, seed: 14 })[0]!;
    const a = build({ ...c, anonymous: false });
    const slide = projectorSlide(a, 0);
    // The old message carried the whole assessment; an added name anywhere is refused, as is a question not in the bank.
    expect(presentationStateSchema.safeParse({ assessment: a, slide: 0, language: 'nb' }).success).toBe(false);
    expect(presentationStateSchema.safeParse({ slide: { ...slide, names: ['Kari Nordmann'] }, language: 'nb' }).success).toBe(false);
    expect(
      presentationStateSchema.safeParse({ slide: { ...slide, body: { ...slide.body, respondent: 'Kari' } }, language: 'nb' }).success,
    ).toBe(false);
    if (slide.body.kind === 'question')
      expect(
        presentationStateSchema.safeParse({ slide: { ...slide, body: { ...slide.body, questionId: 'notAQuestion' } }, language: 'nb' })
          .success,
      ).toBe(false);
  });
});
