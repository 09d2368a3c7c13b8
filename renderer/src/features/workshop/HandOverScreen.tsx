import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../domain/model/types';
import { LIMITS } from '../../domain/model/limits';
import { nextTurn, waitingToAnswer } from '../../domain/workshop/handOver';
import { useFocusHeading } from '../../components/useFocusHeading';
import type { WorkshopChange } from './WorkshopQuestion';
import { useAnnounce } from '../../components/announcer/useAnnounce';

type Problem = 'alreadyAnswered' | 'full' | null;

/**
 * What the laptop shows after someone hides their answers: a screen that names nobody and shows no answer, where
 * the next participant starts their own turn. Nothing here opens anyone's answers again; the facilitator does that
 * from the participant list ("I lead the workshop"), behind a confirmation that names whose answers will show.
 */
export function HandOverScreen(props: {
  workshop: Workshop;
  onWorkshopChange: WorkshopChange;
  /** Starts answering as this participant (added to the workshop just before, when new). */
  onAnswer: (respondentId: string) => void;
  /** To the participant list: the facilitator's own view. */
  onFacilitator: () => void;
}) {
  const { t } = useTranslation();
  const { workshop: w } = props;
  const [choosingName, setChoosingName] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);

  const beginTurn = (typedName: string): void => {
    const newId = crypto.randomUUID();
    const turn = nextTurn(w, typedName, newId);
    if (turn.kind !== 'start') return setProblem(turn.kind);
    // Applied to the newest version of the workshop; the id is fixed, so it lands on the same participant.
    props.onWorkshopChange((x) => {
      const again = nextTurn(x, typedName, newId);
      return again.kind === 'start' ? again.workshop : x;
    });
    props.onAnswer(turn.respondentId);
  };
  const problemText = problem && t(`workshop:handOver.${problem}`, { max: LIMITS.respondents });

  return choosingName && !w.anonymous ? (
    <WhoAreYou
      workshop={w}
      problem={problemText}
      onName={beginTurn}
      onBack={() => {
        setProblem(null);
        setChoosingName(false);
      }}
    />
  ) : (
    <HandOverCard
      problem={problemText}
      onStart={() => (w.anonymous ? beginTurn('') : setChoosingName(true))}
      onFacilitator={props.onFacilitator}
    />
  );
}

/** The neutral screen itself: hidden, pass it on, ask the facilitator to change anything. */
function HandOverCard(props: { problem: string | null; onStart: () => void; onFacilitator: () => void }) {
  const { t } = useTranslation();
  const heading = useFocusHeading();
  return (
    <section className="hand-over" aria-labelledby="hand-over-title">
      <h1 id="hand-over-title" tabIndex={-1} ref={heading}>
        {t('workshop:handOver.title')}
      </h1>
      <p className="lead">{t('workshop:handOver.hidden')}</p>
      <p>{t('workshop:handOver.next')}</p>
      <div className="hand-over-buttons">
        <button type="button" className="primary" onClick={props.onStart}>
          {t('workshop:handOver.start')}
        </button>
      </div>
      <ProblemLine text={props.problem} />
      <div className="hand-over-facilitator">
        <button type="button" className="quiet" onClick={props.onFacilitator}>
          {t('workshop:handOver.facilitator')}
        </button>
      </div>
    </section>
  );
}

/**
 * A named workshop's next participant: their name among those still waiting (no one who has answered is listed),
 * or typed. A typed name that has already answered is refused with "ask the facilitator".
 */
function WhoAreYou(props: { workshop: Workshop; problem: string | null; onName: (name: string) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusHeading();
  const [typed, setTyped] = useState('');
  const waiting = waitingToAnswer(props.workshop).filter((r) => r.name.trim());
  return (
    <section className="hand-over" aria-labelledby="hand-over-title">
      <h1 id="hand-over-title" tabIndex={-1} ref={heading}>
        {t('workshop:handOver.whoTitle')}
      </h1>
      <p className="lead">{t(waiting.length > 0 ? 'workshop:handOver.whoPick' : 'workshop:handOver.whoType')}</p>
      {waiting.length > 0 && (
        <ul className="waiting-list">
          {waiting.map((r) => (
            <li key={r.id}>
              <button type="button" onClick={() => props.onName(r.name)}>
                {t('workshop:handOver.iAm', { name: r.name.trim() })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="hand-over-name"
        onSubmit={(e) => {
          e.preventDefault();
          props.onName(typed);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('workshop:handOver.yourName')}</label>
          <input id={`${id}-name`} type="text" value={typed} maxLength={LIMITS.name} onChange={(e) => setTyped(e.target.value)} />
        </div>
        <button type="submit" className="primary">
          {t('workshop:handOver.start')}
        </button>
      </form>
      <ProblemLine text={props.problem} />
      <div className="hand-over-facilitator">
        <button type="button" onClick={props.onBack}>
          {t('workshop:handOver.back')}
        </button>
      </div>
    </section>
  );
}

/** Why the turn could not start, read out (by the app's announcer) when it appears. */
function ProblemLine({ text }: { text: string | null }) {
  useAnnounce(text, { politeness: 'assertive' });
  return <div className="hand-over-problem">{text && <p className="notice notice-error">{text}</p>}</div>;
}
