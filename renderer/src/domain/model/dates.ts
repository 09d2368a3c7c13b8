/**
 * Dates as the user types and reads them: dd.mm.yyyy in both languages, whatever the operating system's locale
 * (a browser's <input type="date"> follows the OS, so a Norwegian user on an English system saw mm/dd/yyyy).
 * Stored as ISO dates (YYYY-MM-DD).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether year, month and day make a real calendar date (no 31 April, 29 February only in leap years). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** An ISO date (YYYY-MM-DD) that is a real calendar date. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** `2027-01-31` -> `31.01.2027`; anything that is not a real ISO date -> ''. */
export function formatDisplayDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  if (!m || !isIsoDate(iso)) return '';
  return `${m[3]}.${m[2]}.${m[1]}`;
}

/**
 * What the user typed, as an ISO date: `31.01.2027`, `31.1.2027`, `31/1/2027`, `31-01-2027` and `2027-01-31` are
 * all understood. '' for empty input; null when it is not a real date.
 */
export function parseDisplayDate(text: string): string | null {
  const value = text.trim();
  if (value === '') return '';
  if (isIsoDate(value)) return value;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDate(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null;
}
