import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/model/types';
import { LOCALE_TAG, MODULE_IDS } from '../../domain/model/types';
import type { SaveResult } from '../../../../electron/shared/contract';
import { changedSinceHandIn, handInProblems, wordCount, type HandInProblem } from '../../domain/homework/homework';
import { LIMITS } from '../../domain/model/limits';
import { cleanName } from '../../domain/model/names';
import { currentLanguage } from '../../i18n';
import { useFocusHeading } from '../../components/useFocusHeading';
import { useAnnounce } from '../../components/announcer/useAnnounce';
import type { AssessmentChange } from '../../domain/model/steps';
import type { Step } from '../../domain/model/steps';

/**
 * Assessments whose student has asked to hand in this session: the list of what is missing stays up when they come
 * back from fixing something, so they can go through it one by one.
 */
const askedToHandIn = new Set<string>();

/**
 * Handing in homework: the student's name and course code, each area's reflection against the teacher's minimum,
 * and "Hand in", which first says exactly what is missing, then saves the file named for the teacher.
 */
export function HandInScreen({
  assessment,
  onChange,
  onHandIn,
  onStep,
}: {
  assessment: Assessment;
  onChange: AssessmentChange;
  onHandIn: () => Promise<SaveResult>;
  onStep: (step: Step) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const heading = useFocusHeading();
  const lng = currentLanguage(i18n);
  const h = assessment.homework;
  // The name the student gave in the profile is used here, not asked for again (WCAG 3.3.7); they may still change it.
  const nameFromProfile = cleanName(assessment.profile.respondent);
  const [student, setStudent] = useState(h?.student || nameFromProfile);
  // Once, when the screen opens: a student who then clears the field is not given the name back while they type.
  const fillFromProfile = useRef(!!h && !h.student && nameFromProfile !== '');
  useEffect(() => {
    if (!fillFromProfile.current) return;
    fillFromProfile.current = false;
    onChange((a) => (a.homework && !a.homework.student ? { ...a, homework: { ...a.homework, student: nameFromProfile } } : a));
  }, [nameFromProfile, onChange]);
  const [course, setCourse] = useState(h?.course ?? '');
  const [shown, setShown] = useState<HandInProblem[] | null>(() => (askedToHandIn.has(assessment.id) ? [] : null));
  const [result, setResult] = useState<SaveResult | null>(null);
  const [busy, setBusy] = useState(false);
  const problemsHeading = useRef<HTMLHeadingElement>(null);
  const savedText = result?.kind === 'saved' ? t('homework:handIn.saved', { path: result.path }) : null;
  useAnnounce(savedText ?? (result?.kind === 'failed' ? t('homework:handIn.failed') : null), {
    politeness: result?.kind === 'failed' ? 'assertive' : 'polite',
    when: result,
  });
  useEffect(() => {
    if (shown && shown.length > 0) problemsHeading.current?.focus();
  }, [shown]);
  if (!h) return null;
  const set = (patch: Partial<typeof h>): void => onChange((a) => (a.homework ? { ...a, homework: { ...a.homework, ...patch } } : a));
  const current = handInProblems(assessment);
  const when = h.handedInAt
    ? new Intl.DateTimeFormat(LOCALE_TAG[lng], { dateStyle: 'long', timeStyle: 'short' }).format(new Date(h.handedInAt))
    : null;
  const changedSince = changedSinceHandIn(assessment);

  const problemText = (p: HandInProblem): { text: string; step: Step } => {
    switch (p.kind) {
      case 'student':
        return { text: t('homework:missing.student'), step: 'handIn' };
      case 'course':
        return { text: t('homework:missing.course'), step: 'handIn' };
      case 'profile':
        return { text: t('homework:missing.profile'), step: 'profile' };
      case 'unanswered':
        return { text: t('homework:missing.unanswered', { count: p.count, area: t(`${p.module}:name`) }), step: p.module };
      case 'reflection':
        return { text: t('homework:missing.reflection', { area: t(`${p.module}:name`), count: p.words, min: p.minWords }), step: p.module };
    }
  };

  const handIn = async (): Promise<void> => {
    setResult(null);
    const problems = handInProblems(assessment);
    askedToHandIn.add(assessment.id);
    setShown(problems);
    if (problems.length > 0 || busy) return;
    setBusy(true);
    try {
      setResult(await onHandIn());
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="hand-in-title" className="hand-in">
      <h1 id="hand-in-title" tabIndex={-1} ref={heading}>
        {t('homework:handIn.title')}
      </h1>
      <p className="lead">{t('homework:handIn.intro')}</p>
      {when && (
        <p className={changedSince ? 'notice notice-warning handed-in' : 'notice notice-ok handed-in'}>
          {changedSince ? t('homework:handIn.changedSince', { when }) : t('homework:handIn.handedIn', { when })}
        </p>
      )}

      <div className="field">
        <label htmlFor={`${id}-student`}>{t('homework:fields.student')}</label>
        <input
          id={`${id}-student`}
          type="text"
          value={student}
          maxLength={LIMITS.name}
          autoComplete="name"
          onChange={(e) => {
            setStudent(e.target.value);
            // Kept cleaned (no hidden characters): the teacher's overview must see one student, not a look-alike.
            set({ student: cleanName(e.target.value) });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-course`}>{t('homework:fields.course')}</label>
        <input
          id={`${id}-course`}
          type="text"
          value={course}
          maxLength={LIMITS.course}
          onChange={(e) => {
            setCourse(e.target.value);
            set({ course: e.target.value });
          }}
        />
      </div>

      <table className="scores-table reflections-table">
        <caption>
          {h.minWords > 0 ? t('homework:handIn.reflectionsCaptionMin', { min: h.minWords }) : t('homework:handIn.reflectionsCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop:scores.module')}</th>
            <th scope="col">{t('homework:handIn.words')}</th>
          </tr>
        </thead>
        <tbody>
          {MODULE_IDS.map((m) => (
            <tr key={m}>
              <th scope="row">{t(`${m}:name`)}</th>
              <td>{wordCount(h.reflections[m] ?? '')}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="hand-in-actions">
        <button type="button" className="primary" onClick={() => void handIn()} aria-disabled={busy}>
          {t('homework:handIn.button')}
        </button>
        <span className="hint">
          {current.length === 0 ? t('homework:handIn.ready') : t('homework:handIn.notReady', { count: current.length })}
        </span>
      </div>

      <div className="hand-in-outcome">{savedText && <p className="notice notice-ok">{savedText}</p>}</div>
      {result?.kind === 'failed' && <p className="notice notice-error">{t('homework:handIn.failed')}</p>}
      {/* Once asked for, the list follows the student's fixes live. */}
      {shown && current.length > 0 && (
        <section className="notice notice-error hand-in-missing" aria-labelledby={`${id}-missing`}>
          <h2 id={`${id}-missing`} tabIndex={-1} ref={problemsHeading}>
            {t('homework:handIn.missingTitle', { count: current.length })}
          </h2>
          <ul>
            {current.map((p, i) => {
              const { text, step } = problemText(p);
              return (
                <li key={i}>
                  {text}{' '}
                  {step !== 'handIn' && (
                    <button type="button" className="quiet" onClick={() => onStep(step)}>
                      {t('homework:handIn.goTo', { step: step === 'profile' ? t('steps.profile') : t(`${step}:name`) })}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </section>
  );
}
