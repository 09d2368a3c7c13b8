import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/model/types';
import { QUESTIONS, QUESTIONS_BY_MODULE } from '../../domain/bank';
import { notApplicableByProfile } from '../../domain/scoring/scoring';
import { isRevealed, reveal, workshopToDiscuss } from '../../domain/workshop/workshop';
import { useFocusHeading } from '../../components/useFocusHeading';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { WorkshopQuestion, type WorkshopChange } from './WorkshopQuestion';

/** "To discuss": the revealed questions the team disagrees on, widest spread first, each with its team answer. */
export function DiscussScreen({
  assessment,
  onWorkshopChange,
  onPresent,
}: {
  assessment: Assessment;
  onWorkshopChange: WorkshopChange;
  onPresent: () => void;
}) {
  const { t } = useTranslation();
  const heading = useFocusHeading();
  const focusAfterRender = useFocusAfterRender();
  const w = assessment.workshop;
  if (!w) return null;
  const all = workshopToDiscuss(w);
  const shown = all.filter((d) => isRevealed(w, d.question.id));
  const hidden = QUESTIONS.filter((q) => !notApplicableByProfile(q, assessment.profile) && !isRevealed(w, q.id));
  const hiddenCount = hidden.length;
  return (
    <section aria-labelledby="discuss-title" className="discuss">
      <h1 id="discuss-title" tabIndex={-1} ref={heading}>
        {t('workshop:discuss.title')}
      </h1>
      <p className="lead">{t('workshop:discuss.intro')}</p>
      <div className="head-buttons">
        {hiddenCount > 0 && (
          <button
            type="button"
            onClick={() => {
              onWorkshopChange((x) =>
                reveal(
                  x,
                  hidden.map((q) => q.id),
                ),
              );
              // The button goes: focus goes to the list of questions to discuss it brought, or what says there are none.
              focusAfterRender(() => document.querySelector<HTMLElement>('.discuss-summary a, .discuss .empty'));
            }}
          >
            {t('workshop:discuss.revealAll', { count: hiddenCount })}
          </button>
        )}
        <button type="button" onClick={onPresent}>
          {t('workshop:present.start')}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="empty" tabIndex={-1}>
          {hiddenCount > 0 ? t('workshop:discuss.noneRevealed') : t('workshop:discuss.none')}
        </p>
      ) : (
        <>
          <ol className="discuss-summary">
            {shown.map(({ question: q, spread }) => (
              <li key={q.id}>
                <a href={`#discuss-${q.id}`}>{t(`${q.module}:q.${q.id}.short`)}</a> ({t(`${q.module}:name`)}):{' '}
                {t('workshop:discuss.spread', {
                  points: Math.round(spread.spread),
                  min: Math.round(spread.min ?? 0),
                  max: Math.round(spread.max ?? 0),
                })}
              </li>
            ))}
          </ol>
          {shown.map(({ question: q }) => (
            <div key={q.id} id={`discuss-${q.id}`}>
              <WorkshopQuestion
                question={q}
                number={`${t(`${q.module}:name`)}, ${t('module.questionNumber', { n: QUESTIONS_BY_MODULE[q.module].indexOf(q) + 1, total: QUESTIONS_BY_MODULE[q.module].length })}`}
                workshop={w}
                onChange={onWorkshopChange}
              />
            </div>
          ))}
        </>
      )}
    </section>
  );
}
