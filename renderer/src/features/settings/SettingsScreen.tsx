import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_BRAND, brandIsOn, type Brand } from '../../domain/brand/brand';
import { useFocusHeading } from '../../components/useFocusHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { api } from '../../api';
import { useAnnounce } from '../../components/announcer/useAnnounce';
import { BrandForm } from './BrandForm';
import { BrandPreview } from './BrandPreview';
import { PeerComparisonSwitch } from '../comparison/PeerComparisonSwitch';

type Outcome = 'saved' | 'savedOff' | 'removed' | 'saveFailed';

/**
 * The settings: the consultant's brand on every export (name, logo, accent colour, contact line, and whether
 * homework carries it), with a preview of the PDF. Reached from the home screen and the app menu.
 */
export function SettingsScreen() {
  const { t } = useTranslation('files');
  usePageTitle(t('brand.title'));
  const heading = useFocusHeading();
  // null while the stored brand is read; the form starts from it (or empty).
  const [stored, setStored] = useState<Brand | null>(null);
  const [draft, setDraft] = useState<Brand | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [outcome, setOutcome] = useState<{ kind: Outcome; at: number } | null>(null);
  // Spoken by the app's announcer on each save (a second failure again); shown beside the buttons too.
  useAnnounce(outcome && t(`brand.${outcome.kind}`), {
    politeness: outcome?.kind === 'saveFailed' ? 'assertive' : 'polite',
    when: outcome?.at,
  });

  useEffect(() => {
    let live = true;
    void api()
      .getBrand()
      .then((brand) => {
        if (!live) return;
        setStored(brand ?? EMPTY_BRAND);
        setDraft(brand ?? EMPTY_BRAND);
      });
    return () => {
      live = false;
    };
  }, []);

  async function store(brand: Brand | null): Promise<void> {
    const ok = await api()
      .setBrand(brand)
      .catch(() => false);
    if (!ok) return setOutcome({ kind: 'saveFailed', at: Date.now() });
    setStored(brand ?? EMPTY_BRAND);
    if (!brand) {
      setDraft(EMPTY_BRAND);
      setFormKey((k) => k + 1); // the form starts again from the empty brand
    }
    setOutcome({ kind: !brand ? 'removed' : brandIsOn(brand) ? 'saved' : 'savedOff', at: Date.now() });
  }

  return (
    <div className="settings-screen">
      <h1 ref={heading} tabIndex={-1}>
        {t('brand.title')}
      </h1>
      <p>{t('brand.intro')}</p>
      {stored && draft && (
        <div className="settings-columns">
          <BrandForm key={formKey} initial={stored} onChange={setDraft} onSave={(b) => void store(b)} onRemove={() => void store(null)}>
            {outcome && <p className={outcome.kind === 'saveFailed' ? 'field-error' : 'hint'}>{t(`brand.${outcome.kind}`)}</p>}
          </BrandForm>
          <BrandPreview brand={draft} />
        </div>
      )}
      <PeerComparisonSwitch />
    </div>
  );
}
