import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionDef, Workshop } from '../../domain/model/types';
import { removeRespondent, renameRespondent, respondentLabel } from '../../domain/workshop/workshop';
import { LIMITS } from '../../domain/model/limits';
import type { WorkshopChange } from './WorkshopQuestion';
import { labelText } from './labels';
import { hasAnswers } from '../../domain/workshop/handOver';
import { ReopenAnswers } from './ReopenAnswers';
import { useFocusAfterRender } from '../../components/useFocusAfterRender';
import { ScrollRegion } from '../../components/ScrollRegion';

/**
 * A respondent's name, editable in a named workshop. The input keeps what is typed (a space before the surname is
 * still there); the workshop keeps the cleaned name (workshop.ts), so a hidden character never makes two people.
 */
function NameInput({ name, label, onRename }: { name: string; label: string; onRename: (name: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(name);
  return (
    <input
      type="text"
      aria-label={t('workshop:screen.nameOf', { name: label })}
      value={typed}
      placeholder={label}
      maxLength={LIMITS.name}
      onChange={(e) => {
        setTyped(e.target.value);
        onRename(e.target.value);
      }}
    />
  );
}

/**
 * Who answers, how far each has come, and for each: "answer now" (pass the laptop) and "remove" while they have no
 * answers, or the facilitator's confirmed "open the answers again" once they have.
 */
export function RespondentTable(props: {
  workshop: Workshop;
  asked: ReadonlyArray<QuestionDef>;
  onWorkshopChange: WorkshopChange;
  onAnswerAs: (respondentId: string) => void;
}) {
  const { t } = useTranslation();
  const { workshop: w, asked } = props;
  const heading = t('workshop:screen.respondentsHeading', { count: w.respondents.length });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const focusAfterRender = useFocusAfterRender();
  /** Removes a person; focus goes to the row that took their place (or the one above, or the heading when none is left). */
  const remove = (respondentId: string, rowIndex: number): void => {
    props.onWorkshopChange((x) => removeRespondent(x, respondentId));
    focusAfterRender(() => {
      const rows = [...(table.current?.tBodies[0]?.rows ?? [])];
      const row = rows[Math.min(rowIndex, rows.length - 1)];
      return row?.querySelector<HTMLElement>('input, button') ?? headingRef.current;
    });
  };
  return (
    <>
      <h2 tabIndex={-1} ref={headingRef}>
        {heading}
      </h2>
      {w.respondents.length === 0 ? (
        <p className="empty">{t('workshop:screen.noRespondents')}</p>
      ) : (
        <ScrollRegion label={heading}>
          <table className="respondent-table" ref={table}>
            <caption className="visually-hidden">{heading}</caption>
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
              {w.respondents.map((r, rowIndex) => {
                const label = labelText(t, respondentLabel(w, r.id));
                const answered = asked.filter((q) => r.answers[q.id] !== undefined).length;
                return (
                  <tr key={r.id}>
                    <th scope="row">
                      {w.anonymous || r.fileFingerprint ? (
                        label
                      ) : (
                        <NameInput
                          name={r.name}
                          label={label}
                          onRename={(name) => props.onWorkshopChange((x) => renameRespondent(x, r.id, name))}
                        />
                      )}
                      {r.fileFingerprint && <span className="workshop-tag">{t('workshop:screen.fromFile')}</span>}
                    </th>
                    <td data-label={t('workshop:screen.columns.answered')}>
                      {t('workshop:screen.answered', { answered, total: asked.length })}
                    </td>
                    <td className="row-actions">
                      {/* One press starts someone's turn; a finished person's answers open only after a confirmation. */}
                      {!r.fileFingerprint &&
                        (hasAnswers(r) ? (
                          <ReopenAnswers label={label} answered={answered} total={asked.length} onReopen={() => props.onAnswerAs(r.id)} />
                        ) : (
                          <button
                            type="button"
                            className="primary"
                            onClick={() => props.onAnswerAs(r.id)}
                            aria-label={t('workshop:screen.answerAsNamed', { name: label })}
                          >
                            {t('workshop:screen.answerAs')}
                          </button>
                        ))}
                      {answered === 0 && (
                        <button
                          type="button"
                          className="quiet"
                          onClick={() => remove(r.id, rowIndex)}
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
        </ScrollRegion>
      )}
    </>
  );
}
