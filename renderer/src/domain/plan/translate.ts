/**
 * The part of i18next the core's texts use, in a file of its own so every text module (explain, channel texts,
 * plan notes) can import it without importing each other.
 */

/**
 * The part of i18next's `t` the domain uses; the domain may not import i18next.
 * Two call forms rather than one optional `options`: i18next 27's `TFunction` takes its arguments as a union of
 * tuples, and TypeScript only accepts it for `Translate` when each form is a signature of its own.
 * With `{ returnObjects: true }` it returns the array stored under the key, which is why `actionTexts` checks
 * what comes back instead of trusting the declared `string`. Given several keys, the first one found wins
 * (i18next's own fallback): how a text's variants fall back to the text itself (plan/companyText.ts).
 */
export interface Translate {
  (key: string | string[]): string;
  (key: string | string[], options: Record<string, unknown>): string;
}

/** "A, B og C" / "A, B och C". */
export function joinList(items: ReadonlyArray<string>, t: Translate): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${t('common:plan.and')} ${items.at(-1) ?? ''}`;
}
