import type { TFunction } from 'i18next';
import type { QuestionResult } from '../../domain/scoring';

/** The answer in words, as the user chose it. */
export function answerText(r: QuestionResult, t: TFunction): string {
  const q = r.question;
  const a = r.answer;
  if (!a) return t('common:results.unanswered');
  switch (a.kind) {
    case 'dontKnow':
      return t('common:answer.dontKnow');
    case 'notApplicable':
      return t('common:answer.notApplicable');
    case 'scale':
      return t(`${q.module}:q.${q.id}.levels.${a.level}`);
    case 'choice':
      return t(`${q.module}:q.${q.id}.options.${a.option}`);
    case 'multi':
      return a.options.length === 0 ? t('common:answer.none') : a.options.map((o) => t(`${q.module}:q.${q.id}.options.${o}`)).join('; ');
    case 'number':
      return `${a.value} ${t(`${q.module}:q.${q.id}.unit`)}`;
  }
}

/** Why the question scored what it did, in one or two sentences. */
export function whyThisScore(r: QuestionResult, t: TFunction): string {
  const q = r.question;
  const points = Math.round(r.points ?? 0);
  const weight = t('common:results.weight', { weight: q.weight });
  if (r.status === 'unanswered') return t('common:results.why.unanswered');
  if (r.status === 'dontKnow') return `${t('common:results.why.dontKnow')} ${weight}`;
  if (r.status === 'notApplicable') return t('common:results.why.notApplicable');
  const a = r.answer;
  switch (q.answer.kind) {
    case 'scale':
      return `${t('common:results.why.scale', { level: a?.kind === 'scale' ? a.level + 1 : 0, points })} ${weight}`;
    case 'choice':
      return `${t('common:results.why.choice', { points })} ${weight}`;
    case 'multi': {
      const chosen = a?.kind === 'multi' ? a.options.length : 0;
      return `${t('common:results.why.multi', { chosen, total: q.answer.options.length, points })} ${weight}`;
    }
    case 'number': {
      const { better, steps, otherwise } = q.answer.scoring;
      const unit = t(`${q.module}:q.${q.id}.unit`);
      const sorted = [...steps].sort((x, y) => (better === 'higher' ? y.limit - x.limit : x.limit - y.limit));
      const thresholds = sorted
        .map((s) => t(better === 'higher' ? 'common:results.why.atLeast' : 'common:results.why.atMost', { limit: s.limit, unit, points: s.points }))
        .join(', ');
      return `${t('common:results.why.number', { points, thresholds, otherwise })} ${weight}`;
    }
  }
}
