/**
 * The teacher's class overview (issue 10): many handed-in files at once, read (never copied into the teacher's own
 * assessments), checked, and summed up: who handed in and who is missing, a student x area matrix, per area the mean,
 * median, spread and bands, the questions the class is weakest on, and the actions most of the class is given.
 * Pure: main reads the files, this makes the overview.
 */
import type { Assessment, ModuleId } from '../model/types';
import { MODULE_IDS } from '../model/types';
import type { FileError } from '../files/fileFormatBasics';
import { BANDS, scoreAssessment, type Band } from '../scoring/scoring';
import { generatePlan } from '../plan/plan';
import { QUESTIONS, QUESTIONS_BY_ID } from '../bank';
import { cleanName, nameKey } from '../model/names';
import { localIsoDay } from '../model/dates';

/** One file as main read it. */
export type ClassFile =
  { path: string; fileName: string; ok: true; assessment: Assessment } | { path: string; fileName: string; ok: false; error: FileError };

/**
 * Why a path under the chosen files and folders was not read (`class:notRead.reasons.<reason>` says it): never
 * dropped without a word, so a teacher knows a hand-in may be hiding there.
 */
export const NOT_READ_REASONS = [
  /** A symbolic link: not followed (it may lead anywhere, or round in a loop). */
  'link',
  /** A folder more than MAX_FOLDER_DEPTH folders down: not opened. */
  'tooDeep',
  /** A folder that could not be opened (no permission). */
  'folderUnreadable',
  /** A hand-in's name on something that is not a file (a pipe, a device). */
  'notRegularFile',
  /** A whole disk or the home folder: reading it would walk everything. */
  'tooBroad',
  /** A network (UNC) path: the app makes no network requests. */
  'network',
  /** Not an absolute path. */
  'relativePath',
  /** Chosen, but gone. */
  'missing',
  /** More hand-ins than MAX_CLASS_FILES: the rest of this folder was not read. */
  'tooMany',
] as const;
export type NotReadReason = (typeof NOT_READ_REASONS)[number];
export interface NotRead {
  path: string;
  reason: NotReadReason;
}

/** What reading a class's files gave: each file read and checked (nothing stored), what was not read, and whether cancelled. */
export interface ClassReadResult {
  files: ClassFile[];
  /** Paths not read, each with why. */
  notRead: NotRead[];
  /** Files that are not .somekompass files (counted, not listed). */
  skipped: number;
  cancelled: boolean;
}

export interface StudentRow {
  /** The name the overview goes by: the homework's student, else the profile's respondent, else the file's name. */
  name: string;
  key: string;
  fileName: string;
  path: string;
  company: string;
  handedInAt: string | null;
  /** The day handed in, in the teacher's time zone (an ISO date), or null when the file carries no hand-in mark. */
  handedInDay: string | null;
  /** Handed in after the teacher's due date. */
  late: boolean;
  /** Every question asked answered. */
  complete: boolean;
  answered: number;
  total: number;
  overall: number | null;
  modules: Record<ModuleId, { score: number | null; band: Band | null; answered: number; total: number }>;
  reflections: Partial<Record<ModuleId, string>>;
  /** The other, older hand-ins of the same student (listed, not counted). */
  olderFiles: string[];
  /** With a class list: not on it (a typo, or someone from another class). */
  notOnList: boolean;
}

export interface ModuleStats {
  module: ModuleId;
  /** Over the students with a score in the area. */
  count: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** How many students in each band; `none` for no score or a preliminary one. */
  bands: Record<Band | 'none', number>;
}

export interface ClassOverview {
  students: StudentRow[];
  /** Files that could not be read, each with why. */
  bad: Array<{ fileName: string; path: string; error: FileError }>;
  /** Paths under the chosen ones that were not read, each with why. */
  notRead: NotRead[];
  /** Files skipped because they are not .somekompass files. */
  skipped: number;
  /** Students who handed in more than once: the newest counts. */
  duplicates: Array<{ name: string; counted: string; older: string[] }>;
  /** On the class list, without a hand-in. */
  missing: string[];
  modules: ModuleStats[];
  overall: Omit<ModuleStats, 'module' | 'bands'>;
  /** The questions with the lowest class mean, lowest first. */
  commonGaps: Array<{ questionId: string; mean: number; answered: number }>;
  /** The actions most students' plans hold, most first. */
  commonActions: Array<{ actionId: string; students: number }>;
}

const GAPS_SHOWN = 5;
const ACTIONS_SHOWN = 5;

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? null) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const stats = (xs: number[]) => ({
  count: xs.length,
  mean: mean(xs),
  median: median(xs),
  min: xs.length ? Math.min(...xs) : null,
  max: xs.length ? Math.max(...xs) : null,
});

/** Names as read from the file, cleaned: a hidden mark in a name must not make the same student two. */
function studentName(a: Assessment, fileName: string): string {
  return cleanName(a.homework?.student ?? '') || cleanName(a.profile.respondent) || cleanName(fileName.replace(/\.somekompass$/i, ''));
}

/** When a hand-in was made: the hand-in mark, else the last change. */
const when = (a: Assessment): string => a.homework?.handedInAt ?? a.updatedAt;

/** The day of an ISO moment in the teacher's time zone, or null when it is not a moment. */
function localDayOf(moment: string | null): string | null {
  const ms = moment ? Date.parse(moment) : NaN;
  return Number.isNaN(ms) ? null : localIsoDay(new Date(ms));
}

/**
 * Whether a hand-in came after the due date (an ISO date). Handed in on the due day itself, in the teacher's time
 * zone, is on time; without a due date, or without a hand-in mark, nothing is late.
 */
export function handedInLate(handedInDay: string | null, dueDate: string | null): boolean {
  return !!handedInDay && !!dueDate && handedInDay > dueDate;
}

