/**
 * Homework (issue 10): a course participant does the assessment, writes a reflection on each area, and hands in one
 * file to the teacher. The teacher's worksheet sets the course code and the fewest words a reflection needs; "hand in"
 * says exactly what is still missing before it writes the file.
 */
import type { Assessment, Homework, Language, ModuleId } from '../model/types';
import { MODULE_IDS } from '../model/types';
import { createAssessment, profileComplete } from '../model/assessment';
import { scoreAssessment } from '../scoring/scoring';
import { safeFileName } from '../files/fileNames';
import { LIMITS } from '../model/limits';

export function createHomework(course: string, minWords: number): Homework {
  return {
    student: '',
    course: course.trim().slice(0, LIMITS.course),
    minWords: Math.max(0, Math.min(LIMITS.minWords, Math.round(minWords))),
    reflections: {},
    handedInAt: null,
  };
}

/** A new assessment in homework mode, for the course the teacher named. */
export function createHomeworkAssessment(id: string, now: string, planLanguage: Language, course: string, minWords: number): Assessment {
  return { ...createAssessment(id, now, planLanguage), homework: createHomework(course, minWords) };
}

/** Words as a reader counts them: runs of letters or digits (so "e-post" and "10 %" count as one word each). */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []).length;
}

/** Something a hand-in still lacks, in the order the student should fix it. */
export type HandInProblem =
  | { kind: 'student' }
  | { kind: 'course' }
  | { kind: 'profile' }
  | { kind: 'unanswered'; module: ModuleId; count: number }
  | { kind: 'reflection'; module: ModuleId; words: number; minWords: number };

/** Everything missing before the homework can be handed in; empty when it is complete. */
export function handInProblems(a: Assessment): HandInProblem[] {
  const h = a.homework;
  if (!h) return [];
  const problems: HandInProblem[] = [];
  if (!h.student.trim()) problems.push({ kind: 'student' });
  if (!h.course.trim()) problems.push({ kind: 'course' });
  if (!profileComplete(a.profile)) problems.push({ kind: 'profile' });
  for (const m of scoreAssessment(a).modules)
    if (m.answered < m.total) problems.push({ kind: 'unanswered', module: m.module, count: m.total - m.answered });
  // At least one word everywhere; the teacher's minimum where one is set.
  const needed = Math.max(1, h.minWords);
  for (const module of MODULE_IDS) {
    const words = wordCount(h.reflections[module] ?? '');
    if (words < needed) problems.push({ kind: 'reflection', module, words, minWords: needed });
  }
  return problems;
}

/** The handed-in file's name: the student, the course code and the day, e.g. "Kari Nordmann MARK2100 2026-11-30". */
export function handInFileName(h: Homework, day: string, fallback: string): string {
  return safeFileName([h.student.trim(), h.course.trim(), day].filter(Boolean).join(' '), fallback);
}

/** Marks the homework handed in at `now`; a change afterwards makes it a draft again (the file no longer matches). */
export const markHandedIn = (a: Assessment, now: string): Assessment =>
  a.homework ? { ...a, homework: { ...a.homework, handedInAt: now } } : a;

/** The saving of the hand-in itself stamps the assessment a moment later; only a change after that counts. */
const SAME_MOMENT_MS = 2_000;

/** Handed in, and changed afterwards (the teacher's file does not have the change). */
export function changedSinceHandIn(a: Pick<Assessment, 'homework' | 'updatedAt'>): boolean {
  const at = a.homework?.handedInAt;
  return !!at && Date.parse(a.updatedAt) - Date.parse(at) > SAME_MOMENT_MS;
}
