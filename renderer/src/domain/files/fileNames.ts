/**
 * File names suggested in save dialogs, made from what the user typed (a company name can be 200 characters of
 * anything). Used by the renderer, which builds the names, and again by main, which never trusts them.
 */
import { CONTROL_CHARACTERS, FORMAT_CHARACTERS } from '../model/names';

/** Room for any file system and for the app's own words around the company name. */
export const MAX_FILE_NAME_CHARS = 120;
/** How much of the company name goes into a suggested name. */
export const MAX_COMPANY_IN_NAME = 60;

/** Characters no file system takes, or that mean a path. */
const UNSAFE = /[\\/:*?"<>|]/g;
/** Names Windows keeps for devices, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;

/** Cuts to at most `max` characters (code points, so no half emoji), without a space or dot at the end. */
function cut(text: string, max: number): string {
  return [...text]
    .slice(0, max)
    .join('')
    .replace(/[\s.]+$/, '');
}

/** The user's text made safe for a file name and at most `max` characters; `fallback` when nothing is left. */
export function safeFileName(text: string, fallback: string, max = MAX_FILE_NAME_CHARS): string {
  const cleaned = text
    .normalize('NFC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '');
  const name = cut(cleaned, max).trim();
  if (name === '' || WINDOWS_RESERVED.test(name)) return fallback;
  return name;
}

/** The company part of a suggested name: safe and short, so the whole name fits whatever the company is called. */
export function companyForFileName(company: string, fallback: string): string {
  return safeFileName(company, fallback, MAX_COMPANY_IN_NAME);
}
