import { LOCALE_TAG, type Language } from '../domain/model/types';

export function formatPercent(share: number, lng: Language): string {
  return new Intl.NumberFormat(LOCALE_TAG[lng], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export { formatScore, formatScoreChange } from '../domain/model/format';
