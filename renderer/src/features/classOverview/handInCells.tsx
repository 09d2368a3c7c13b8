import type { TFunction } from 'i18next';
import type { StudentRow } from '../../domain/homework/classOverview';
import { formatDisplayDate } from '../../domain/model/dates';
import type { Language } from '../../domain/model/types';

/**
 * A student's hand-in as the matrix and the PDF show it: the day it was handed in, in the language's date form, and
 * what the teacher must notice said in words (late, not finished), never by colour alone.
 */
export function HandedInCell({ student: s, t, lng }: { student: StudentRow; t: TFunction; lng: Language }) {
  return (
    <td className="handed-in">
      {s.handedInDay ? formatDisplayDate(s.handedInDay, lng) : <span className="hand-in-tag">{t('class:handIns.noDate')}</span>}
      {s.late && (
        <>
          {' '}
          <span className="hand-in-tag hand-in-late">{t('class:handIns.lateTag')}</span>
        </>
      )}
    </td>
  );
}

/** "44 av 45", with "not finished" beside it when a question is left. */
export function AnsweredCell({ student: s, t }: { student: StudentRow; t: TFunction }) {
  return (
    <td>
      {t('class:answeredOf', { answered: s.answered, total: s.total })}
      {!s.complete && (
        <>
          {' '}
          <span className="hand-in-tag">{t('class:handIns.incomplete')}</span>
        </>
      )}
    </td>
  );
}
