import type { Brand } from '../../domain/brand/brand';
import type { Translate } from '../../domain/plan/explain';

/**
 * The consultant's brand and the client's logo, side by side: on the cover of every branded PDF (report, workshop,
 * class, portfolio), in the settings' preview, and small in a corner of the projector view. Each logo is a PNG or
 * JPEG that main checked before it was stored, drawn from its data URL. `t` is fixed to the document's language.
 */
export function BrandMark({
  brand,
  clientLogo = null,
  t,
  variant = 'cover',
}: {
  brand: Brand | null;
  clientLogo?: string | null;
  t: Translate;
  variant?: 'cover' | 'corner';
}) {
  if (!brand && !clientLogo) return null;
  const name = brand?.name.trim() ?? '';
  return (
    <div className={`brand-mark brand-mark-${variant}`}>
      {(brand?.logo || clientLogo) && (
        <div className="brand-logos">
          {brand?.logo && (
            <img className="brand-logo" src={brand.logo} alt={name ? t('files:brand.logoOf', { name }) : t('files:brand.logoAlt')} />
          )}
          {clientLogo && <img className="brand-logo brand-client-logo" src={clientLogo} alt={t('files:brand.clientLogoAlt')} />}
        </div>
      )}
      {variant === 'cover' && name && (
        <p className="brand-name">
          {t('files:brand.preparedBy')} {name}
        </p>
      )}
      {variant === 'cover' && brand?.contact.trim() && <p className="brand-contact">{brand.contact}</p>}
    </div>
  );
}
