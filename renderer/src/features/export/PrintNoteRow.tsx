import type { Translate } from '../../domain/plan/explain';

/** The user's note under its question or action, across the whole table; it may run on to the next page. */
export function NoteRow({ note, columns, t }: { note: string; columns: number; t: Translate }) {
  return (
    <tr className="print-note-row">
      <td colSpan={columns}>
        <span className="print-label">{t('common:report.note')}</span> <span className="print-note">{note}</span>
      </td>
    </tr>
  );
}
