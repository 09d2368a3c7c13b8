import { LOCALE_TAG, type Language } from '../domain/model/types';

export function formatPercent(share: number, lng: Language): string {
  return new Intl.NumberFormat(LOCALE_TAG[lng], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A score (or points) as every screen and print shows it: a whole number, or "–" while there is none. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '–' : String(Math.round(score));
}

/** A change of score between rounds: "+4", "-2", "0", or "–" when either side has none. */
export function formatScoreChange(delta: number | null): string {
  if (delta === null) return '–';
  const whole = Math.round(delta);
  return whole > 0 ? `+${whole}` : String(whole);
}
