/**
 * The shareable assessment file (`.somekompass`): one assessment as pretty-printed JSON with a small envelope
 * saying what the file is and which version of the format it follows. `docs/file-format.md` describes it in words,
 * `docs/somekompass.schema.json` is the published JSON Schema (generated from `assessmentFileSchema`).
 *
 * Parsing is written for files from anywhere: every byte is distrusted, nothing is evaluated, and each way a file
 * can be wrong ends in one `FileError` code the UI can explain in plain words.
 */
import { z } from 'zod';
import { assessmentSchema, languageSchema, RESERVED_KEYS } from './schema';
import type { Assessment, SetAsideItem } from '../model/types';
import { FILE_FORMAT, FILE_SCHEMA_VERSION, MAX_FILE_BYTES } from './fileFormatBasics';
import type { FileError } from './fileFormatBasics';
import { withBankVersion1 } from './storeMigrations';
import { BANK_VERSION, migrateToCurrentBank } from '../bank/bankMigrations';
import { bankProblems, setAsideWhatTheBankCannotHold } from '../bank/bankValidation';
import { salvageShape } from './salvage';
import { cleanName } from '../model/names';
import { MAX_JSON_DEPTH, tooDeepAt } from './jsonDepth';

export { FILE_ERROR_CODES, FILE_EXTENSION, FILE_FORMAT, FILE_SCHEMA_VERSION, MAX_FILE_BYTES, STORE_ERROR_CODES } from './fileFormatBasics';
export type { FileError, FileErrorCode } from './fileFormatBasics';

/** Room for any real version string ("1.4.2", "2.0.0-beta.3+build.17"). */
const MAX_APP_VERSION_CHARS = 40;

export const assessmentFileSchema = z.strictObject({
  format: z.literal(FILE_FORMAT),
  schemaVersion: z.literal(FILE_SCHEMA_VERSION),
  /** The version of SoMe-kompass that wrote the file; for support questions only, never acted on. */
  appVersion: z.string().max(MAX_APP_VERSION_CHARS),
  /** A copy of `assessment.planLanguage`, so a reader can tell the language without opening the assessment. */
  planLanguage: languageSchema,
  /** When the file was written, e.g. `2026-11-23T12:00:00.000Z`. */
  exportedAt: z.iso.datetime({ offset: true }),
  assessment: assessmentSchema,
});
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;

export type ParseOutcome =
  | {
      ok: true;
      assessment: Assessment;
      fromVersion: number;
      /** With `setAside`: what this reading took out because this version cannot use it (kept in the assessment). */
      setAside?: SetAsideItem[];
    }
  | { ok: false; error: FileError };

export interface ParseOptions {
  /**
   * For the app's own stored assessments: values this version cannot use (a shape or an answer an earlier version
   * allowed) are taken out and kept in `assessment.setAside` instead of refusing the whole assessment. Files from
   * outside are read without it and refused with a reason.
   */
  setAside?: boolean;
}

type Json = Record<string, unknown>;

/** FILE_MIGRATIONS[n] turns a file of version n into version n + 1 (same idea as the store's migrations). */
const FILE_MIGRATIONS: ReadonlyArray<(file: Json) => Json> = [
  // 0 -> 1: pre-release builds wrote the same envelope without `schemaVersion`.
  (file) => ({ ...file, schemaVersion: 1 }),
  // 1 -> 2: the assessment records the question bank's version; version 1 files hold answers to bank 1.
  (file) => ({ ...file, schemaVersion: 2, assessment: withBankVersion1(file.assessment) }),
  // 2 -> 3: workshops are new and optional; a version 2 file holds one respondent's answers as before.
  (file) => ({ ...file, schemaVersion: 3 }),
  // 3 -> 4: rounds and targets are new and optional; a version 3 file is a first round without targets.
  (file) => ({ ...file, schemaVersion: 4 }),
  // 4 -> 5: a respondent and the team may keep retired answers, and the assessment what it set aside (`setAside`).
  (file) => ({ ...file, schemaVersion: 5 }),
  // 5 -> 6: new industries (and other profile fields); a version 5 file holds none of them and is read as it is.
  (file) => ({ ...file, schemaVersion: 6 }),
  // 6 -> 7: the profile may say who fills in (`filledInBy`); a version 6 file has not said and is read as it is.
  (file) => ({ ...file, schemaVersion: 7 }),
  // 7 -> 8: the client's logo (`clientLogo`) and the consultant's brand sent with the file (`consultantBrand`), both
  // optional; a version 7 file has neither and is read as it is.
  (file) => ({ ...file, schemaVersion: 8 }),
];

/** How many validation problems the details view lists; the rest are counted. */
const MAX_LISTED_ISSUES = 20;
/** Caps on what the details view quotes from a file, so it never repeats a large part of it. */
const MAX_SEGMENT_CHARS = 40;
const MAX_LINE_CHARS = 200;
const MAX_DETAIL_CHARS = (MAX_LISTED_ISSUES + 1) * (MAX_LINE_CHARS + 1);

