import type { Answer, QuestionDef } from '../../domain/model/types';

/** Values the answer inputs hold: a string for one choice or a number's text, a list for multi-choice. */
export type AnswerValue = string | string[];
export const SPECIAL = { dontKnow: 'dontKnow', notApplicable: 'notApplicable', none: 'none' } as const;

/** Parses a number typed in Norwegian or Swedish style ("2,5"). */
export function parseNumber(text: string): number | null {
  const cleaned = text.replace(/\s/g, '').replace(',', '.');
  if (cleaned === '') return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

/** The stored answer for what the inputs hold; undefined while nothing (valid) is given. */
export function toAnswer(q: QuestionDef, value: AnswerValue | undefined): Answer | undefined {
  const single = Array.isArray(value) ? undefined : value;
  const list = Array.isArray(value) ? value : [];
  if (single === SPECIAL.dontKnow || list.includes(SPECIAL.dontKnow)) return { kind: 'dontKnow' };
  if ((single === SPECIAL.notApplicable || list.includes(SPECIAL.notApplicable)) && q.allowNotApplicable) return { kind: 'notApplicable' };
  switch (q.answer.kind) {
    case 'scale': {
      const level = Number(single);
      return single !== undefined && single !== '' && [0, 1, 2, 3, 4].includes(level)
        ? { kind: 'scale', level: level as 0 | 1 | 2 | 3 | 4 }
        : undefined;
    }
    case 'choice':
      return q.answer.options.some((o) => o.id === single) ? { kind: 'choice', option: single as string } : undefined;
    case 'multi': {
      const options = list.filter((id) => q.answer.kind === 'multi' && q.answer.options.some((o) => o.id === id));
      return options.length > 0 || list.includes(SPECIAL.none) ? { kind: 'multi', options } : undefined;
    }
    case 'number': {
      const n = single === undefined ? null : parseNumber(single);
      const { min, max } = q.answer.scoring;
      return n !== null && n >= min && n <= max ? { kind: 'number', value: n } : undefined;
    }
  }
}

/** What the inputs show for a stored answer. */
export function toValue(q: QuestionDef, answer: Answer | undefined): AnswerValue {
  const isMulti = q.answer.kind === 'multi';
  if (!answer) return isMulti ? [] : '';
  switch (answer.kind) {
    case 'dontKnow':
    case 'notApplicable':
      return isMulti ? [answer.kind] : answer.kind;
    case 'scale':
      return String(answer.level);
    case 'choice':
      return answer.option;
    case 'multi':
      return answer.options.length > 0 ? [...answer.options] : [SPECIAL.none];
    case 'number':
      return String(answer.value).replace('.', ','); // The decimal comma both languages write.
  }
}

/** A number's text that is not empty, not special and not within range: the user should be told. */
export function numberError(q: QuestionDef, value: AnswerValue | undefined): 'notANumber' | 'outOfRange' | null {
  if (
    q.answer.kind !== 'number' ||
    typeof value !== 'string' ||
    value.trim() === '' ||
    value === SPECIAL.dontKnow ||
    value === SPECIAL.notApplicable
  )
    return null;
  const n = parseNumber(value);
  if (n === null) return 'notANumber';
  return n < q.answer.scoring.min || n > q.answer.scoring.max ? 'outOfRange' : null;
}

/** One area's form: the answers as the inputs hold them, and the notes, by question id. */
export interface ModuleForm {
  answers: Record<string, AnswerValue>;
  notes: Record<string, string>;
}

/**
 * Puts focus on a question's answer (the chosen option, else its first field): where focus goes when the button
 * that confirms a carried-over answer disappears with its press (WCAG 2.4.3).
 */
export function focusAnswerIn(question: Element | null | undefined): void {
  // In this order: a selector list would give the first match in the page, not the first selector that matches.
  const target = ['input:checked', 'input', 'textarea'].map((selector) => question?.querySelector<HTMLElement>(selector)).find(Boolean);
  target?.focus();
}
