import { useTranslation } from 'react-i18next';
import type { SourceKey } from '../domain/model/types';

/** "Kilde: Ipsos SoMe-tracker 4. kvartal 2021, …" — every fact in the app names where it comes from. */
export function SourceLine({ sources, lng }: { sources: ReadonlyArray<SourceKey>; lng?: string }) {
  const { t } = useTranslation('sources', lng ? { lng } : undefined);
  if (sources.length === 0) return null;
  return (
    <p className="source">
      {t('label', { count: sources.length })} {sources.map((s) => t(`line.${s}`)).join('; ')}
    </p>
  );
}
