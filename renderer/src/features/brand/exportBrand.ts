import { brandForExport, brandIsOn, type Brand, type ExportBrand } from '../../domain/brand/brand';
import type { Assessment } from '../../domain/model/types';
import { api } from '../../api';

/**
 * What an export of this assessment carries: the consultant's brand as stored now (none for homework unless the
 * teacher turned it on) and the client's logo kept in the assessment. Read at export time, so a brand changed a
 * moment ago is the one on the file.
 */
export async function exportBrandOf(assessment: Assessment): Promise<ExportBrand> {
  const own = await api()
    .getBrand()
    .catch((): Brand | null => null);
  // The consultant's brand sent with the file counts only where the user has none of their own.
  const brand = brandIsOn(own) ? own : (assessment.consultantBrand ?? null);
  return { brand: brandForExport(brand, { homework: !!assessment.homework }), clientLogo: assessment.clientLogo ?? null };
}
