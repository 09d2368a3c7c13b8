/** How scores are written everywhere: screens, print, Word, CSV and the projector. */

/** A score (or points) as every screen and export shows it: a whole number, or "–" while there is none. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '–' : String(Math.round(score));
}

/** A change of score between rounds: "+4", "-2", "0", or "–" when either side has none. */
export function formatScoreChange(delta: number | null): string {
  if (delta === null) return '–';
  const whole = Math.round(delta);
  return whole > 0 ? `+${whole}` : String(whole);
}
