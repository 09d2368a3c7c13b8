import { useTranslation } from 'react-i18next';
import type { StoreNotice } from '../../../electron/shared/contract';

/** What the user must know about their stored data at start-up: what could not be read, where it is, what loaded. */
export function StoreNoticeView({ notice }: { notice: StoreNotice }) {
  const { t } = useTranslation();
  if (notice.kind === 'damagedStore')
    return (
      <div className="notice notice-warning" role="alert">
        {t('notice.damagedStore', { path: notice.backupPath })}
      </div>
    );
  if (notice.kind === 'newerStore')
    return (
      <div className="notice notice-warning" role="alert">
        {t('notice.newerStore', { path: notice.backupPath, found: notice.found, supported: notice.supported })}
      </div>
    );
  const companies = notice.damaged.flatMap((d) => (d.company ? [d.company] : []));
  return (
    <div className="notice notice-warning" role="alert">
      {notice.damaged.length > 0 && (
        <p>
          {t('notice.damagedFiles', { count: notice.damaged.length, path: notice.damaged[0]?.path ?? '' })}{' '}
          {companies.length === 1 && t('notice.damagedCompany', { company: companies[0] })}
          {companies.length > 1 && t('notice.damagedCompanies', { companies: companies.join(', ') })}{' '}
          {t('notice.backupsHint', { folder: notice.backupsFolder })}
        </p>
      )}
      {notice.newer.length > 0 && <p>{t('notice.newerFiles', { count: notice.newer.length, path: notice.newer[0]?.path ?? '' })}</p>}
      {notice.setAside.map((s, i) => (
        <p key={i}>{t('notice.setAside', { count: s.count, company: s.company ?? t('notice.setAsideUnnamed') })}</p>
      ))}
    </div>
  );
}
