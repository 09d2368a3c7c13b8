import type { CSSProperties } from 'react';
import type { Brand } from '../../domain/brand/brand';

/** A CSS string literal of any text: quotes and backslashes escaped, line breaks as spaces. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/** The brand's one line for the running head of every page: "Kari Rådgivning · kari@example.no". */
export function brandLine(brand: Brand): string {
  return [brand.name.trim(), brand.contact.trim()].filter((p) => p !== '').join(' · ');
}

/**
 * The brand as CSS custom properties on a print view: its accent (headings and rules; never the traffic-light or
 * band colours, which have their own variables), and the running head each printed section starts with (its text
 * and small logo come from CSS, so the head is an artifact of the page, not part of the document's structure).
 * Set through React's style object (the CSSOM), which the CSP allows; a `style` attribute in markup it would not.
 */
export function brandStyle(brand: Brand | null): CSSProperties | undefined {
  if (!brand) return undefined;
  const style: Record<string, string> = { '--brand-line': cssString(brandLine(brand)) };
  if (brand.accent) style['--accent'] = brand.accent;
  if (brand.logo) {
    style['--brand-logo'] = `url(${cssString(brand.logo)})`;
    style['--brand-logo-space'] = '1.8cm';
  }
  return style;
}
