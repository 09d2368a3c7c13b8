import { useTranslation } from 'react-i18next';
import type { Assessment, ModuleId } from '../../domain/model/types';
import { LOCALE_TAG } from '../../domain/model/types';
import { unconfirmedByModule, unconfirmedModules } from '../../domain/rounds/rounds';
import { currentLanguage } from '../../i18n';

/**
 * On the results of a later round (issue 16): which areas still rest on answers carried over from the last round and
 * never confirmed, so their scores are last round's, not today's. Nothing when every answer has been looked at.
 */
export function UnconfirmedNotice({ assessment }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  const modules = unconfirmedModules(assessment);
  if (modules.length === 0) return null;
  const areas = new Intl.ListFormat(LOCALE_TAG[currentLanguage(i18n)], { type: 'conjunction' }).format(modules.map((m) => t(`${m}:name`)));
  return <p className="flag unconfirmed-notice">{t('rounds:unconfirmed.results', { count: modules.length, areas })}</p>;
}

/** One area's carried-over answers not yet confirmed, as a short mark on its card or step; nothing when none. */
export function UnconfirmedMark({ assessment, module }: { assessment: Assessment; module: ModuleId }) {
  const { t } = useTranslation();
  const count = unconfirmedByModule(assessment)[module];
  return count > 0 ? <span className="unconfirmed-mark">{t('rounds:unconfirmed.answers', { count })}</span> : null;
}
