/**
 * Dates as the user types and reads them, in each language's own numeric form whatever the operating system's
 * locale (a browser's <input type="date"> follows the OS, so a Norwegian user on an English system saw mm/dd/yyyy):
 * bokmål writes 31.01.2027, Swedish 2027-01-31 (Svenska skrivregler). The screens, the PDF, the Word plan, the CSV
 * files and file names all use `formatDisplayDate`, so one language shows one form everywhere.
 * Stored as ISO dates (YYYY-MM-DD) in every language.
 */
import type { Language } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Year first, as Swedish writes it; month and day may lack their leading zero. */
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Day first, as bokmål writes it (31.01.2027), and the everyday variants 31/1/2027, 31-1-2027 and 31/1 2027. */
const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})(?:[./-]|\s+)(\d{4})$/;

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

/** `2027-01-31` -> `31.01.2027` (nb) or `2027-01-31` (sv); anything that is not a real ISO date -> ''. */
export function formatDisplayDate(iso: string, lng: Language): string {
  const m = ISO_DATE.exec(iso);
  if (!m || !isIsoDate(iso)) return '';
  return lng === 'sv' ? iso : `${m[3]}.${m[2]}.${m[1]}`;
}

/** The day of `date` in the machine's time zone, as an ISO date: the day the user did something. */
export function localIsoDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * What the user typed, as an ISO date. Both languages' forms are understood in both languages, since neither can
 * be mistaken for the other: `31.01.2027`, `31.1.2027`, `31/1/2027`, `31/1 2027`, `31-01-2027`, `2027-01-31` and
 * `2027-1-31`. '' for empty input; null when it is not a real date.
 */
export function parseDisplayDate(text: string): string | null {
  const value = text.trim();
  if (value === '') return '';
  const yearFirst = YEAR_FIRST.exec(value);
  const dayFirst = DAY_FIRST.exec(value);
  const parts = yearFirst
    ? { year: Number(yearFirst[1]), month: Number(yearFirst[2]), day: Number(yearFirst[3]) }
    : dayFirst
      ? { year: Number(dayFirst[3]), month: Number(dayFirst[2]), day: Number(dayFirst[1]) }
      : null;
  if (!parts || !isCalendarDate(parts.year, parts.month, parts.day)) return null;
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}`;
}
