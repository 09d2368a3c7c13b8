/**
 * The app's assessments, outside React: the home list (one small summary per assessment), the open assessment in
 * full, what is derived from it, and the hand-off of every change to the autosave. Plain TypeScript with no DOM, so
 * its rules are tested in Node (tests/unit/assessmentStore.test.ts); React reads it with useSyncExternalStore
 * (useAssessmentStore.ts).
 *
 * One change, one derivation: the scores, the home list's summary and (when a screen asks for it) the plan are made
 * once per version of the open assessment and handed to every screen, instead of each screen scoring on its own.
 */
import type { Assessment } from '../domain/model/types';
import { scoreAssessment, type AssessmentResult } from '../domain/scoring/scoring';
import type { Plan } from '../domain/plan/plan';
import { summarize, type AssessmentSummary } from '../domain/model/summary';

/** What the screens show of one version of an assessment, computed from it once. */
export interface Derived {
  readonly result: AssessmentResult;
  readonly summary: AssessmentSummary;
  /** Made the first time a screen reads it (the plan screen, the results), then kept until the next change. */
  readonly plan: Plan;
}

/**
 * How a plan is made (`generatePlan`). Passed in rather than imported: the plan's code loads with the assessment's
 * screens, the only ones that read a plan, so the first screen stays small.
 */
export type MakePlan = (assessment: Assessment, result: AssessmentResult) => Plan;

export function derive(assessment: Assessment, makePlan: MakePlan): Derived {
  const result = scoreAssessment(assessment);
  let plan: Plan | null = null;
  return {
    result,
    // The summary counts the plan's progress: the plan made for it is the one the screens get.
    summary: summarize(assessment, result, (a, r) => (plan ??= makePlan(a, r))),
    get plan() {
      plan ??= makePlan(assessment, result);
      return plan;
    },
  };
}

export interface OpenAssessment {
  assessment: Assessment;
  derived: Derived;
}

/** A snapshot: replaced, never changed, so React can tell a new state by its identity. */
export interface AssessmentState {
  /** The home list, in no particular order (the home screen sorts it). */
  summaries: ReadonlyArray<AssessmentSummary>;
  open: OpenAssessment | null;
  /** The assessment just deleted, in full, while "undo" is offered. */
  deleted: Assessment | null;
}

export interface AssessmentStoreOptions {
  /** Takes every changed version; the autosave writes the newest once the user pauses (useAutosave). */
  scheduleSave: (assessment: Assessment) => void;
  makePlan: MakePlan;
  /** The time a change is stamped with. */
  now?: () => string;
  /** How a version is derived; tests wrap it to count. */
  derive?: (assessment: Assessment, makePlan: MakePlan) => Derived;
}

export class AssessmentStore {
  private state: AssessmentState;
  private readonly listeners = new Set<() => void>();
  private readonly options: Required<AssessmentStoreOptions>;

  constructor(summaries: ReadonlyArray<AssessmentSummary>, options: AssessmentStoreOptions) {
    this.state = { summaries, open: null, deleted: null };
    this.options = { now: () => new Date().toISOString(), derive, ...options };
  }

  /** The current snapshot (an arrow, so it can be handed to useSyncExternalStore as it is). */
  readonly getState = (): AssessmentState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The open assessment as it is now: newer than the last render while the user types fast. */
  current(): Assessment | null {
    return this.state.open?.assessment ?? null;
  }

  /** Holds an assessment open (or none), derived once, and puts its summary in the list. */
  open(assessment: Assessment | null): void {
    if (!assessment) return this.set({ ...this.state, open: null });
    if (this.state.open?.assessment === assessment) return;
    const open = { assessment, derived: this.options.derive(assessment, this.options.makePlan) };
    this.set({ ...this.state, summaries: withSummary(this.state.summaries, open.derived.summary), open });
  }

  /**
   * Applies a change to the open assessment (ignored when `id` is not the open one), stamps it, derives the new
   * version once, brings its row in the home list up to date, and schedules its save. Returns the new version.
   */
  update(id: string, change: (a: Assessment) => Assessment): Assessment | null {
    const current = this.current();
    if (!current || current.id !== id) return null;
    const assessment = { ...change(current), updatedAt: this.options.now() };
    const open = { assessment, derived: this.options.derive(assessment, this.options.makePlan) };
    this.set({ ...this.state, summaries: withSummary(this.state.summaries, open.derived.summary), open });
    this.options.scheduleSave(assessment);
    return assessment;
  }

  /** Puts an assessment that is not open in the home list (new, imported, duplicated, restored). */
  list(assessment: Assessment): void {
    if (this.current()?.id === assessment.id) return this.open(assessment);
    this.set({ ...this.state, summaries: withSummary(this.state.summaries, summarize(assessment, undefined, this.planIfLoaded)) });
  }

  /** The plan maker once the plan's code is in (it loads just after the first screen); until then no progress is counted. */
  private readonly planIfLoaded = (a: Assessment, r: AssessmentResult): Plan | null => {
    try {
      return this.options.makePlan(a, r);
    } catch {
      return null;
    }
  };

  /** Takes a deleted assessment off the list (closing it if it was open) and keeps it in full for "undo". */
  deleted(assessment: Assessment): void {
    this.set({
      summaries: this.state.summaries.filter((s) => s.id !== assessment.id),
      open: this.state.open?.assessment.id === assessment.id ? null : this.state.open,
      deleted: assessment,
    });
  }

  /** Ends the chance to undo the last delete (undone, dismissed, or the user went on to another screen). */
  forgetDeleted(): void {
    if (this.state.deleted) this.set({ ...this.state, deleted: null });
  }

  private set(next: AssessmentState): void {
    this.state = next;
    for (const listener of [...this.listeners]) listener();
  }
}

/** The list with this summary in place of the old one of the same id (or added). */
function withSummary(list: ReadonlyArray<AssessmentSummary>, summary: AssessmentSummary): ReadonlyArray<AssessmentSummary> {
  const at = list.findIndex((s) => s.id === summary.id);
  if (at === -1) return [...list, summary];
  const next = [...list];
  next[at] = summary;
  return next;
}
