/**
 * Colour contrast as WCAG 2.x defines it (relative luminance of sRGB, ratio (L1 + 0.05) / (L2 + 0.05)), for the
 * brand's accent colour: white text is drawn on it and it is drawn as text on white, so it must reach AA for normal
 * text (4.5:1) against white. A colour that does not is refused with the nearest darker shade of the same hue that
 * does, as a suggestion.
 */

/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** A colour as the settings keep it: `#rrggbb`, lower case. */
export const HEX_COLOUR = /^#[0-9a-f]{6}$/;

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** `#RRGGBB` or `#rgb`, any case, with or without the `#`; null for anything else. */
export function parseHexColour(text: string): Rgb | null {
  const raw = text.trim().replace(/^#/, '').toLowerCase();
  const six = /^[0-9a-f]{3}$/.test(raw) ? [...raw].map((c) => c + c).join('') : raw;
  if (!/^[0-9a-f]{6}$/.test(six)) return null;
  return { r: parseInt(six.slice(0, 2), 16), g: parseInt(six.slice(2, 4), 16), b: parseInt(six.slice(4, 6), 16) };
}

export function toHexColour({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG's relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const linear = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, 1 to 21, the same whichever comes first. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 };

/**
 * The nearest darker shade of the same hue that reaches `MIN_CONTRAST` with white: each channel scaled down by the
 * same factor, in small steps, the first that passes. Black always does, so there is always one.
 */
export function darkerShadeThatPasses(colour: Rgb): Rgb {
  for (let factor = 1; factor > 0; factor -= 0.005) {
    const shade = { r: Math.floor(colour.r * factor), g: Math.floor(colour.g * factor), b: Math.floor(colour.b * factor) };
    if (contrastRatio(shade, WHITE) >= MIN_CONTRAST) return shade;
  }
  return { r: 0, g: 0, b: 0 };
}

export type AccentCheck =
  | { ok: true; colour: string; ratio: number }
  | { ok: false; problem: 'notAColour' }
  | { ok: false; problem: 'tooLight'; ratio: number; suggestion: string };

/** Whether a colour the user typed may be the accent: its ratio with white, or why not and what would do. */
export function checkAccentColour(text: string): AccentCheck {
  const colour = parseHexColour(text);
  if (!colour) return { ok: false, problem: 'notAColour' };
  const ratio = contrastRatio(colour, WHITE);
  if (ratio >= MIN_CONTRAST) return { ok: true, colour: toHexColour(colour), ratio };
  return { ok: false, problem: 'tooLight', ratio, suggestion: toHexColour(darkerShadeThatPasses(colour)) };
}
