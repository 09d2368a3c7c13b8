import { Children, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The shell's notices above every screen, in a labelled region: they are no live regions of their own any more (the
 * announcer speaks them), so a screen-reader user finds them by this landmark. Nothing when there is no notice.
 */
export function NoticeArea({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  if (Children.toArray(children).length === 0) return null;
  return (
    <section className="notice-area" aria-label={t('announcer.notices')}>
      {children}
    </section>
  );
}
