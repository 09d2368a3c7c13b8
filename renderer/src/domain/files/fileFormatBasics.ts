/**
 * The zod-free half of the `.somekompass` file format: names, limits and the error type. The renderer imports
 * these (file filters, the size in an error message) without pulling the validation code and zod into its bundle;
 * `fileFormat.ts` re-exports them with the schema and the parser.
 */

export const FILE_FORMAT = 'some-kompass-assessment';
/** 2: assessments record the question bank's version (`bankVersion`, `needsNewAnswer`, `retiredAnswers`). */
/** 3: an assessment may hold a workshop (respondents, reveals, the team's answers); older apps refuse it as newer. */
/** 4: an assessment may be a follow-up round (`round`), have targets per area (`targets`) and be homework (`homework`). */
/** 5: a respondent and the team may keep retired answers (`retiredAnswers`, `retiredConsensus`), and an assessment what it set aside (`setAside`). */
/** 6: new industries (legal, finance, public sector, education and wellness: sector rules) and the profile's optional
 *  `localCustomers` (customers come to the company or it serves a local area). */
/** 7: the profile's optional `filledInBy` (owner or manager, employee, consultant); older apps refuse it as newer. */
export const FILE_SCHEMA_VERSION = 8;
export const FILE_EXTENSION = 'somekompass';

/**
 * 5 MiB. A real file is a few tens of KB; even every note of every question and action in the bank filled to the
 * 20,000-character limit is about 2.2 MB. The limit is there so a wrong or hostile file cannot make us read
 * hundreds of megabytes into memory; exporting refuses to write anything larger, so we never write a file we
 * would not read back.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const FILE_ERROR_CODES = [
  'empty',
  'binary',
  'notJson',
  'notOurFormat',
  'newerVersion',
  'invalid',
  // Well-formed, but an answer this question bank cannot hold (a wrong kind, option or range): names the question.
  'answerMismatch',
  'tooLarge',
  'unreadable',
  'vanished',
  // The file was fine, but the app could not keep it: the most assessments it holds, or a save that failed.
  'storeFull',
  'notSaved',
] as const;
/** The codes that describe the app's own data rather than the file. */
export const STORE_ERROR_CODES: ReadonlyArray<FileErrorCode> = ['storeFull', 'notSaved'];
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

/**
 * Why a file could not be imported. `code` picks the message the user sees (`files:import.errors.<code>`);
 * `detail` is a short technical English description for "show details", never the file's content.
 * `found`/`supported` are the file's and the app's format versions, set for `newerVersion`.
 */
export interface FileError {
  code: FileErrorCode;
  found?: number;
  supported?: number;
  /** For `answerMismatch`: the question as the user sees it, its area and its number there. */
  question?: { module: 'strategy' | 'channels' | 'responsiveness' | 'authenticity'; number: number };
  detail: string;
}
