/**
 * The brand's and the logos' zod schemas, for main's IPC checks and the store and file schemas: a logo passes only as
 * a PNG or JPEG whose bytes pass the same checks as a chosen file; an accent colour only when it reads on white.
 */
import { z } from 'zod';
import { checkAccentColour, HEX_COLOUR } from './contrast';
import { MAX_LOGO_BYTES } from './logoImage';
import { logoFromDataUrl, MAX_BRAND_CONTACT, MAX_BRAND_NAME, type Brand, type ProjectorMark } from './brand';

/** A logo as kept: a PNG or JPEG data URL whose bytes pass the same checks as a chosen file. */
export const logoSchema = z
  .string()
  .max(Math.ceil(MAX_LOGO_BYTES / 3) * 4 + 40)
  .refine((url) => logoFromDataUrl(url) !== null);

export const brandSchema = z.strictObject({
  /** The consultant's or firm's name. */
  name: z.string().max(MAX_BRAND_NAME),
  /** A line such as "kari@firma.no · 900 00 000". */
  contact: z.string().max(MAX_BRAND_CONTACT),
  /** null: the app's own colour. A colour must read on white (checkAccentColour). */
  accent: z
    .string()
    .regex(HEX_COLOUR)
    .refine((c) => checkAccentColour(c).ok)
    .nullable(),
  logo: logoSchema.nullable(),
  /** Homework and the blank worksheet carry the brand only when a teacher turns this on. */
  onHomework: z.boolean(),
  /** Whether a .somekompass file the consultant exports carries the brand (off: a file never does unless chosen). */
  inFiles: z.boolean(),
});

/** The small mark in a corner of the projector view: the logos and the consultant's name, nothing else. */
export const projectorMarkSchema = z.strictObject({
  name: z.string().max(MAX_BRAND_NAME),
  logo: logoSchema.nullable(),
  clientLogo: logoSchema.nullable(),
});

// The interfaces in brand.ts and these schemas describe the same data: a change to one without the other fails here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const brandTypesAgree: Same<z.infer<typeof brandSchema>, Brand> = true;
const markTypesAgree: Same<z.infer<typeof projectorMarkSchema>, ProjectorMark> = true;
void brandTypesAgree;
void markTypesAgree;
