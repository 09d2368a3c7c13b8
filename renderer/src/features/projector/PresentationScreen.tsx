import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { QUESTIONS_BY_ID } from '../../domain/bank';
import { answerOfText } from '../../domain/plan/explain';
import { commandOfKey, type PresentationCommand, type ProjectorSlide, type SlideBody } from '../../domain/workshop/presentation';
import { DistributionBars } from '../../components/DistributionBars';
import { formatScore } from '../../components/format';
import { usePageTitle } from '../../components/usePageTitle';

import type { ProjectorMark as ProjectorMarkData } from '../../domain/brand/brand';
import { ProjectorMark } from './ProjectorMark';
/**
 * The projector view: one slide at a time (a question, its spread after the reveal, "to discuss", the team's
 * scores), drawn from the slide model alone, which holds no names. Large type, high contrast, no controls: it is
 * driven by the keyboard (arrows, R, number keys, Escape), in the app's window or the projector's own.
 */
export function PresentationScreen({
  slide,
  onCommand,
  mark = null,
}: {
  slide: ProjectorSlide;
  onCommand: (command: PresentationCommand) => void;
  /** The consultant's brand in a corner, when they have one. */
  mark?: ProjectorMarkData | null;
}) {
  const { t } = useTranslation();
  const root = useRef<HTMLElement>(null);
  const latest = useRef(onCommand);
  useEffect(() => {
    latest.current = onCommand;
  });
  useEffect(() => {
    root.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const command = commandOfKey(event.key);
      if (!command) return;
      event.preventDefault();
      latest.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const company = slide.company || t('home.unnamed');
  usePageTitle(t('workshop:present.label', { company }));
  const { position, body } = slideContent(slide, t);
  return (
    <main className="presentation" ref={root} tabIndex={0} aria-label={t('workshop:present.label', { company })}>
      <header className="present-head">
        <span>{company}</span>
        <span>{position}</span>
      </header>
      <div className="present-body">{body}</div>
      <footer className="present-keys">{t('workshop:present.keysShort')}</footer>
      <ProjectorMark mark={mark} />
    </main>
  );
}

/** The slide's place (shown in the corner) and its body. */
function slideContent(slide: ProjectorSlide, t: TFunction): { position: string; body: ReactNode } {
  const b = slide.body;
  if (b.kind === 'question')
    return {
      position: t('workshop:present.position', {
        n: slide.index + 1,
        total: slide.questionCount,
        area: t(`${b.module}:name`),
        number: b.number,
      }),
      body: <QuestionSlide body={b} t={t} />,
    };
  if (b.kind === 'discuss') return { position: t('workshop:discuss.title'), body: <DiscussSlide items={b.items} t={t} /> };
  return { position: t('workshop:present.scoresTitle'), body: <ScoresSlide body={b} t={t} /> };
}

function QuestionSlide({ body, t }: { body: Extract<SlideBody, { kind: 'question' }>; t: TFunction }) {
  const q = QUESTIONS_BY_ID.get(body.questionId);
  if (!q) return null;
  const shown = body.revealed;
  return (
    <>
      <h1 className="present-question">{t(`${q.module}:q.${q.id}.text`)}</h1>
      <p className="present-answered">{t('workshop:spread.answered', { answered: body.answered, count: body.respondents })}</p>
      {!shown ? (
        <p className="present-waiting">{t('workshop:present.pressR')}</p>
      ) : (
        <>
          <DistributionBars question={q} bars={shown.bars} />
          <p className="present-spread">
            {shown.min === null
              ? t('workshop:spread.noPoints')
              : t('workshop:spread.minMedianMax', { min: shown.min, median: shown.median ?? 0, max: shown.max ?? 0 })}
            {shown.disagreement && (
              <span className="disagreement-marker">{t('workshop:spread.disagreement', { points: shown.spread })}</span>
            )}
          </p>
          {shown.team && (
            <p className="present-team">
              {t('workshop:present.team', { answer: answerOfText(q, shown.team.answer, t) })}{' '}
              <span className="hint">{shown.team.changed ? t('workshop:present.teamChanged') : t('workshop:present.teamMedian')}</span>
            </p>
          )}
        </>
      )}
    </>
  );
}

function DiscussSlide({ items, t }: { items: Extract<SlideBody, { kind: 'discuss' }>['items']; t: TFunction }) {
  return (
    <>
      <h1>{t('workshop:discuss.title')}</h1>
      {items.length === 0 ? (
        <p className="present-waiting">{t('workshop:discuss.none')}</p>
      ) : (
        <ol className="present-discuss">
          {items.map((d) => (
            <li key={d.questionId}>
              <span>{t(`${d.module}:q.${d.questionId}.short`)}</span>
              <span className="hint">{t('workshop:discuss.spread', { points: d.spread, min: d.min, max: d.max })}</span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function ScoresSlide({ body, t }: { body: Extract<SlideBody, { kind: 'scores' }>; t: TFunction }) {
  return (
    <>
      <h1>{t('workshop:present.scoresTitle')}</h1>
      <ul className="present-scores">
        {body.modules.map((m) => (
          <li key={m.module}>
            <span className="present-score">{formatScore(m.score)}</span>
            <span>{t(`${m.module}:name`)}</span>
            <span className="hint">{m.band ? t(`bands.${m.band}`) : t('results.uncertain')}</span>
          </li>
        ))}
      </ul>
      <p className="present-overall">
        {body.overall === null ? t('results.noScore') : t('workshop:present.overall', { score: body.overall })}
      </p>
    </>
  );
}
