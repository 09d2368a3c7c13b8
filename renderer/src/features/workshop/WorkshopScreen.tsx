import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/model/types';
import type { AssessmentResult } from '../../domain/scoring/scoring';
import type { DisplayChoice } from '../../../../electron/shared/contract';
import { QUESTIONS, QUESTIONS_BY_ID } from '../../domain/bank';
import { notApplicableByProfile } from '../../domain/scoring/scoring';
import {
  addRespondent,
  canChangeAnonymity,
  isRevealed,
  removeRespondent,
  renameRespondent,
  respondentLabel,
  reveal,
  setAnonymous,
} from '../../domain/workshop/workshop';
import { addRespondentFromFile, type RespondentFileProblem } from '../../domain/workshop/respondentFile';
import { MAX_FILE_BYTES } from '../../domain/files/fileFormatBasics';
import { LIMITS } from '../../domain/model/limits';
import { api } from '../../api';
import { useFocusHeading } from '../../components/useFocusHeading';
import type { AssessmentChange } from '../../domain/model/steps';
import type { WorkshopChange } from './WorkshopQuestion';
import { RespondentScores } from './RespondentScores';
import { labelText } from './labels';

type FileMessage = { ok: true; text: string; notCarriedOver: string[] } | { ok: false; text: string; detail?: string };

/**
 * The workshop's respondents: who answers (named or anonymous), pass-the-laptop ("answer as"), a participant's own
 * file added as a respondent, how far each has come, the reveal of everything, the projector, and each person's
 * scores as far as anonymity allows.
 */
