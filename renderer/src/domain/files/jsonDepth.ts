/**
 * How deep JSON text nests, counted on the text before it is parsed. A stored or imported file is checked with this
 * first: a hostile file can nest arrays thousands deep, and any recursive step after `JSON.parse` (quoting a value in
 * an error, zod, a migration) would throw a `RangeError` that no caller expects. A real `.somekompass` file nests
 * about ten deep.
 */

/** Far above any real file (about ten) and far below what a recursive walk can take (several thousand). */
export const MAX_JSON_DEPTH = 64;

/**
 * The position of the first `[` or `{` that opens level `maxDepth + 1`, or -1 when the text never goes that deep.
 * Brackets inside strings do not count. One pass, no recursion, no allocation.
 */
export function tooDeepAt(text: string, maxDepth: number = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth > maxDepth) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) depth--;
  }
  return -1;
}
