/**
 * The question bank's versions as data: what each version changed from the one before. The migration
 * (`bankMigrations.ts`) reads only this, so a test can inject a newer bank (`vi.mock` of this module) and load stored
 * data of every kind through the real code.
 */

/** The current version of the question bank. Bump it with an entry in `BANK_CHANGES`. */
export const BANK_VERSION = 3;

/**
 * One question of an older bank that the newer one changed. Either it is retired (its meaning changed, it was split,
 * or it was dropped): its answers are kept as retired and never re-scored, and the questions that now ask what it
 * asked need a new answer; or only some of its option ids were renamed, with the same meaning: its answers are
 * carried over under the new ids.
 */
export type BankChange =
  | {
      kind: 'retired';
      /** The question id in the older bank. */
      old: string;
      /** The questions that now ask what it asked; they need a new answer. Empty when it was dropped. */
      replacedBy: ReadonlyArray<string>;
      /** Where the user's note on the old question goes (default: the first replacement). */
      notesTo?: string;
    }
  | {
      kind: 'optionsRenamed';
      question: string;
      /** Old option id to new option id. */
      options: Readonly<Record<string, string>>;
    };

const retired = (old: string, replacedBy: ReadonlyArray<string>, notesTo?: string): BankChange => ({
  kind: 'retired',
  old,
  replacedBy,
  ...(notesTo ? { notesTo } : {}),
});

/** BANK_CHANGES[n]: what version n changed from version n - 1. */
export const BANK_CHANGES: Readonly<Record<number, ReadonlyArray<BankChange>>> = {
  2: [
    // Split: leadership behind the goals, and time and money set aside, were one double-barrelled question.
    retired('leadershipBacking', ['leadershipBehindGoals', 'timeAndBudgetSetAside']),
    // Split: planning is asked by writtenSocialPlan; what is left is reuse of each production.
    retired('contentReuse', ['productionReused']),
    // Reach is asked in socialKpisFollowed, where it carries the most weight.
    retired('reachFollowedUp', [], 'socialKpisFollowed'),
    // Now within the company's own opening hours, with thresholds a small business can reach.
    retired('replyTimeHours', ['replyTimeInOpeningHours']),
    // Now questions and complaints only, as the cited response rate counted.
    retired('answeredSharePercent', ['answeredQuestionsPercent']),
    // Merged into one question on the plan for the hours: a deliberate plan earns full marks.
    retired('hoursCovered', ['serviceHoursPlan']),
    retired('openingHoursAndAutoReply', ['serviceHoursPlan']),
    // Now several practices at once, tricks costing points.
    retired('reachTacticsUsed', ['reachPractices']),
  ],
  // A new option, "sales channel", for the role of social media, and new actions a plan edit may name: no answer
  // changes meaning, so nothing is retired or renamed. The number still moves, so that an older app refuses a file
  // that uses them as one from a newer version instead of as a wrong answer.
  3: [],
};