/** The overview of a class from the files read, an optional class list and an optional due date (an ISO date). */
export function buildClassOverview(
  read: Pick<ClassReadResult, 'files'> & Partial<Pick<ClassReadResult, 'notRead' | 'skipped'>>,
  classList: ReadonlyArray<string> = [],
  dueDate: string | null = null,
): ClassOverview {
  const { files, notRead = [], skipped = 0 } = read;
  const bad = files.flatMap((f) => (f.ok ? [] : [{ fileName: f.fileName, path: f.path, error: f.error }]));
  const byStudent = new Map<string, Array<Extract<ClassFile, { ok: true }>>>();
  for (const f of files) {
    if (!f.ok) continue;
    const key = nameKey(studentName(f.assessment, f.fileName));
    byStudent.set(key, [...(byStudent.get(key) ?? []), f]);
  }
  const listed = new Set(classList.map(nameKey));
  const duplicates: ClassOverview['duplicates'] = [];
  const students: StudentRow[] = [];
  const plans: Array<Set<string>> = [];
  const questionPoints = new Map<string, number[]>();

  for (const [key, handIns] of byStudent) {
    const sorted = [...handIns].sort(
      (x, y) => when(y.assessment).localeCompare(when(x.assessment)) || x.fileName.localeCompare(y.fileName),
    );
    const counted = sorted[0]!;
    const a = counted.assessment;
    const name = studentName(a, counted.fileName);
    const older = sorted.slice(1).map((f) => f.fileName);
    if (older.length > 0) duplicates.push({ name, counted: counted.fileName, older });
    const result = scoreAssessment(a);
    for (const m of result.modules)
      for (const r of m.questions)
        if ((r.status === 'answered' || r.status === 'dontKnow') && r.points !== null)
          questionPoints.set(r.question.id, [...(questionPoints.get(r.question.id) ?? []), r.points]);
    const plan = generatePlan(a, result);
    plans.push(new Set(plan.active.map((p) => p.action.id)));
    const handedInDay = localDayOf(a.homework?.handedInAt ?? null);
    students.push({
      name,
      key,
      fileName: counted.fileName,
      path: counted.path,
      company: cleanName(a.profile.companyName),
      handedInAt: a.homework?.handedInAt ?? null,
      handedInDay,
      late: handedInLate(handedInDay, dueDate),
      complete: result.answered === result.total,
      answered: result.answered,
      total: result.total,
      overall: result.overall,
      modules: Object.fromEntries(
        result.modules.map((m) => [m.module, { score: m.score, band: m.band, answered: m.answered, total: m.total }]),
      ) as StudentRow['modules'],
      reflections: { ...(a.homework?.reflections ?? {}) },
      olderFiles: older,
      notOnList: listed.size > 0 && !listed.has(key),
    });
  }
  students.sort((x, y) => x.name.localeCompare(y.name, 'nb'));

  const handedIn = new Set(students.map((s) => s.key));
  const missing = classList.map(cleanName).filter((n) => n !== '' && !handedIn.has(nameKey(n)));

  const modules: ModuleStats[] = MODULE_IDS.map((module) => {
    const scores = students.flatMap((s) => (s.modules[module].score === null ? [] : [s.modules[module].score]));
    const bands = Object.fromEntries([...BANDS, 'none'].map((b) => [b, 0])) as Record<Band | 'none', number>;
    for (const s of students) bands[s.modules[module].band ?? 'none'] += 1;
    return { module, ...stats(scores), bands };
  });
  const overall = stats(students.flatMap((s) => (s.overall === null ? [] : [s.overall])));

  const commonGaps = [...questionPoints]
    .map(([questionId, points]) => ({ questionId, mean: mean(points) ?? 0, answered: points.length }))
    .filter((g) => QUESTIONS_BY_ID.has(g.questionId))
    .sort(
      (x, y) => x.mean - y.mean || QUESTIONS.findIndex((q) => q.id === x.questionId) - QUESTIONS.findIndex((q) => q.id === y.questionId),
    )
    .slice(0, GAPS_SHOWN);
  const actionCounts = new Map<string, number>();
  for (const plan of plans) for (const id of plan) actionCounts.set(id, (actionCounts.get(id) ?? 0) + 1);
  const commonActions = [...actionCounts]
    .map(([actionId, n]) => ({ actionId, students: n }))
    .sort((x, y) => y.students - x.students || x.actionId.localeCompare(y.actionId))
    .slice(0, ACTIONS_SHOWN);

  return { students, bad, notRead, skipped, duplicates, missing, modules, overall, commonGaps, commonActions };
}

/**
 * A path as the teacher chose it: under a chosen folder, from that folder's own name down
 * ("Innleveringer/3B/lenke.somekompass"), so a long list of not-read paths stays readable; anything else whole.
 */
export function shownPath(path: string, chosen: ReadonlyArray<string>): string {
  for (const folder of chosen) {
    const base = folder.replace(/[\\/]+$/, '');
    const rest = path.slice(base.length);
    if (base && path.startsWith(base) && /^[\\/]./.test(rest)) return `${base.split(/[\\/]/).pop() ?? base}${rest}`;
  }
  return path;
}

/**
 * A hand-in file as the teacher can find it again: under a chosen folder, its path from that folder's name down
 * ("Innleveringer/3B/uke-48/innlevering (1).somekompass"), since a class folder holds many files of the same name; a
 * file chosen on its own, by its name.
 */
export function shownFilePath(path: string, chosen: ReadonlyArray<string>): string {
  const shown = shownPath(path, chosen);
  return shown === path ? (path.split(/[\\/]/).pop() ?? path) : shown;
}

/** The statistics shown per area, in order. */
export const STAT_KEYS = ['mean', 'median', 'min', 'max'] as const;
