/**
 * Runtime validation of everything that crosses a trust boundary: IPC arguments and the store on disk.
 * Used by the main process only (the renderer never needs zod, which keeps its bundle small).
 */
import { z } from 'zod';
import {
  ACTION_STATUSES,
  AD_BUDGETS,
  AGE_BANDS,
  CHANNELS,
  COMPANY_SIZES,
  CUSTOMER_TYPES,
  FILLED_IN_BY,
  GOALS,
  INDUSTRIES,
  LANGUAGES,
  MARKETS,
  PLACEMENTS,
  MODULE_IDS,
  TARGET_BANDS,
} from '../model/types';
import type { Assessment } from '../model/types';
import { LIMITS } from '../model/limits';
import { BANK_VERSION } from '../bank/bankMigrations';
import { rememberedDueDatesSchema } from '../homework/classFile';
import { brandSchema, logoSchema } from '../brand/brandSchema';

// zod 4 probes `new Function` unless told not to, which a strict CSP forbids.
z.config({ jitless: true });

export { LIMITS };

/** Keys that must never become own properties of a record built from outside data. */
/** Keys that must never become own properties of objects built from outside data (IPC, store, files). */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
export const recordKey = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/)
  .max(LIMITS.id)
  .refine((k) => !RESERVED_KEYS.has(k), { message: 'reserved key' });

const uniqueList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .refine((list) => new Set(list).size === list.length, { message: 'duplicates' });

export const languageSchema = z.enum(LANGUAGES);
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/);
/** An ISO 8601 date and time as `Date.prototype.toISOString` writes it (an offset is accepted too). */
const isoDateTime = z.iso.datetime({ offset: true }).max(40);

export const profileSchema = z.strictObject({
  companyName: z.string().max(LIMITS.name),
  respondent: z.string().max(LIMITS.name),
  industry: z.enum(INDUSTRIES).nullable(),
  customerType: z.enum(CUSTOMER_TYPES).nullable(),
  size: z.enum(COMPANY_SIZES).nullable(),
  markets: uniqueList(MARKETS),
  ageBands: uniqueList(AGE_BANDS),
  goals: uniqueList(GOALS),
  hoursPerWeek: z.number().finite().min(0).max(168).nullable(),
  channels: uniqueList(CHANNELS),
  adBudget: z.enum(AD_BUDGETS).nullable(),
  localCustomers: z.boolean().nullable().optional(),
  filledInBy: z.enum(FILLED_IN_BY).nullable().optional(),
});

export const answerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('scale'), level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) }),
  z.strictObject({ kind: z.literal('choice'), option: recordKey }),
  z.strictObject({ kind: z.literal('multi'), options: z.array(recordKey).max(50) }),
  z.strictObject({ kind: z.literal('number'), value: z.number().finite().min(-1e9).max(1e9) }),
  z.strictObject({ kind: z.literal('dontKnow') }),
  z.strictObject({ kind: z.literal('notApplicable') }),
]);

export const actionEditSchema = z.strictObject({
  owner: z.string().max(LIMITS.name),
  due: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  status: z.enum(ACTION_STATUSES),
  note: z.string().max(LIMITS.note),
  placement: z.enum(PLACEMENTS).optional(),
});

const boundedRecord = <T extends z.ZodType>(value: T, max: number) =>
  z.record(recordKey, value).refine((r) => Object.keys(r).length <= max, { message: 'too many entries' });

const respondentSchema = z.strictObject({
  id: idSchema,
  name: z.string().max(LIMITS.name),
  answers: boundedRecord(answerSchema, LIMITS.answers),
  retiredAnswers: boundedRecord(answerSchema, LIMITS.answers).optional(),
  fileFingerprint: z
    .string()
    .regex(/^[0-9a-f]{1,32}$/)
    .optional(),
});

export const workshopSchema = z
  .strictObject({
    anonymous: z.boolean(),
    respondents: z
      .array(respondentSchema)
      .max(LIMITS.respondents)
      .refine((list) => new Set(list.map((r) => r.id)).size === list.length, { message: 'duplicate respondent id' }),
    revealed: z.array(recordKey).max(LIMITS.answers),
    consensus: boundedRecord(answerSchema, LIMITS.answers),
    retiredConsensus: boundedRecord(answerSchema, LIMITS.answers).optional(),
    includeIndividualAnswers: z.boolean(),
  })
  // An anonymous workshop keeps no names: a file that says otherwise is refused, never shown.
  .refine((w) => !w.anonymous || w.respondents.every((r) => r.name === ''), { message: 'names in an anonymous workshop' });

