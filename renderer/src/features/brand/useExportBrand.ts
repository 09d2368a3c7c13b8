import { useEffect, useState } from 'react';
import { brandForExport, type Brand } from '../../domain/brand/brand';
import { api } from '../../api';

/**
 * The consultant's brand for a screen's export, read once when the screen opens: null while it is read, when there
 * is none, or for homework (the class overview, the worksheet) unless the teacher turned it on.
 */
export function useExportBrand(options: { homework: boolean }): Brand | null {
  const [brand, setBrand] = useState<Brand | null>(null);
  const { homework } = options;
  useEffect(() => {
    let live = true;
    void api()
      .getBrand()
      .then((stored) => live && setBrand(brandForExport(stored, { homework })))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [homework]);
  return brand;
}

/** The same, read at the moment of an export (a worksheet printed from the home screen). */
export async function exportBrandFor(options: { homework: boolean }): Promise<Brand | null> {
  const stored = await api()
    .getBrand()
    .catch((): Brand | null => null);
  return brandForExport(stored, options);
}
