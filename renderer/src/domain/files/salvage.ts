/**
 * Stored assessments are the app's own data, written by this version or an earlier one: one value that today's
 * rules refuse (a shape an earlier version allowed) must never make the whole assessment unreachable. This takes
 * such values out of the places that hold many (answers, notes, plan edits, id lists) and keeps them in
 * `setAside`, so the rest can be read. Imported files from outside are not salvaged: they are refused with a reason.
 */
import { actionEditSchema, answerSchema, MAX_SET_ASIDE_CHARS, recordKey, setAsideItemSchema } from './schema';
import { LIMITS } from '../model/limits';
import type { SetAsideItem } from '../model/types';

type Json = Record<string, unknown>;

const isAnswer = (v: unknown): boolean => answerSchema.safeParse(v).success;
const isActionEdit = (v: unknown): boolean => actionEditSchema.safeParse(v).success;
const isNote = (v: unknown): boolean => typeof v === 'string' && v.length <= LIMITS.note;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as it can be kept: itself when small and plain, else its text cut to fit (said so in the problem). */
function keepable(path: string, value: unknown, problem: string): SetAsideItem {
  const item = { path: path.slice(0, 400), value, problem };
  if (setAsideItemSchema.safeParse(item).success) return item;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return {
    path: item.path,
    value: text.slice(0, MAX_SET_ASIDE_CHARS - 100),
    problem: `${problem} (too large or too deep to keep whole; cut)`,
  };
}

/** A record (by id) with only the entries `schema` accepts; the others go to `out`. */
function salvageRecord(record: unknown, path: string, fits: (value: unknown) => boolean, out: SetAsideItem[]): unknown {
  if (!isObject(record)) return record;
  const kept: Json = {};
  for (const [key, value] of Object.entries(record)) {
    if (recordKey.safeParse(key).success && fits(value)) kept[key] = value;
    else out.push(keepable(`${path}.${key}`, value, 'not a value this version can read'));
  }
  return kept;
}

/** A list of question ids with only the well-formed ones; the others go to `out`. */
function salvageIdList(list: unknown, path: string, out: SetAsideItem[]): unknown {
  if (!Array.isArray(list)) return list;
  return list.filter((id) => {
    if (recordKey.safeParse(id).success) return true;
    out.push(keepable(path, id, 'not a question id'));
    return false;
  });
}

/**
 * The raw assessment (as parsed JSON) with every entry that does not have the shape today's schema wants moved to
 * `setAside`. Fields outside those places are left as they are: if they are wrong, the assessment cannot be read.
 */
export function salvageShape(raw: unknown): { assessment: unknown; setAside: SetAsideItem[] } {
  if (!isObject(raw)) return { assessment: raw, setAside: [] };
  const out: SetAsideItem[] = [];
  const a: Json = { ...raw };
  a.answers = salvageRecord(a.answers, 'answers', isAnswer, out);
  a.retiredAnswers = salvageRecord(a.retiredAnswers, 'retiredAnswers', isAnswer, out);
  a.notes = salvageRecord(a.notes, 'notes', isNote, out);
  a.planEdits = salvageRecord(a.planEdits, 'planEdits', isActionEdit, out);
  a.needsNewAnswer = salvageIdList(a.needsNewAnswer, 'needsNewAnswer', out);
  if (isObject(a.round)) a.round = { ...a.round, carriedOver: salvageIdList(a.round.carriedOver, 'round.carriedOver', out) };
  if (isObject(a.workshop)) {
    const w: Json = { ...a.workshop };
    w.consensus = salvageRecord(w.consensus, 'workshop.consensus', isAnswer, out);
    w.revealed = salvageIdList(w.revealed, 'workshop.revealed', out);
    if (Array.isArray(w.respondents))
      w.respondents = w.respondents.map((r: unknown) =>
        isObject(r)
          ? { ...r, answers: salvageRecord(r.answers, `workshop.respondents.${String(r.id).slice(0, 100)}.answers`, isAnswer, out) }
          : r,
      );
    a.workshop = w;
  }
  if (out.length === 0) return { assessment: raw, setAside: [] };
  const before = Array.isArray(a.setAside) ? (a.setAside as unknown[]) : [];
  return { assessment: { ...a, setAside: [...before, ...out] }, setAside: out };
}
