/**
 * What main lets through to the projector's window: one slide as `projectorSlide` builds it, checked field by field
 * (`showPresentation`). Strict objects, so a slide that carries anything more (a name, a note, the assessment) is
 * refused, not passed on; questions must be the bank's, counts and scores in range.
 */
import { z } from 'zod';
import { projectorMarkSchema } from '../../renderer/src/domain/brand/brandSchema';
import { answerSchema, languageSchema } from '../../renderer/src/domain/files/schema';
import { MODULE_IDS } from '../../renderer/src/domain/model/types';
import { LIMITS } from '../../renderer/src/domain/model/limits';
import { BANDS } from '../../renderer/src/domain/scoring/scoring';
import { QUESTIONS, QUESTIONS_BY_ID } from '../../renderer/src/domain/bank';
import { DISCUSS_ON_SLIDE } from '../../renderer/src/domain/workshop/presentation';

const count = z.number().int().min(0).max(LIMITS.respondents);
const points = z.number().int().min(0).max(100);
const questionId = z.string().refine((id) => QUESTIONS_BY_ID.has(id));
const moduleId = z.enum(MODULE_IDS);

const bar = z.strictObject({ answer: answerSchema, count, key: z.number().int().min(1).max(20).nullable(), team: z.boolean() });

const revealed = z.strictObject({
  bars: z.array(bar).max(60),
  min: points.nullable(),
  median: points.nullable(),
  max: points.nullable(),
  spread: points,
  disagreement: z.boolean(),
  team: z.strictObject({ answer: answerSchema, changed: z.boolean() }).nullable(),
});

const body = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('question'),
    questionId,
    module: moduleId,
    number: z.number().int().min(1).max(QUESTIONS.length),
    answered: count,
    respondents: count,
    revealed: revealed.nullable(),
  }),
  z.strictObject({
    kind: z.literal('discuss'),
    items: z.array(z.strictObject({ questionId, module: moduleId, spread: points, min: points, max: points })).max(DISCUSS_ON_SLIDE),
  }),
  z.strictObject({
    kind: z.literal('scores'),
    modules: z.array(z.strictObject({ module: moduleId, score: points.nullable(), band: z.enum(BANDS).nullable() })).max(MODULE_IDS.length),
    overall: points.nullable(),
  }),
]);

export const projectorSlideSchema = z.strictObject({
  company: z.string().max(LIMITS.name),
  index: z
    .number()
    .int()
    .min(0)
    .max(QUESTIONS.length + 2),
  questionCount: z.number().int().min(0).max(QUESTIONS.length),
  body,
});

export const presentationStateSchema = z.strictObject({
  slide: projectorSlideSchema,
  language: languageSchema,
  // The brand's corner mark: its logos are checked as images again, whatever the window sends.
  mark: projectorMarkSchema.optional(),
});
