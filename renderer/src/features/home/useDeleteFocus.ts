import { useCallback, useEffect, useRef } from 'react';
import type { AssessmentSummary } from '../../domain/model/summary';
import { announce } from '../../components/announcer/announcer';

/** The heading of the home screen: where focus goes when nothing closer is left. */
const homeHeading = (): HTMLElement | null => document.getElementById('home-title');

/**
 * Where focus goes around a delete on the home list (WCAG 2.4.3): the deleted row's button is gone, so focus moves
 * to "Undo" (and the deletion is announced); "Undo" puts focus on the restored row; closing the message puts it on
 * the row that took the deleted one's place. A delete is asynchronous, so focus waits until the list has changed.
 */
export function useDeleteFocus(
  summaries: ReadonlyArray<AssessmentSummary>,
  deletedMessage: string | null,
  actions: { onDelete: (a: AssessmentSummary) => void; onUndo: () => void; onDismiss: () => void },
) {
  const undoButton = useRef<HTMLButtonElement>(null);
  const table = useRef<HTMLTableElement>(null);
  /** What focus waits for: the deleted row to leave the list, or the restored one to come back. */
  const pending = useRef<{ after: 'delete' | 'undo'; id: string } | null>(null);
  const deleted = useRef<{ id: string; rowIndex: number } | null>(null);

  useEffect(() => {
    const wait = pending.current;
    if (!wait) return;
    const listed = summaries.some((s) => s.id === wait.id);
    if (wait.after === 'delete' && !listed && undoButton.current) {
      pending.current = null;
      undoButton.current.focus();
      if (deletedMessage) announce(deletedMessage);
    } else if (wait.after === 'undo' && listed) {
      pending.current = null;
      const row = rowButton(table.current, (rows) => rows.find((r) => r.dataset['id'] === wait.id));
      (row ?? homeHeading())?.focus();
    }
  }, [summaries, deletedMessage]);

  const { onDelete, onUndo, onDismiss } = actions;
  const deleteRow = useCallback(
    (a: AssessmentSummary) => {
      const rows = [...(table.current?.tBodies[0]?.rows ?? [])];
      deleted.current = { id: a.id, rowIndex: rows.findIndex((r) => r.dataset['id'] === a.id) };
      pending.current = { after: 'delete', id: a.id };
      onDelete(a);
    },
    [onDelete],
  );
  const undo = useCallback(() => {
    if (deleted.current) pending.current = { after: 'undo', id: deleted.current.id };
    onUndo();
  }, [onUndo]);
  const dismiss = useCallback(() => {
    const at = deleted.current?.rowIndex ?? 0;
    const row = rowButton(table.current, (rows) => rows[Math.min(Math.max(at, 0), rows.length - 1)]);
    (row ?? homeHeading())?.focus();
    onDismiss();
  }, [onDismiss]);
  return { undoButton, table, deleteRow, undo, dismiss };
}

/** The first button (Open or Continue) of the row `pick` chooses among the table's body rows. */
function rowButton(
  table: HTMLTableElement | null,
  pick: (rows: HTMLTableRowElement[]) => HTMLTableRowElement | undefined,
): HTMLButtonElement | null {
  const rows = [...(table?.tBodies[0]?.rows ?? [])];
  return pick(rows)?.querySelector('button') ?? null;
}
