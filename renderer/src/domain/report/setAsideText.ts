/**
 * The values an assessment keeps aside (`Assessment.setAside`: stored by an earlier version, not usable by this one)
 * in words, so the user can see every one of them: the question or action it belonged to, and what it held.
 * Nothing kept is hidden, even when it can no longer be used.
 */
import type { ActionEdit, Answer, QuestionDef, SetAsideItem } from '../model/types';
import { ACTION_STATUSES } from '../model/types';
import { ACTIONS_BY_ID, QUESTIONS_BY_ID, actionNamespace } from '../bank';
import { answerOfText, type Translate } from '../plan/explain';

export interface SetAsideLine {
  /** What it belonged to: "«Plan for svartider» (Svartid og kundeservice)", or "a plan action that no longer exists". */
  what: string;
  /** What it held, as the user wrote or chose it. */
  value: string;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An answer this question's words can describe: its kind, and (for options) options the question has. */
function describable(q: QuestionDef, v: unknown): v is Answer {
  if (!isObject(v)) return false;
  if (v.kind === 'dontKnow' || v.kind === 'notApplicable') return true;
  if (v.kind !== q.answer.kind) return false;
  const known = (id: unknown): boolean =>
    q.answer.kind !== 'number' && q.answer.kind !== 'scale' && q.answer.options.some((o) => o.id === id);
  if (v.kind === 'scale') return typeof v.level === 'number' && Number.isInteger(v.level) && v.level >= 0 && v.level <= 4;
  if (v.kind === 'number') return typeof v.value === 'number' && Number.isFinite(v.value);
  if (v.kind === 'choice') return known(v.option);
  return Array.isArray(v.options) && v.options.every(known);
}

const isEdit = (v: unknown): v is ActionEdit =>
  isObject(v) &&
  typeof v.owner === 'string' &&
  typeof v.due === 'string' &&
  typeof v.note === 'string' &&
  (ACTION_STATUSES as ReadonlyArray<unknown>).includes(v.status);
const raw = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

function questionName(id: string, t: Translate): string {
  const q = QUESTIONS_BY_ID.get(id);
  return q
    ? t('common:setAside.question', { question: t(`${q.module}:q.${q.id}.short`), area: t(`${q.module}:name`) })
    : t('common:setAside.goneQuestion');
}

function actionName(id: string, t: Translate): string {
  const a = ACTIONS_BY_ID.get(id);
  return a ? t('common:setAside.action', { action: t(`${actionNamespace(a)}:a.${a.id}.title`) }) : t('common:setAside.goneAction');
}

function editText(edit: ActionEdit, t: Translate): string {
  const parts = [
    edit.owner && `${t('common:plan.owner')}: ${edit.owner}`,
    edit.due && `${t('common:plan.due')}: ${edit.due}`,
    `${t('common:plan.status')}: ${t(`common:plan.statuses.${edit.status}`)}`,
    edit.note && `${t('common:plan.note')}: ${edit.note}`,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** One line per value kept aside, in the order they were kept. */
export function setAsideLines(items: ReadonlyArray<SetAsideItem>, t: Translate): SetAsideLine[] {
  return items.map((item) => {
    const segments = item.path.split('.');
    const last = segments[segments.length - 1] ?? '';
    if (segments[0] === 'planEdits' && last === 'due' && segments.length === 3)
      return { what: actionName(segments[1] ?? '', t), value: `${t('common:plan.due')}: ${raw(item.value)}` };
    if (segments[0] === 'planEdits' && segments.length === 2)
      return { what: actionName(last, t), value: isEdit(item.value) ? editText(item.value, t) : raw(item.value) };
    if (segments[0] === 'notes') return { what: questionName(last, t), value: raw(item.value) };
    const q = QUESTIONS_BY_ID.get(last);
    if (q && describable(q, item.value)) return { what: questionName(last, t), value: answerOfText(q, item.value, t) };
    return { what: questionName(last, t), value: raw(item.value) };
  });
}
