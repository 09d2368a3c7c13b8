import { describe, expect, test } from 'vitest';
import { pageTitle } from '../../renderer/src/components/pageTitle';

describe('pageTitle (WCAG 2.4.2)', () => {
  test('names the screen first, then the company, then the app', () => {
    expect(pageTitle(['Handlingsplan', 'Bakeri Solsiden'], 'SoMe-kompass')).toBe('Handlingsplan – Bakeri Solsiden – SoMe-kompass');
  });
  test('leaves out empty and missing parts, and trims', () => {
    expect(pageTitle(['  Resultat ', '', null, undefined, '   '], 'SoMe-kompass')).toBe('Resultat – SoMe-kompass');
    expect(pageTitle([], 'SoMe-kompass')).toBe('SoMe-kompass');
  });
});
