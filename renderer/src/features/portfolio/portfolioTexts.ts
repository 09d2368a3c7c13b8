import type { PortfolioRow } from '../../domain/portfolio/portfolio';
import type { Translate } from '../../domain/plan/explain';
import { UNCOUNTED } from '../../domain/model/summary';

/** The words of one row's cells, the same on the screen, in the PDF and in the CSV. */
export const companyText = (t: Translate, r: PortfolioRow): string => r.companyName.trim() || t('portfolio:unnamed');

/** The band, or "uncertain" while the overall score is preliminary. */
export const bandText = (t: Translate, r: PortfolioRow): string => (r.band ? t(`common:bands.${r.band}`) : t('portfolio:filters.noBand'));

/** "bedre" / "svakere" / "uendret" / "ikke bekreftet" as the rounds say it, or "første runde". */
export const changeText = (t: Translate, r: PortfolioRow): string =>
  r.change ? t(`rounds:movement.${r.change}`) : r.round > 1 || r.rounds > 1 ? '–' : t('portfolio:firstRound');

/** "3 av 8"; "ingen plan ennå" before a score; "ikke talt ennå" while main has not counted it (never a guess). */
export const progressText = (t: Translate, r: PortfolioRow): string =>
  r.plan === UNCOUNTED
    ? t('portfolio:uncounted')
    : r.plan
      ? t('portfolio:progress', { done: r.plan.done, active: r.plan.active })
      : t('portfolio:noPlan');
