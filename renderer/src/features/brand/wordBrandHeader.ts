/**
 * The brand in the Word plan: a page header with the consultant's logo (a real image part in the .docx, under
 * word/media/), the client's logo beside it, and the brand's line of name and contact. Loaded only with the Word
 * plan (it imports docx).
 */
import { Header, ImageRun, Paragraph, TextRun } from 'docx';
import { logoFromDataUrl, type ExportBrand } from '../../domain/brand/brand';
import type { Translate } from '../../domain/plan/explain';
import { brandLine } from './brandStyle';

/** A logo in the header is at most this tall and this wide, in pixels at 96 to the inch (about 1.2 cm by 5 cm). */
const LOGO_HEIGHT = 44;
const LOGO_MAX_WIDTH = 190;

function logoRun(dataUrl: string, description: string): ImageRun | null {
  const logo = logoFromDataUrl(dataUrl);
  if (!logo) return null;
  const scale = Math.min(LOGO_HEIGHT / logo.height, LOGO_MAX_WIDTH / logo.width);
  return new ImageRun({
    type: logo.type === 'png' ? 'png' : 'jpg',
    data: logo.bytes,
    transformation: { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) },
    altText: { name: description, description, title: description },
  });
}

/** The header of every page, or undefined when the export carries no brand and no client logo. */
export function wordBrandHeader(exportBrand: ExportBrand | null, t: Translate): Header | undefined {
  if (!exportBrand || (!exportBrand.brand && !exportBrand.clientLogo)) return undefined;
  const { brand, clientLogo } = exportBrand;
  const name = brand?.name.trim() ?? '';
  const images = [
    brand?.logo ? logoRun(brand.logo, name ? t('files:brand.logoOf', { name }) : t('files:brand.logoAlt')) : null,
    clientLogo ? logoRun(clientLogo, t('files:brand.clientLogoAlt')) : null,
  ].filter((run): run is ImageRun => run !== null);
  const children: Array<ImageRun | TextRun> = images.flatMap((run, i) => (i === 0 ? [run] : [new TextRun('   '), run]));
  const line = brand ? brandLine(brand) : '';
  const paragraphs = [new Paragraph({ children })];
  if (line)
    paragraphs.push(new Paragraph({ children: [new TextRun({ text: line, size: 16, color: brand?.accent?.slice(1) ?? '444444' })] }));
  return new Header({ children: paragraphs });
}
