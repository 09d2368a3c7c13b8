/**
 * Is this file really a PNG or a JPEG, and small enough to keep? A logo is stored in the settings (the consultant's)
 * or in an assessment (the client's) and drawn with `<img src="data:…">` in the app, the PDFs and the Word plan, so
 * only these two raster formats are taken, checked by their structure, not by their name: a PNG's signature, its
 * IHDR with a sane size and its chunks walked to IEND; a JPEG's SOI, its segments walked to a frame header (SOF)
 * and on to EOI. SVG never: it can carry script.
 */

/** The largest logo kept: a logo is small, and it travels in the settings file and in .somekompass files. */
export const MAX_LOGO_BYTES = 500_000;
/** The cap as the messages say it (kB of 1000 bytes, as file managers show sizes). */
export const MAX_LOGO_KB = MAX_LOGO_BYTES / 1000;
/** A logo wider or taller than this is not a logo (and a 1×1 pixel is not one either). */
const MAX_SIDE = 10_000;

export type LogoType = 'png' | 'jpeg';
export type LogoProblem = 'tooLarge' | 'svg' | 'notImage' | 'corrupt';
export type LogoCheck = { ok: true; type: LogoType; width: number; height: number } | { ok: false; problem: LogoProblem };

export const LOGO_MIME: Record<LogoType, string> = { png: 'image/png', jpeg: 'image/jpeg' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u32 = (b: Uint8Array, at: number): number => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
const u16 = (b: Uint8Array, at: number): number => (b[at]! << 8) + b[at + 1]!;
const ascii = (b: Uint8Array, at: number, length: number): string => String.fromCharCode(...b.subarray(at, at + length));
const saneSize = (width: number, height: number): boolean => width >= 1 && height >= 1 && width <= MAX_SIDE && height <= MAX_SIDE;

/** The chunks of a PNG: IHDR first (13 bytes, a sane size), every chunk inside the file, IEND last. */
function checkPng(bytes: Uint8Array): LogoCheck {
  if (bytes.length < 8 + 25 + 12 || ascii(bytes, 12, 4) !== 'IHDR' || u32(bytes, 8) !== 13) return { ok: false, problem: 'corrupt' };
  const width = u32(bytes, 16);
  const height = u32(bytes, 20);
  if (!saneSize(width, height)) return { ok: false, problem: 'corrupt' };
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = u32(bytes, at);
    const type = ascii(bytes, at + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type) || at + 12 + length > bytes.length) return { ok: false, problem: 'corrupt' };
    if (type === 'IEND') return { ok: true, type: 'png', width, height };
    at += 12 + length;
  }
  return { ok: false, problem: 'corrupt' };
}

/** Start-of-frame markers (baseline, progressive, lossless …), not DHT (C4), JPG (C8) or DAC (CC). */
const isFrameHeader = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
/** Markers that stand alone, without a length: TEM and the restart markers. */
const standsAlone = (marker: number): boolean => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/** After SOS: the entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart. */
function endOfScan(bytes: Uint8Array, from: number): number {
  for (let at = from; at + 1 < bytes.length; at += 1) {
    if (bytes[at] !== 0xff) continue;
    const next = bytes[at + 1]!;
    if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return at;
  }
  return -1;
}

/** The segments of a JPEG from SOI: each inside the file, a frame header with a sane size, then EOI. */
function checkJpeg(bytes: Uint8Array): LogoCheck {
  let size: { width: number; height: number } | null = null;
  let at = 2;
  while (at + 1 < bytes.length) {
    if (bytes[at] !== 0xff) return { ok: false, problem: 'corrupt' };
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) return size ? { ok: true, type: 'jpeg', ...size } : { ok: false, problem: 'corrupt' };
    if (marker < 0xc0 && marker !== 0x01) return { ok: false, problem: 'corrupt' }; // no such marker
    if (standsAlone(marker)) {
      at += 2;
      continue;
    }
    if (at + 4 > bytes.length) break;
    const length = u16(bytes, at + 2);
    if (length < 2 || at + 2 + length > bytes.length) break;
    if (isFrameHeader(marker)) {
      if (length < 8) break;
      size = { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
      if (!saneSize(size.width, size.height)) break;
    }
    at += 2 + length;
    if (marker === 0xda) {
      at = endOfScan(bytes, at);
      if (at < 0) break;
    }
  }
  return { ok: false, problem: 'corrupt' };
}

/** SVG or other XML/HTML: text that opens with `<` (after a byte-order mark or white space). */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, Math.min(bytes.length, 1024))
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart();
  return head.startsWith('<') || /<svg[\s>]/i.test(head);
}

/** What a file's bytes are, as a logo. Checks the size first: a 20 MB file is refused without being walked. */
export function checkLogoBytes(bytes: Uint8Array): LogoCheck {
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, problem: 'tooLarge' };
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return checkPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return checkJpeg(bytes);
  return { ok: false, problem: looksLikeMarkup(bytes) ? 'svg' : 'notImage' };
}
