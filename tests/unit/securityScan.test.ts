import { describe, expect, test } from 'vitest';
import { isSerious, scan } from '../../scripts/security-scan';

describe('electronegativity', () => {
  test('finds no HIGH or MEDIUM issue in the Electron code and renderer HTML', () => {
    const result = scan();
    expect(result.checks).toBeGreaterThan(30);
    expect(result.errors).toBe(0);
    expect(result.issues.filter(isSerious)).toEqual([]);
    // The CSP is found and parsed: no "no CSP" finding.
    expect(result.issues.some((i) => i.check === 'CSP_GLOBAL_CHECK' && i.severity !== 'LOW')).toBe(false);
  }, 60_000);
});
