/**
 * The consultant's brand (kept in the settings) and a client's logo (kept in an assessment): what they hold, how
 * they are validated wherever they are read, and when the brand is on. A logo is kept as a `data:` URL, so the
 * renderer draws it with `<img>` (the CSP allows `data:` for images only) and the Word plan embeds its bytes.
 * The zod schemas are in brandSchema.ts, apart, so the first screen (which draws the projector's mark) loads no zod.
 */
import { checkLogoBytes, LOGO_MIME, type LogoType } from './logoImage';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64[(n >> 18) & 63]! + BASE64[(n >> 12) & 63]!;
    out += b === undefined ? '==' : BASE64[(n >> 6) & 63]! + (c === undefined ? '=' : BASE64[n & 63]!);
  }
  return out;
}

/** The bytes of base64 text; null when it is not base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n = [0, 1, 2, 3].reduce((acc, k) => (acc << 6) | Math.max(0, BASE64.indexOf(text[i + k]!)), 0);
    for (const byte of [(n >> 16) & 255, (n >> 8) & 255, n & 255]) if (o < out.length) out[o++] = byte;
  }
  return out;
}

export function logoDataUrl(type: LogoType, bytes: Uint8Array): string {
  return `data:${LOGO_MIME[type]};base64,${bytesToBase64(bytes)}`;
}

const DATA_URL = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/=]+)$/;

/** A logo's data URL back to its type and bytes; null unless it is a PNG or JPEG that passes the checks. */
export function logoFromDataUrl(url: string): { type: LogoType; bytes: Uint8Array; width: number; height: number } | null {
  const match = DATA_URL.exec(url);
  const bytes = match ? base64ToBytes(match[2]!) : null;
  if (!match || !bytes) return null;
  const check = checkLogoBytes(bytes);
  if (!check.ok || LOGO_MIME[check.type] !== `image/${match[1]}`) return null;
  return { type: check.type, bytes, width: check.width, height: check.height };
}

export const MAX_BRAND_NAME = 120;
export const MAX_BRAND_CONTACT = 200;

/** The consultant's brand as kept in the settings; validated by brandSchema (brandSchema.ts) wherever it is read. */
export interface Brand {
  /** The consultant's or firm's name. */
  name: string;
  /** A line such as "kari@firma.no · 900 00 000". */
  contact: string;
  /** null: the app's own colour. A colour must read on white (checkAccentColour). */
  accent: string | null;
  logo: string | null;
  /** Homework and the blank worksheet carry the brand only when a teacher turns this on. */
  onHomework: boolean;
  /** Whether a .somekompass file the consultant exports carries the brand (off: a file never does unless chosen). */
  inFiles: boolean;
}

export const EMPTY_BRAND: Brand = { name: '', contact: '', accent: null, logo: null, onHomework: false, inFiles: false };

/** The brand is off until it is filled in: a name or a logo. */
export function brandIsOn(brand: Brand | null | undefined): brand is Brand {
  return !!brand && (brand.name.trim() !== '' || brand.logo !== null);
}

/** What an export draws: the brand (when on, and allowed for this kind of export) and the client's logo. */
export interface ExportBrand {
  brand: Brand | null;
  clientLogo: string | null;
}

/** The small mark in a corner of the projector view: the logos and the consultant's name, nothing else. */
export interface ProjectorMark {
  name: string;
  logo: string | null;
  clientLogo: string | null;
}

/** The projector's mark from what an export would carry; null when there is nothing to show. */
export function projectorMarkOf({ brand, clientLogo }: ExportBrand): ProjectorMark | null {
  if (!brand && !clientLogo) return null;
  return { name: brand?.name.trim() ?? '', logo: brand?.logo ?? null, clientLogo };
}

/** The brand for an export: homework and worksheets only when the teacher turned it on. */
export function brandForExport(brand: Brand | null | undefined, options: { homework: boolean }): Brand | null {
  if (!brandIsOn(brand)) return null;
  return options.homework && !brand.onHomework ? null : brand;
}
