import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment } from '../domain/model/types';
import { api } from '../api';
import type { SaveAssessmentResult, TextPlace } from '../../../electron/shared/contract';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';
/** Why the last save failed, when it did: the status line says it in words and offers to try again. */
export type SaveFailure = Extract<SaveAssessmentResult, { ok: false }>['reason'];

class SaveFailed extends Error {
  constructor(readonly result: Extract<SaveAssessmentResult, { ok: false }>) {
    super(`Save failed: ${result.reason}`);
  }
}

/** Long enough to batch typing, short enough that closing the window right after a change loses nothing. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * Debounced saving of assessments: every change is scheduled, the latest version per assessment is written
 * once the user pauses. Pending saves are flushed when the page is hidden or closed.
 */
export function useAutosave(): {
  schedule: (a: Assessment) => void;
  /** Writes at once; true when it was written (a save that failed says so in the status line too). */
  saveNow: (a: Assessment) => Promise<boolean>;
  retry: () => void;
  status: SaveStatus;
  failure: SaveFailure | null;
  /**
   * When the last save was refused as too large (`failure` is `tooLarge`): the longest texts, longest first, for
   * `<FileNotice outcome={{ action: 'saveTooLarge', longest }} />`. Nothing was written; the status says not saved.
   */
  longestTexts: TextPlace[] | null;
} {
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [longestTexts, setLongestTexts] = useState<TextPlace[] | null>(null);
  const pending = useRef(new Map<string, Assessment>());
  const timer = useRef<number | null>(null);
  const inFlight = useRef(0);
  /** Set when a close was held back to save first; the window closes once the save is done. */
  const closeAfterSave = useRef<'no' | 'waiting' | 'release'>('no');

  const write = useCallback(async (items: Assessment[]): Promise<boolean> => {
    if (items.length === 0) return true;
    inFlight.current += 1;
    setStatus('saving');
    try {
      for (const a of items) {
        const result = await api().saveAssessment(a);
        if (!result.ok) throw new SaveFailed(result);
      }
      inFlight.current -= 1;
      setFailure(null);
      setLongestTexts(null);
      if (inFlight.current === 0 && pending.current.size === 0) {
        setStatus('saved');
        if (closeAfterSave.current === 'waiting') {
          closeAfterSave.current = 'release';
          window.close();
        }
      }
      return true;
    } catch (error) {
      inFlight.current -= 1;
      const failed = error instanceof SaveFailed ? error.result : null;
      setFailure(failed?.reason ?? 'failed');
      setLongestTexts(failed?.reason === 'tooLarge' ? failed.longest : null);
      // A second close attempt must not be held back again: the user can always close.
      if (closeAfterSave.current === 'waiting') closeAfterSave.current = 'release';
      // Keep what failed so the next change or flush tries again; nothing the user typed is dropped.
      for (const a of items) if (!pending.current.has(a.id)) pending.current.set(a.id, a);
      setStatus('error');
      return false;
    }
  }, []);

  const flush = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const items = [...pending.current.values()];
    pending.current.clear();
    void write(items);
  }, [write]);

  const schedule = useCallback(
    (a: Assessment) => {
      pending.current.set(a.id, a);
      setStatus('pending');
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  const saveNow = useCallback(
    async (a: Assessment) => {
      pending.current.delete(a.id);
      return write([a]);
    },
    [write],
  );

  useEffect(() => {
    // Closing the window with a save still pending: hold the close once (Electron cancels it silently),
    // save, then close. Without this the last keystrokes could be lost when the app quits.
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      const busy = pending.current.size > 0 || inFlight.current > 0;
      if (!busy || closeAfterSave.current !== 'no') return;
      closeAfterSave.current = 'waiting';
      event.preventDefault();
      flush();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', flush);
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [flush]);

  return { schedule, saveNow, retry: flush, status, failure, longestTexts };
}
