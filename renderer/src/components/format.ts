import { LOCALE_TAG, type Language } from '../domain/types';

export function formatDateTime(iso: string, lng: Language): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : new Intl.DateTimeFormat(LOCALE_TAG[lng], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatPercent(share: number, lng: Language): string {
  return new Intl.NumberFormat(LOCALE_TAG[lng], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
