/**
 * The PDF report's page, defined once: main prints with Electron's `printToPDF`, the tests and the benchmark
 * print the same print view with Playwright's `page.pdf`, and both take their options from here.
 */
import type { PrintToPDFOptions } from 'electron';

/** Margins in inches (Electron's unit); the bottom one leaves room for the page number. */
export const PDF_MARGINS_INCHES = { top: 0.6, bottom: 0.75, left: 0.65, right: 0.65 } as const;

/**
 * The footer: "3 / 12", centred. Chromium fills in the page numbers; numbers need no translation. The template
 * is rendered apart from the page, so it carries its own inline style.
 */
export const PDF_FOOTER_TEMPLATE =
  '<div style="width:100%;text-align:center;font-family:sans-serif;font-size:8pt;color:#444;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** An empty header (Chromium's default one shows the date and the page's title). */
export const PDF_HEADER_TEMPLATE = '<span></span>';

export function electronPdfOptions(): PrintToPDFOptions {
  return {
    pageSize: 'A4',
    printBackground: true,
    margins: { ...PDF_MARGINS_INCHES },
    displayHeaderFooter: true,
    headerTemplate: PDF_HEADER_TEMPLATE,
    footerTemplate: PDF_FOOTER_TEMPLATE,
    // Tagged: headings, tables and lists keep their structure for screen readers; the outline lists the headings.
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}