export function serializeAssessmentFile(assessment: Assessment, appVersion: string, now: Date): string {
  const file: AssessmentFile = {
    format: FILE_FORMAT,
    schemaVersion: FILE_SCHEMA_VERSION,
    // Cut rather than fail: the schema caps it, and a long development build name must not block an export.
    appVersion: appVersion.slice(0, MAX_APP_VERSION_CHARS),
    planLanguage: assessment.planLanguage,
    exportedAt: now.toISOString(),
    assessment,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const fail = (code: FileError['code'], detail: string, extra: Pick<FileError, 'found' | 'supported' | 'question'> = {}): ParseOutcome => ({
  ok: false,
  error: { code, detail: clip(detail, MAX_DETAIL_CHARS), ...extra },
});

/**
 * Reads one `.somekompass` file's bytes into an assessment, or says exactly why it cannot. Older format versions
 * are migrated first (`fromVersion` says which version the file had). The assessment keeps the file's id and
 * dates; the caller gives it a new id, so an import never replaces anything.
 */
export function parseAssessmentFile(bytes: Uint8Array, options: ParseOptions = {}): ParseOutcome {
  if (bytes.length > MAX_FILE_BYTES) return fail('tooLarge', `${bytes.length} bytes; the limit is ${MAX_FILE_BYTES} bytes`);
  if (bytes.length === 0) return fail('empty', 'the file has 0 bytes');
  // Text files never hold NUL; a NUL early on is the quickest sign of an image, archive or office document.
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail('binary', `NUL byte at offset ${nul}`);
  let text: string;
  try {
    // `fatal` rejects invalid UTF-8 instead of quietly replacing it; a leading BOM (some editors add one) is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('binary', 'the bytes are not valid UTF-8 text');
  }
  if (text.trim() === '') return fail('empty', `only white space (${bytes.length} bytes)`);
  const deepAt = tooDeepAt(text);
  if (deepAt !== -1) return fail('invalid', `nested more than ${MAX_JSON_DEPTH} levels deep at offset ${deepAt}`);

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('notJson', `not valid JSON: ${jsonErrorWithoutExcerpt(error)}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return fail(
      'notOurFormat',
      `top level is ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : `a ${typeof raw}`}, not an object`,
    );
  const file = raw as Json;
  if (file.format !== FILE_FORMAT)
    return fail(
      'notOurFormat',
      typeof file.format === 'string'
        ? `format is "${clip(file.format, MAX_SEGMENT_CHARS)}", expected "${FILE_FORMAT}"`
        : `no "format": "${FILE_FORMAT}"`,
    );

  const reserved = findReservedKey(file);
  if (reserved) return fail('invalid', `reserved key "${reserved.key}" at ${reserved.path}`);

  const version = file.schemaVersion === undefined ? 0 : file.schemaVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0)
    return fail('invalid', `schemaVersion must be a whole number from 0, found ${clip(JSON.stringify(version), MAX_SEGMENT_CHARS)}`);
  if (version > FILE_SCHEMA_VERSION)
    return fail('newerVersion', `file format version ${version}; this app reads up to version ${FILE_SCHEMA_VERSION}`, {
      found: version,
      supported: FILE_SCHEMA_VERSION,
    });

  let current = file;
  for (let v = version; v < FILE_SCHEMA_VERSION; v++) {
    const step = FILE_MIGRATIONS[v];
    if (!step) return fail('invalid', `no migration from file format version ${v}`);
    current = step(current);
  }

  const bankVersion = (current.assessment as Json | null | undefined)?.bankVersion;
  if (typeof bankVersion === 'number' && Number.isSafeInteger(bankVersion) && bankVersion > BANK_VERSION)
    return fail('newerVersion', `question bank version ${bankVersion}; this app knows up to version ${BANK_VERSION}`, {
      found: bankVersion,
      supported: BANK_VERSION,
    });

  if (options.setAside) return parseKeepingWhatDoesNotFit(current, version);
  const parsed = assessmentFileSchema.safeParse(current);
  if (!parsed.success) return fail('invalid', describeIssues(parsed.error.issues));
  // Answers to questions the bank has changed since are retired and marked for a new answer, never re-scored.
  const assessment = migrateToCurrentBank(withCleanNames(parsed.data.assessment));
  // Then every answer must be one this bank can hold; the first problem names the question.
  const problems = bankProblems(assessment);
  const first = problems[0];
  if (first) {
    const detail = problems
      .slice(0, MAX_LISTED_ISSUES)
      .map((p) => clip(`assessment.${p.path}: ${p.problem}`, MAX_LINE_CHARS))
      .join('\n');
    return first.question ? fail('answerMismatch', detail, { question: first.question }) : fail('invalid', detail);
  }
  return { ok: true, assessment, fromVersion: version };
}

/**
 * One assessment as the single-file store of earlier versions held it (a bare assessment, no file envelope), read the
 * way a stored file is read: migrated, and with what this version cannot use set aside rather than refused.
 */
export function readStoredAssessment(raw: unknown): ParseOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('notOurFormat', 'not an object');
  const reserved = findReservedKey(raw);
  if (reserved) return fail('invalid', `reserved key "${reserved.key}" at ${reserved.path}`);
  const assessment = withBankVersion1(raw) as Json;
  const bankVersion = assessment.bankVersion;
  if (typeof bankVersion === 'number' && bankVersion > BANK_VERSION)
    return fail('newerVersion', `question bank version ${bankVersion}; this app knows up to version ${BANK_VERSION}`);
  const envelope: Json = {
    format: FILE_FORMAT,
    schemaVersion: FILE_SCHEMA_VERSION,
    appVersion: '',
    planLanguage: assessment.planLanguage,
    exportedAt: new Date(0).toISOString(),
    assessment,
  };
  return parseKeepingWhatDoesNotFit(envelope, FILE_SCHEMA_VERSION);
}

/** The lenient half of `parseAssessmentFile`: whatever does not fit is kept aside, and only what cannot be read fails. */
function parseKeepingWhatDoesNotFit(file: Json, fromVersion: number): ParseOutcome {
  // The schema first: almost every stored file fits it, and only one that does not is taken apart.
  let parsed = assessmentFileSchema.safeParse(file);
  let shape: { setAside: SetAsideItem[] } = { setAside: [] };
  if (!parsed.success) {
    const salvaged = salvageShape(file.assessment);
    shape = salvaged;
    parsed = assessmentFileSchema.safeParse({ ...file, assessment: salvaged.assessment });
  }
  if (!parsed.success) return fail('invalid', describeIssues(parsed.error.issues));
  const fitted = setAsideWhatTheBankCannotHold(migrateToCurrentBank(withCleanNames(parsed.data.assessment)));
  const setAside = [...shape.setAside, ...fitted.setAside];
  return { ok: true, assessment: fitted.assessment, fromVersion, ...(setAside.length > 0 ? { setAside } : {}) };
}

/**
 * The names in an assessment as a reader sees them (`cleanName`): a name read from a file may carry invisible control
 * or direction marks that would make one person two, or turn a name around on screen.
 */
function withCleanNames(a: Assessment): Assessment {
  return {
    ...a,
    profile: { ...a.profile, companyName: cleanName(a.profile.companyName), respondent: cleanName(a.profile.respondent) },
    ...(a.homework ? { homework: { ...a.homework, student: cleanName(a.homework.student) } } : {}),
    ...(a.workshop
      ? { workshop: { ...a.workshop, respondents: a.workshop.respondents.map((r) => ({ ...r, name: cleanName(r.name) })) } }
      : {}),
  };
}

/** V8 quotes a piece of the input in some messages ("Unexpected token 'x', "…" is not valid JSON"); keep only the rest. */
function jsonErrorWithoutExcerpt(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return clip(message.replace(/, (?:\.\.\.)?"[\s\S]*$/, ''), MAX_LINE_CHARS);
}

interface WalkNode {
  value: unknown;
  key: string;
  parent: WalkNode | null;
}

/**
 * The first reserved key anywhere in parsed JSON, with its path. Iterative, because a hostile file can nest
 * arrays millions deep and a recursive walk would overflow the stack.
 */
function findReservedKey(root: unknown): { key: string; path: string } | null {
  const pending: WalkNode[] = [{ value: root, key: '', parent: null }];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const { value } = node;
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      const child: WalkNode = { value: (value as Json)[key], key, parent: node };
      if (RESERVED_KEYS.has(key)) return { key, path: pathOf(child) };
      pending.push(child);
    }
  }
  return null;
}

function pathOf(node: WalkNode): string {
  const keys: string[] = [];
  for (let n: WalkNode | null = node; n?.parent; n = n.parent) keys.push(clip(n.key, MAX_SEGMENT_CHARS));
  keys.reverse();
  // A path millions deep is itself an attack; show its ends.
  if (keys.length > 12) return [...keys.slice(0, 6), `…(${keys.length - 12} more)…`, ...keys.slice(-6)].join('.');
  return keys.join('.') || '(top level)';
}

/** One line per zod issue ("assessment.answers.q1.level: Invalid input"), the first few only, each clipped. */
function describeIssues(issues: ReadonlyArray<z.core.$ZodIssue>): string {
  const lines = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => {
    const path = issue.path.map((segment) => clip(String(segment), MAX_SEGMENT_CHARS)).join('.') || '(top level)';
    return clip(`${path}: ${issue.message}`, MAX_LINE_CHARS);
  });
  if (issues.length > MAX_LISTED_ISSUES) lines.push(`… and ${issues.length - MAX_LISTED_ISSUES} more`);
  return lines.join('\n');
}
