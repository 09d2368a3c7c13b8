import type { Language } from '../domain/model/types';

/** What a printed file says it is: its title (the PDF's Title) and its language (the PDF catalog's /Lang). */
export interface PrintedDocument {
  title: string;
  language: Language;
}

/**
 * Runs a print with the page dressed as the file: Chromium's printToPDF takes the PDF's Title from `document.title`
 * and its catalog's /Lang from `<html lang>`, so a Swedish report printed from the Norwegian UI must say Swedish
 * there while it prints (WCAG 3.1.1, 2.4.2). The app's own title and language are given back afterwards, also when
 * the print fails.
 */
export async function printAsDocument<T>(file: PrintedDocument, print: () => Promise<T>): Promise<T> {
  const root = document.documentElement;
  const appTitle = document.title;
  const appLanguage = root.lang;
  document.title = file.title;
  root.lang = file.language;
  try {
    return await print();
  } finally {
    document.title = appTitle;
    root.lang = appLanguage;
  }
}
