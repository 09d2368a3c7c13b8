import type { TFunction } from 'i18next';
import { DateField } from '../../components/DateField';
import type { Language } from '../../domain/model/types';
import { useAnnounce } from '../../components/announcer/useAnnounce';

/**
 * The teacher's due date for the class: hand-ins after that day are marked late in the matrix, and how many is said
 * here. Kept with the class (its class file when saved, else this machine's settings for the chosen paths).
 */
export function ClassDueDate(props: {
  t: TFunction;
  lng: Language;
  dueDate: string;
  onChange: (iso: string) => void;
  /** How many hand-ins came after the due date; null while nothing is read. */
  late: number | null;
  notKept: boolean;
}) {
  const { t, dueDate, late } = props;
  const notKept = props.notKept ? t('class:handIns.notSaved') : null;
  const lateText = dueDate && late !== null ? t('class:handIns.late', { count: late }) : null;
  useAnnounce(notKept, { politeness: 'assertive' });
  useAnnounce(lateText);
  return (
    <div className="class-due-date">
      <DateField label={t('class:handIns.dueDate')} value={dueDate} onChange={props.onChange} lng={props.lng} />
      <p className="hint">{t('class:handIns.dueDateKept')}</p>
      <div className="class-due-date-status">
        {notKept && <p className="notice notice-warning">{notKept}</p>}
        {lateText && <p>{lateText}</p>}
      </div>
    </div>
  );
}
