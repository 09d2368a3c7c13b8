/**
 * People's and companies' names as the app keeps and compares them. A name typed, pasted or read from a file can
 * carry characters nobody sees: control characters (a bell, a tab) and bidirectional or invisible format marks
 * (U+200E, U+202E, U+FEFF). Left in, "Kari Nordmann" and "Kari\u200e Nordmann" look the same and count as two
 * students, and a right-to-left override can turn a name around on screen. `cleanName` is used where a name
 * comes in (typed, pasted, read from a file), so every other part of the app sees the name a reader sees.
 */

/**
 * C0 and C1 control characters and DEL (matching them is the point here). Global: for `replace`, not `test`.
 */
export const CONTROL_CHARACTERS = /\p{Cc}/gu;
/**
 * Format characters: bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E-U+200F,
 * U+202A-U+202E, U+2066-U+2069), zero-width spaces and joiners (U+200B-U+200D, U+2060), the byte order mark
 * (U+FEFF), the soft hyphen and the like. They can make "txt.exe" look like "exe.txt" or two names look alike.
 * Global: for `replace`, not `test`.
 */
export const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * A name as a reader sees it: format and control characters gone (a tab or line break becomes a space),
 * runs of whitespace one space, no space at either end, and composed (NFC), so "å" typed as a + ring is "å".
 */
export function cleanName(text: string): string {
  // Format characters first: JavaScript counts U+FEFF as whitespace, and it must vanish, not become a space.
  return text
    .replace(FORMAT_CHARACTERS, '')
    .replace(/\s/g, ' ')
    .replace(CONTROL_CHARACTERS, '')
    .replace(/ {2,}/g, ' ')
    .trim()
    .normalize('NFC');
}

/**
 * A name as a teacher compares names: cleaned, case ignored, accents kept, commas and full stops and the order of
 * words ignored, so "Nordmann, Kari" is "kari nordmann".
 */
export function nameKey(name: string): string {
  return cleanName(name).toLocaleLowerCase('nb').replace(/[,.;]/g, ' ').split(' ').filter(Boolean).sort().join(' ');
}
