/**
 * Adding a participant's own `.somekompass` file to a workshop as a respondent: the one place where a file is merged
 * into an existing assessment, and then only as a new respondent, never over anyone's answers. Pure: main reads and
 * checks the file (fileFormat.ts, which also maps an older question bank onto this one); this decides whether it
 * belongs in the workshop.
 */
import type { Answer, Assessment, Workshop } from '../model/types';
import { LIMITS } from '../model/limits';
import { hash53 } from '../model/hash';
import { cleanName, nameKey } from '../model/names';
import { addRespondent, changeWorkshop, setRespondentAnswers } from './workshop';

/** Why a file that is a good `.somekompass` file still cannot join this workshop. */
export type RespondentFileProblem =
  /** It is a workshop itself, with its own respondents: not one person's answers. */
  | 'workshopFile'
  /** It holds no answers at all: nothing to add. */
  | 'noAnswers'
  /** It was filled in for another company than the workshop's. */
  | 'otherCompany'
  /** The same answers (the same file) are in the workshop already, or, in a named workshop, the same name. */
  | 'sameRespondent'
  /** The workshop has as many respondents as it may. */
  | 'full';

export type RespondentFileOutcome =
  | {
      ok: true;
      assessment: Assessment;
      respondentId: string;
      /** Questions whose answer in the file was to an older, changed version: not carried over, asked again. */
      notCarriedOver: string[];
    }
  /** `fileRespondent` is blank for an anonymous workshop: its screens never get a participant's name to show. */
  | { ok: false; problem: RespondentFileProblem; fileCompany: string; fileRespondent: string };

/** Company names compared as people write them: case, spacing and a trailing "AS"/"AB" aside. */
export function sameCompany(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s
      .normalize('NFKC')
      .toLocaleLowerCase('nb')
      .replace(/[.,]/g, ' ')
      .replace(/\s+(as|asa|ab|da|ans|sa|ltd)\s*$/u, '')
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

/** A short fingerprint of a set of answers (53-bit FNV/cyrb53 style), in hex; equal answers give equal prints. */
export function answersFingerprint(answers: Record<string, Answer>): string {
  const canonical = JSON.stringify(
    Object.keys(answers)
      .sort()
      .map((id) => {
        const a = answers[id];
        return [id, a?.kind === 'multi' ? { ...a, options: [...a.options].sort() } : a];
      }),
  );
  return hash53(canonical).toString(16);
}

/**
 * Adds the answers of one participant's file to the workshop as a new respondent (`respondentId`). The file has been
 * read and checked by `parseAssessmentFile`, so its answers fit this question bank; answers to questions that have
 * changed since the participant's version are not carried over and are listed. In an anonymous workshop, nothing
 * of the file's profile is kept, not even the name.
 */
export function addRespondentFromFile(target: Assessment, file: Assessment, respondentId: string): RespondentFileOutcome {
  const w: Workshop | undefined = target.workshop;
  if (!w) throw new Error('addRespondentFromFile: the assessment is not a workshop');
  const fileCompany = cleanName(file.profile.companyName);
  const fileRespondent = w.anonymous ? '' : cleanName(file.profile.respondent);
  const refuse = (problem: RespondentFileProblem): RespondentFileOutcome => ({ ok: false, problem, fileCompany, fileRespondent });
  if (file.workshop && file.workshop.respondents.length > 0) return refuse('workshopFile');
  if (Object.keys(file.answers).length === 0) return refuse('noAnswers');
  const company = target.profile.companyName.trim();
  // A blank name on either side cannot be told apart; a participant often leaves the profile to the facilitator.
  if (company && fileCompany && !sameCompany(company, fileCompany)) return refuse('otherCompany');
  const fingerprint = answersFingerprint(file.answers);
  if (w.respondents.some((r) => r.fileFingerprint === fingerprint)) return refuse('sameRespondent');
  if (fileRespondent && w.respondents.some((r) => nameKey(r.name) === nameKey(fileRespondent))) return refuse('sameRespondent');
  if (w.respondents.length >= LIMITS.respondents) return refuse('full');
  let workshop = addRespondent(w, respondentId, fileRespondent);
  workshop = setRespondentAnswers(workshop, respondentId, { ...file.answers });
  workshop = {
    ...workshop,
    // The file's answers to questions a newer bank changed stay with the person, kept as retired, never used.
    respondents: workshop.respondents.map((r) =>
      r.id === respondentId
        ? {
            ...r,
            fileFingerprint: fingerprint,
            ...(Object.keys(file.retiredAnswers).length > 0 ? { retiredAnswers: { ...file.retiredAnswers } } : {}),
          }
        : r,
    ),
  };
  return {
    ok: true,
    assessment: changeWorkshop(target, () => workshop),
    respondentId,
    notCarriedOver: file.needsNewAnswer.filter((id) => file.answers[id] === undefined),
  };
}
