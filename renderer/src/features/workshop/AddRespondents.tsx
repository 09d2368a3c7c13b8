import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Assessment, Workshop } from '../../domain/model/types';
import { QUESTIONS_BY_ID } from '../../domain/bank';
import { addRespondent, respondentLabel } from '../../domain/workshop/workshop';
import { addRespondentFromFile, type RespondentFileProblem } from '../../domain/workshop/respondentFile';
import { LIMITS } from '../../domain/model/limits';
import type { AssessmentChange } from '../../domain/model/steps';
import { api } from '../../api';
import { fileErrorText } from '../../components/fileErrorText';
import { useAnnounce } from '../../components/announcer/useAnnounce';
import type { WorkshopChange } from './WorkshopQuestion';
import { labelText } from './labels';

type FileMessage = { ok: true; text: string; notCarriedOver: string[] } | { ok: false; text: string; detail?: string };

/**
 * What is said about a participant's file. A named workshop names the file; an anonymous one never does, not even
 * for a file it refuses: a file is usually called after the person ("Kari Nordmann.somekompass"), and the notice
 * stands next to "Participant 4" on a screen the whole room may see.
 */
function fileTexts(t: TFunction, w: Workshop, fileName: string) {
  const anonymous = w.anonymous;
  return {
    added: (name: string): string =>
      anonymous ? t('workshop:file.anonymous.added', { name }) : t('workshop:file.added', { file: fileName, name }),
    failed: (): string => (anonymous ? t('workshop:file.anonymous.failed') : t('files:import.failedFile', { file: fileName })),
    problem: (problem: RespondentFileProblem, company: string, workshop: string): string =>
      t(anonymous ? `workshop:file.anonymous.problem.${problem}` : `workshop:file.problem.${problem}`, {
        file: fileName,
        company,
        workshop,
        max: LIMITS.respondents,
      }),
  };
}

/** Adding respondents: by name (a named workshop), by number (an anonymous one), or from a participant's own file. */
export function AddRespondents(props: { assessment: Assessment; onChange: AssessmentChange; onWorkshopChange: WorkshopChange }) {
  const { t } = useTranslation();
  const id = useId();
  const { assessment } = props;
  const w = assessment.workshop!;
  const [newName, setNewName] = useState('');
  const [fileMessage, setFileMessage] = useState<FileMessage | null>(null);
  useAnnounce(fileMessage?.text ?? null, { politeness: fileMessage?.ok ? 'polite' : 'assertive', when: fileMessage });

  const addFromFile = async (): Promise<void> => {
    setFileMessage(null);
    let result;
    try {
      result = await api().readRespondentFile();
    } catch {
      return setFileMessage({ ok: false, text: t('errors.actionFailed') });
    }
    if (result.kind === 'cancelled') return;
    const texts = fileTexts(t, w, result.fileName);
    if (result.kind === 'failed')
      return setFileMessage({ ok: false, text: `${texts.failed()} ${fileErrorText(t, result.error)}`, detail: result.error.detail });
    const file = result.assessment;
    const outcome = addRespondentFromFile(assessment, file, crypto.randomUUID());
    if (!outcome.ok)
      return setFileMessage({
        ok: false,
        text: texts.problem(outcome.problem, outcome.fileCompany, assessment.profile.companyName.trim()),
      });
    props.onChange((a) => {
      // Applied to the newest version of the workshop, so nothing typed meanwhile is lost.
      const again = addRespondentFromFile(a, file, outcome.respondentId);
      return again.ok ? again.assessment : a;
    });
    const label = labelText(t, respondentLabel(outcome.assessment.workshop!, outcome.respondentId));
    setFileMessage({ ok: true, text: texts.added(label), notCarriedOver: outcome.notCarriedOver });
  };

  return (
    <>
      <div className="add-respondent">
        {!w.anonymous && (
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('workshop:screen.newName')}</label>
            <input id={`${id}-name`} type="text" value={newName} maxLength={LIMITS.name} onChange={(e) => setNewName(e.target.value)} />
          </div>
        )}
        {/* aria-disabled, not disabled: adding the last person allowed must not take the focus away from the button. */}
        <button
          type="button"
          aria-disabled={w.respondents.length >= LIMITS.respondents}
          onClick={() => {
            if (w.respondents.length >= LIMITS.respondents) return;
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
      <div className="file-message">
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
    </>
  );
}
