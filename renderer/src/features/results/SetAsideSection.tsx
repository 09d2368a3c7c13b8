import { useTranslation } from 'react-i18next';
import type { SetAsideItem } from '../../domain/model/types';
import { setAsideLines } from '../../domain/report/setAsideText';

/**
 * What an earlier version stored in this assessment and this one cannot use: listed in full, collapsed, so it is
 * never hidden and never in the way. Shown only when there is something.
 */
export function SetAsideSection({ items }: { items: ReadonlyArray<SetAsideItem> | undefined }) {
  const { t } = useTranslation();
  if (!items || items.length === 0) return null;
  return (
    <details className="set-aside">
      <summary>{t('setAside.title', { count: items.length })}</summary>
      <p>{t('setAside.intro')}</p>
      <ul>
        {setAsideLines(items, t).map((line, i) => (
          <li key={i}>
            <strong>{line.what}:</strong> {line.value}
          </li>
        ))}
      </ul>
    </details>
  );
}