/** Room for every answer, edit and id of an assessment set aside twice over. */
const MAX_SET_ASIDE = 4 * LIMITS.answers;
/** A set-aside value is something the assessment held: an answer, a plan edit with its note, a date, an id. */
export const MAX_SET_ASIDE_CHARS = 2 * LIMITS.note + 1_000;

/** Plain JSON data no deeper than `depth` levels (a set-aside value is kept as it was, so its shape is not known). */
function isShallowJson(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value !== 'object' || depth === 0) return false;
  return Object.values(value as Record<string, unknown>).every((v) => isShallowJson(v, depth - 1));
}

export const setAsideItemSchema = z.strictObject({
  path: z.string().max(400),
  value: z.unknown().refine((v) => v !== undefined && isShallowJson(v, 8) && JSON.stringify(v).length <= MAX_SET_ASIDE_CHARS, {
    message: 'not a small JSON value',
  }),
  problem: z.string().max(400),
});

export const assessmentSchema = z.strictObject({
  id: idSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  planLanguage: languageSchema,
  profile: profileSchema,
  answers: boundedRecord(answerSchema, LIMITS.answers),
  notes: boundedRecord(z.string().max(LIMITS.note), LIMITS.answers),
  planEdits: boundedRecord(actionEditSchema, LIMITS.answers),
  /** Answers from a newer question bank than this app knows are refused, never guessed at. */
  bankVersion: z.number().int().min(1).max(BANK_VERSION),
  needsNewAnswer: z.array(recordKey).max(LIMITS.answers),
  retiredAnswers: boundedRecord(answerSchema, LIMITS.answers),
  workshop: workshopSchema.optional(),
  round: z
    .strictObject({
      series: idSchema,
      number: z.number().int().min(2).max(1000),
      previousId: idSchema,
      carriedOver: z.array(recordKey).max(LIMITS.answers),
    })
    .optional(),
  targets: z.partialRecord(z.enum(MODULE_IDS), z.enum(TARGET_BANDS)).optional(),
  homework: z
    .strictObject({
      student: z.string().max(LIMITS.name),
      course: z.string().max(LIMITS.course),
      minWords: z.number().int().min(0).max(LIMITS.minWords),
      reflections: z.partialRecord(z.enum(MODULE_IDS), z.string().max(LIMITS.note)),
      handedInAt: isoDateTime.nullable(),
    })
    .optional(),
  setAside: z.array(setAsideItemSchema).max(MAX_SET_ASIDE).optional(),
  clientLogo: logoSchema.optional(),
  consultantBrand: brandSchema.optional(),
}) satisfies z.ZodType<Assessment>;

export const windowStateSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const settingsSchema = z.strictObject({
  /** null until the user picks one: the app then follows the system language. */
  uiLanguage: languageSchema.nullable(),
  window: windowStateSchema.nullable(),
  /** The folder of the last file saved or opened, where the next dialog starts. */
  lastFolder: z.string().max(4096).nullable(),
  /** The .somekompass files imported or exported lately, newest first: the File menu's "Open recent". */
  recentFiles: z.array(z.string().min(1).max(4096)).max(10),
  /** The class overview's due dates for classes not saved as a class file (none until a teacher sets one). */
  classDueDates: rememberedDueDatesSchema.optional(),
  /** The consultant's brand on exports (none until they fill it in; older settings have none). */
  brand: brandSchema.optional(),
  /** "Companies like yours" in the comparison: off until the consultant turns it on (older settings have none). */
  peerComparison: z.boolean().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The last version of the single-file store, which held every assessment; migrations bring older files up to it. */
export const STORE_SCHEMA_VERSION = 3;
/** Since version 4 the store file holds the settings only; each assessment has its own file. */
export const SETTINGS_SCHEMA_VERSION = 4;

export const storeDataSchema = z.strictObject({
  schemaVersion: z.literal(STORE_SCHEMA_VERSION),
  assessments: z.array(assessmentSchema).max(LIMITS.assessments),
  // The single-file store's settings had no recent files; each setting is validated on its own when loaded.
  settings: z.record(z.string(), z.unknown()),
});
export type StoreData = z.infer<typeof storeDataSchema>;

export const DEFAULT_SETTINGS: Settings = { uiLanguage: null, window: null, lastFolder: null, recentFiles: [] };
/** How many files "Open recent" lists. */
export const MAX_RECENT_FILES = 10;
