import type { TFunction } from 'i18next';
import type { RespondentLabel } from '../../domain/workshop/workshop';

/** A respondent as the screens and exports name them: the name, or "Deltaker 3" / "Deltagare 3". */
export const labelText = (t: TFunction, label: RespondentLabel): string =>
  label.kind === 'name' ? label.name : t('workshop:respondent.numbered', { number: label.number });
