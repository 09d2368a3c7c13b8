/**
 * One size limit for an assessment, wherever it is written: stored in the data folder, exported, handed in. The
 * limit is the one every read applies (`MAX_FILE_BYTES`), so nothing is written that would not load again. Notes are
 * capped in characters, but a character can take up to four bytes: 20,000 "€" on every question is a 6.9 MB file.
 */
import type { Assessment } from '../../../renderer/src/domain/model/types';
import { MAX_FILE_BYTES, serializeAssessmentFile } from '../../../renderer/src/domain/files/fileFormat';
import { QUESTIONS_BY_ID, QUESTIONS_BY_MODULE } from '../../../renderer/src/domain/bank';
import { MODULE_IDS } from '../../../renderer/src/domain/model/types';
import type { TextPlace } from '../../shared/contract';

/** How many of the longest texts a refused save names: enough to find what to shorten, few enough to read. */
const NAMED_TEXTS = 3;

/** Thrown instead of writing an assessment whose file would be over the limit; names its longest texts. */
export class AssessmentTooLarge extends Error {
  constructor(
    readonly bytes: number,
    readonly longest: TextPlace[],
  ) {
    super(`${bytes} bytes is more than import accepts (${MAX_FILE_BYTES}): it would not load again`);
    this.name = 'AssessmentTooLarge';
  }
}

/** The assessment as a `.somekompass` file's bytes; throws `AssessmentTooLarge` when that is over the limit. */
export function serializeWithinLimit(assessment: Assessment, appVersion: string, now: Date): Uint8Array {
  const bytes = new TextEncoder().encode(serializeAssessmentFile(assessment, appVersion, now));
  if (bytes.length > MAX_FILE_BYTES) throw new AssessmentTooLarge(bytes.length, longestTexts(assessment));
  return bytes;
}

/** The places of the longest texts the user wrote, longest first: notes on questions and actions, reflections. */
export function longestTexts(assessment: Assessment, count = NAMED_TEXTS): TextPlace[] {
  const texts: Array<{ bytes: number; place: TextPlace }> = [];
  const add = (text: string | undefined, place: TextPlace): void => {
    if (text) texts.push({ bytes: new TextEncoder().encode(text).length, place });
  };
  for (const [id, note] of Object.entries(assessment.notes)) {
    const question = QUESTIONS_BY_ID.get(id);
    if (question)
      add(note, { kind: 'questionNote', module: question.module, number: QUESTIONS_BY_MODULE[question.module].indexOf(question) + 1 });
  }
  for (const [actionId, edit] of Object.entries(assessment.planEdits)) add(edit.note, { kind: 'actionNote', actionId });
  for (const module of MODULE_IDS) add(assessment.homework?.reflections[module], { kind: 'reflection', module });
  return texts
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
    .map((t) => t.place);
}
