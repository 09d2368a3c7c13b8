import { useTranslation } from 'react-i18next';
import type { ProjectorMark as Mark } from '../../domain/brand/brand';

/**
 * The consultant's brand, small in a corner of the projector view: their logo and the client's, or their name when
 * there is no logo. The projector imports no other screen, so this is its own small copy of the brand's mark.
 */
export function ProjectorMark({ mark }: { mark: Mark | null | undefined }) {
  const { t } = useTranslation('files');
  if (!mark) return null;
  const { name, logo, clientLogo } = mark;
  return (
    <div className="brand-mark brand-mark-corner">
      {logo && <img className="brand-logo" src={logo} alt={name ? t('brand.logoOf', { name }) : t('brand.logoAlt')} />}
      {!logo && name && <span className="brand-mark-name">{name}</span>}
      {clientLogo && <img className="brand-logo" src={clientLogo} alt={t('brand.clientLogoAlt')} />}
    </div>
  );
}