export function WorkshopScreen(props: {
  assessment: Assessment;
  result: AssessmentResult;
  onChange: AssessmentChange;
  onWorkshopChange: WorkshopChange;
  onAnswerAs: (respondentId: string) => void;
  onPresent: (displayId: number | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusHeading();
  const { assessment } = props;
  const w = assessment.workshop;
  const [newName, setNewName] = useState('');
  const [fileMessage, setFileMessage] = useState<FileMessage | null>(null);
  const [displays, setDisplays] = useState<DisplayChoice[]>([]);
  const [displayId, setDisplayId] = useState<number | null>(null);
  useEffect(() => {
    const load = (): void =>
      void api()
        .listDisplays()
        .then(setDisplays, () => setDisplays([]));
    load();
    // A projector plugged in while the screen is open appears in the list.
    return api().onPresentationEvent((event) => {
      if (event === 'displaysChanged') load();
    });
  }, []);
  if (!w) return null;
  const asked = QUESTIONS.filter((q) => !notApplicableByProfile(q, assessment.profile));
  const hidden = asked.filter((q) => !isRevealed(w, q.id));
  const chosenDisplay = displays.find((d) => d.id === displayId) ?? displays.find((d) => d.suggested);

  const addFromFile = async (): Promise<void> => {
    setFileMessage(null);
    let result;
    try {
      result = await api().readRespondentFile();
    } catch {
      return setFileMessage({ ok: false, text: t('errors.actionFailed') });
    }
    if (result.kind === 'cancelled') return;
    if (result.kind === 'failed') {
      const e = result.error;
      return setFileMessage({
        ok: false,
        text: `${t('files:import.failedFile', { file: result.fileName })} ${t(`files:import.errors.${e.code}`, { found: e.found, supported: e.supported, number: e.question?.number, area: e.question ? t(`modules.${e.question.module}`) : '', limit: Math.round(MAX_FILE_BYTES / (1024 * 1024)) })}`,
        detail: e.detail,
      });
    }
    const outcome = addRespondentFromFile(assessment, result.assessment, crypto.randomUUID());
    if (!outcome.ok) return setFileMessage({ ok: false, text: problemText(outcome.problem, result.fileName, outcome.fileCompany) });
    props.onChange((a) => {
      // Applied to the newest version of the workshop, so nothing typed meanwhile is lost.
      const again = addRespondentFromFile(a, result.assessment, outcome.respondentId);
      return again.ok ? again.assessment : a;
    });
    const label = labelText(t, respondentLabel(outcome.assessment.workshop!, outcome.respondentId));
    setFileMessage({
      ok: true,
      text: t('workshop:file.added', { file: result.fileName, name: label }),
      notCarriedOver: outcome.notCarriedOver,
    });
  };

  const problemText = (problem: RespondentFileProblem, file: string, company: string): string =>
    t(`workshop:file.problem.${problem}`, { file, company, workshop: assessment.profile.companyName.trim(), max: LIMITS.respondents });

  return (
    <section aria-labelledby="workshop-title" className="workshop">
      <h1 id="workshop-title" tabIndex={-1} ref={heading}>
        {t('workshop:screen.title')}
      </h1>
      <p className="lead">{t('workshop:screen.intro')}</p>

      {canChangeAnonymity(w) ? (
        <fieldset className="anonymity">
          <legend>{t('workshop:screen.anonymityLegend')}</legend>
          <label className="option">
            <input
              type="radio"
              name={`${id}-anonymity`}
              checked={!w.anonymous}
              onChange={() => props.onWorkshopChange((x) => setAnonymous(x, false))}
            />
            <span>{t('common:home.workshop.named')}</span>
          </label>
          <label className="option">
            <input
              type="radio"
              name={`${id}-anonymity`}
              checked={w.anonymous}
              onChange={() => props.onWorkshopChange((x) => setAnonymous(x, true))}
            />
            <span>{t('common:home.workshop.anonymous')}</span>
          </label>
          <p className="hint">{t('common:home.workshop.anonymityFixed')}</p>
        </fieldset>
      ) : (
        <p className="anonymity-fixed">{w.anonymous ? t('workshop:screen.isAnonymous') : t('workshop:screen.isNamed')}</p>
      )}

      <h2>{t('workshop:screen.respondentsHeading', { count: w.respondents.length })}</h2>
      {w.respondents.length === 0 ? (
        <p className="empty">{t('workshop:screen.noRespondents')}</p>
      ) : (
        <table className="respondent-table">
          <caption className="visually-hidden">{t('workshop:screen.respondentsHeading', { count: w.respondents.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop:screen.columns.respondent')}</th>
              <th scope="col">{t('workshop:screen.columns.answered')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('workshop:screen.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {w.respondents.map((r) => {
              const label = labelText(t, respondentLabel(w, r.id));
              const answered = asked.filter((q) => r.answers[q.id] !== undefined).length;
              return (
                <tr key={r.id}>
                  <th scope="row">
                    {w.anonymous || r.fileFingerprint ? (
                      label
                    ) : (
                      <input
                        type="text"
                        aria-label={t('workshop:screen.nameOf', { name: label })}
                        value={r.name}
                        placeholder={label}
                        maxLength={LIMITS.name}
                        onChange={(e) => props.onWorkshopChange((x) => renameRespondent(x, r.id, e.target.value))}
                      />
                    )}
                    {r.fileFingerprint && <span className="workshop-tag">{t('workshop:screen.fromFile')}</span>}
                  </th>
                  <td>{t('workshop:screen.answered', { answered, total: asked.length })}</td>
                  <td className="row-actions">
                    {!r.fileFingerprint && (
                      <button
                        type="button"
                        className="primary"
                        onClick={() => props.onAnswerAs(r.id)}
                        aria-label={t(answered === 0 ? 'workshop:screen.answerAsNamed' : 'workshop:screen.continueAsNamed', {
                          name: label,
                        })}
                      >
                        {answered === 0 ? t('workshop:screen.answerAs') : t('workshop:screen.continueAs')}
                      </button>
                    )}
                    {answered === 0 && (
                      <button
                        type="button"
                        className="quiet"
                        onClick={() => props.onWorkshopChange((x) => removeRespondent(x, r.id))}
                        aria-label={t('workshop:screen.removeNamed', { name: label })}
                      >
                        {t('workshop:screen.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <div className="add-respondent">
        {!w.anonymous && (
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('workshop:screen.newName')}</label>
            <input id={`${id}-name`} type="text" value={newName} maxLength={LIMITS.name} onChange={(e) => setNewName(e.target.value)} />
          </div>
        )}
        <button
          type="button"
          disabled={w.respondents.length >= LIMITS.respondents}
          onClick={() => {
            props.onWorkshopChange((x) => addRespondent(x, crypto.randomUUID(), newName));
            setNewName('');
          }}
        >
          {t('workshop:screen.add')}
        </button>
        <button type="button" onClick={() => void addFromFile()}>
          {t('workshop:screen.addFromFile')}
        </button>
      </div>
      <p className="hint">{t('workshop:screen.fileHint')}</p>
      <div className="file-message" role={fileMessage && !fileMessage.ok ? 'alert' : 'status'}>
        {fileMessage && (
          <div className={`notice ${fileMessage.ok ? 'notice-ok' : 'notice-error'}`}>
            <p>{fileMessage.text}</p>
            {fileMessage.ok && fileMessage.notCarriedOver.length > 0 && (
              <>
                <p>{t('workshop:file.notCarriedOver', { count: fileMessage.notCarriedOver.length })}</p>
                <ul>
                  {fileMessage.notCarriedOver.map((qid) => {
                    const q = QUESTIONS_BY_ID.get(qid);
                    return q ? <li key={qid}>{`${t(`${q.module}:q.${q.id}.short`)} (${t(`${q.module}:name`)})`}</li> : null;
                  })}
                </ul>
              </>
            )}
            {!fileMessage.ok && fileMessage.detail && (
              <details>
                <summary>{t('files:import.showDetails')}</summary>
                <pre className="technical">{fileMessage.detail}</pre>
              </details>
            )}
          </div>
        )}
      </div>

      <h2>{t('workshop:screen.revealHeading')}</h2>
      <p>
        {hidden.length > 0
          ? t('workshop:screen.hiddenCount', { count: hidden.length, total: asked.length })
          : t('workshop:screen.allRevealed')}
      </p>
      <div className="head-buttons">
        {hidden.length > 0 && (
          <button
            type="button"
            onClick={() =>
              props.onWorkshopChange((x) =>
                reveal(
                  x,
                  hidden.map((q) => q.id),
                ),
              )
            }
            disabled={w.respondents.length === 0}
          >
            {t('workshop:screen.revealAll')}
          </button>
        )}
      </div>

      <h2>{t('workshop:present.heading')}</h2>
      <p className="hint">{t('workshop:present.keys')}</p>
      {displays.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-display`}>{t('workshop:present.display')}</label>
          <select id={`${id}-display`} value={chosenDisplay?.id ?? ''} onChange={(e) => setDisplayId(Number(e.target.value))}>
            {displays.map((d, i) => (
              <option key={d.id} value={d.id}>
                {t(d.current ? 'workshop:present.displayThis' : 'workshop:present.displayOther', {
                  number: i + 1,
                  width: d.width,
                  height: d.height,
                })}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="button" onClick={() => props.onPresent(chosenDisplay?.id ?? null)}>
        {t('workshop:present.start')}
      </button>

      <RespondentScores assessment={assessment} result={props.result} headingId={`${id}-scores`} />

      {!w.anonymous && (
        <label className="option include-answers">
          <input
            type="checkbox"
            checked={w.includeIndividualAnswers}
            onChange={(e) => props.onWorkshopChange((x) => ({ ...x, includeIndividualAnswers: e.target.checked }))}
          />
          <span>{t('workshop:screen.includeIndividual')}</span>
        </label>
      )}
    </section>
  );
}
