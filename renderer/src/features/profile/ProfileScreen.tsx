import { useId } from 'react';
import { useForm, useWatch, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { createHomework } from '../../domain/homework/homework';
import {
  AD_BUDGETS,
  AGE_BANDS,
  CHANNELS,
  COMPANY_SIZES,
  CUSTOMER_TYPES,
  FILLED_IN_BY,
  GOALS,
  INDUSTRIES,
  MARKETS,
  type Assessment,
  type Profile,
} from '../../domain/model/types';
import { LIMITS } from '../../domain/model/limits';
import { cleanName } from '../../domain/model/names';
import { useFocusHeading } from '../../components/useFocusHeading';
import type { AssessmentChange } from '../../domain/model/steps';
import { useFormChanges } from '../../components/useFormChanges';
import { IndustryField } from './IndustryField';

/** The form works on strings (what inputs hold); `toProfile` turns them into the domain's types. */
interface ProfileForm {
  companyName: string;
  respondent: string;
  industry: string;
  customerType: string;
  localCustomers: string;
  size: string;
  filledInBy: string;
  markets: string[];
  ageBands: string[];
  goals: string[];
  hoursPerWeek: string;
  channels: string[];
  adBudget: string;
}

/** "Customers come to us / we serve a local area": yes, no, or not answered (''). */
const LOCAL_CUSTOMERS = ['yes', 'no'] as const;

const pick = <T extends string>(values: readonly T[], v: string): T | null => (values.includes(v as T) ? (v as T) : null);
const pickAll = <T extends string>(values: readonly T[], list: string[] | undefined): T[] => values.filter((v) => (list ?? []).includes(v));

export function parseHours(text: string): number | null {
  const n = Number(text.replace(',', '.').trim());
  return text.trim() === '' || !Number.isFinite(n) || n < 0 || n > 168 ? null : n;
}

function toProfile(f: ProfileForm): Profile {
  return {
    // Kept cleaned (model/names.ts); the input keeps what is being typed.
    companyName: cleanName(f.companyName).slice(0, LIMITS.name),
    respondent: cleanName(f.respondent).slice(0, LIMITS.name),
    industry: pick(INDUSTRIES, f.industry),
    customerType: pick(CUSTOMER_TYPES, f.customerType),
    localCustomers: f.localCustomers === '' ? null : f.localCustomers === 'yes',
    size: pick(COMPANY_SIZES, f.size),
    filledInBy: pick(FILLED_IN_BY, f.filledInBy),
    markets: pickAll(MARKETS, f.markets),
    ageBands: pickAll(AGE_BANDS, f.ageBands),
    goals: pickAll(GOALS, f.goals),
    hoursPerWeek: parseHours(f.hoursPerWeek),
    channels: pickAll(CHANNELS, f.channels),
    adBudget: pick(AD_BUDGETS, f.adBudget),
  };
}

function toForm(p: Profile): ProfileForm {
  return {
    ...p,
    industry: p.industry ?? '',
    customerType: p.customerType ?? '',
    localCustomers: p.localCustomers === true ? 'yes' : p.localCustomers === false ? 'no' : '',
    size: p.size ?? '',
    filledInBy: p.filledInBy ?? '',
    adBudget: p.adBudget ?? '',
    hoursPerWeek: p.hoursPerWeek === null ? '' : String(p.hoursPerWeek),
  };
}

type ListField = 'markets' | 'ageBands' | 'goals' | 'channels';
type ChoiceField = 'customerType' | 'localCustomers' | 'size' | 'filledInBy' | 'adBudget';

/** A labelled group of checkboxes (any number) or radios (one) over a fixed list of values. */
function OptionGroup(
  props: { values: readonly string[]; register: UseFormRegister<ProfileForm> } & (
    { type: 'checkbox'; name: ListField } | { type: 'radio'; name: ChoiceField }
  ),
) {
  const { t } = useTranslation('profile');
  const hintId = useId();
  const { name, type, values, register } = props;
  return (
    <fieldset className="field" aria-describedby={hintId}>
      <legend>{t(`fields.${name}.label`)}</legend>
      <p id={hintId} className="hint">
        {t(`fields.${name}.hint`)}
      </p>
      <div className="option-grid">
        {values.map((v) => (
          <label key={v} className="option">
            <input type={type} value={v} {...register(name)} />
            <span>{t(`options.${name}.${v}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function TextField({
  name,
  register,
  type = 'text',
}: {
  name: 'companyName' | 'respondent';
  register: UseFormRegister<ProfileForm>;
  type?: string;
}) {
  const { t } = useTranslation('profile');
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t(`fields.${name}.label`)}</label>
      <p id={`${id}-hint`} className="hint">
        {t(`fields.${name}.hint`)}
      </p>
      <input id={id} type={type} maxLength={LIMITS.name} aria-describedby={`${id}-hint`} autoComplete="off" {...register(name)} />
    </div>
  );
}

export function ProfileScreen({ assessment, onChange }: { assessment: Assessment; onChange: AssessmentChange }) {
  const { t } = useTranslation('profile');
  const heading = useFocusHeading();
  const hoursId = useId();
  const { register, control, subscribe } = useForm<ProfileForm>({ defaultValues: toForm(assessment.profile), mode: 'onChange' });
  const hours = useWatch({ control, name: 'hoursPerWeek' });
  const industry = useWatch({ control, name: 'industry' });
  const size = useWatch({ control, name: 'size' });
  const hoursInvalid = hours.trim() !== '' && parseHours(hours) === null;
  useFormChanges(subscribe, onChange, (values) => {
    const profile = toProfile(values);
    return (a) => ({ ...a, profile });
  });

  return (
    <section aria-labelledby="profile-title">
      <h1 id="profile-title" tabIndex={-1} ref={heading}>
        {t('title')}
      </h1>
      <p className="lead">{t('intro')}</p>
      <form className="profile-form" onSubmit={(e) => e.preventDefault()} noValidate>
        <TextField name="companyName" register={register} />
        <TextField name="respondent" register={register} />
        <IndustryField registration={register('industry')} value={industry} />
        <OptionGroup type="radio" name="customerType" values={CUSTOMER_TYPES} register={register} />
        <OptionGroup type="radio" name="localCustomers" values={LOCAL_CUSTOMERS} register={register} />
        <OptionGroup type="radio" name="size" values={COMPANY_SIZES} register={register} />
        {/* A one-person business is not asked who fills in: its owner does. An answer given before is kept. */}
        {size !== 'solo' && <OptionGroup type="radio" name="filledInBy" values={FILLED_IN_BY} register={register} />}
        <OptionGroup type="checkbox" name="markets" values={MARKETS} register={register} />
        <OptionGroup type="checkbox" name="ageBands" values={AGE_BANDS} register={register} />
        <OptionGroup type="checkbox" name="goals" values={GOALS} register={register} />
        <div className="field">
          <label htmlFor={hoursId}>{t('fields.hoursPerWeek.label')}</label>
          <p id={`${hoursId}-hint`} className="hint">
            {t('fields.hoursPerWeek.hint')}
          </p>
          <div className="number-row">
            <input
              id={hoursId}
              type="text"
              inputMode="decimal"
              aria-describedby={`${hoursId}-hint${hoursInvalid ? ` ${hoursId}-error` : ''}`}
              aria-invalid={hoursInvalid || undefined}
              {...register('hoursPerWeek')}
            />
            <span>{t('fields.hoursPerWeek.unit')}</span>
          </div>
          {hoursInvalid && (
            <p id={`${hoursId}-error`} className="field-error" role="alert">
              {t('common:form.hoursInvalid')}
            </p>
          )}
        </div>
        <OptionGroup type="checkbox" name="channels" values={CHANNELS} register={register} />
        <OptionGroup type="radio" name="adBudget" values={AD_BUDGETS} register={register} />
      </form>
      {!assessment.homework && !assessment.workshop && (
        // Homework mode can be switched on later too: a course participant who started an ordinary assessment.
        <div className="homework-switch">
          <p className="hint">{t('homework:switch.hint')}</p>
          <button type="button" onClick={() => onChange((a) => (a.homework ? a : { ...a, homework: createHomework('', 0) }))}>
            {t('homework:switch.button')}
          </button>
        </div>
      )}
    </section>
  );
}
