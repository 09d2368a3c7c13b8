import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { StoreNotice } from '../../../electron/shared/contract';
import { useAnnounce } from './announcer/useAnnounce';

/**
 * What the user must know about their stored data at start-up: what could not be read, where it is, what loaded.
 * Shown here and spoken once, at once, through the app's announcer (the notice is no live region of its own).
 */
export function StoreNoticeView({ notice }: { notice: StoreNotice }) {
  const { t } = useTranslation();
  const lines = noticeLines(t, notice);
  useAnnounce(lines.join(' '), { politeness: 'assertive', when: notice });
  return (
    <div className="notice notice-warning">
      {lines.map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}

function noticeLines(t: TFunction, notice: StoreNotice): string[] {
  if (notice.kind === 'damagedStore') return [t('notice.damagedStore', { path: notice.backupPath })];
  if (notice.kind === 'newerStore')
    return [t('notice.newerStore', { path: notice.backupPath, found: notice.found, supported: notice.supported })];
  const companies = notice.damaged.flatMap((d) => (d.company ? [d.company] : []));
  const lines: string[] = [];
  if (notice.damaged.length > 0)
    lines.push(
      [
        t('notice.damagedFiles', { count: notice.damaged.length, path: notice.damaged[0]?.path ?? '' }),
        companies.length === 1 ? t('notice.damagedCompany', { company: companies[0] }) : '',
        companies.length > 1 ? t('notice.damagedCompanies', { companies: companies.join(', ') }) : '',
        t('notice.backupsHint', { folder: notice.backupsFolder }),
      ]
        .filter((part) => part !== '')
        .join(' '),
    );
  if (notice.newer.length > 0) lines.push(t('notice.newerFiles', { count: notice.newer.length, path: notice.newer[0]?.path ?? '' }));
  for (const s of notice.setAside) lines.push(t('notice.setAside', { count: s.count, company: s.company ?? t('notice.setAsideUnnamed') }));
  return lines;
}
