import { useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import type { ClassFileProblem, ClassReadResult } from '../../../../electron/shared/contract';
import { buildClassOverview } from '../../domain/homework/classOverview';
import { MAX_CLASS_FILE_BYTES, parseClassList } from '../../domain/homework/classFile';
import { api } from '../../api';

/** What the teacher is told about a class file or a read: why it was not opened, or that it names nothing to read. */
export type ClassNotice =
  { kind: 'problem'; fileName: string; problem: ClassFileProblem } | { kind: 'noPaths'; fileName: string } | { kind: 'readFailed' };

export function classNoticeText(t: TFunction, notice: ClassNotice): string {
  if (notice.kind === 'readFailed') return t('errors.actionFailed');
  if (notice.kind === 'noPaths') return t('class:classFile.noPaths', { file: notice.fileName });
  const path = 'path' in notice.problem ? notice.problem.path : '';
  return t(`class:classFile.problems.${notice.problem.reason}`, {
    file: notice.fileName,
    path,
    limit: Math.round(MAX_CLASS_FILE_BYTES / (1024 * 1024)),
  });
}

/**
 * A class as the overview holds it: the chosen files and folders, the pasted class list, the files as main read them
 * (with progress while reading) and the overview made from them. Choosing, re-reading and opening a saved class all
 * go through here.
 */
export function useClassRead() {
  const [paths, setPaths] = useState<string[]>([]);
  const [classListText, setClassListText] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [read, setRead] = useState<ClassReadResult | null>(null);
  /** Counts the reads, so what belongs to one read (an open student's reflections) starts afresh with the next. */
  const [readCount, setReadCount] = useState(0);
  const [notice, setNotice] = useState<ClassNotice | null>(null);
  /** The due date (an ISO date, '' for none): from the class file when it has one, else as kept in the settings. */
  const [dueDate, setDueDateShown] = useState('');
  /** The due date could not be written to the settings: it holds for now, and the teacher is told. */
  const [dueDateNotKept, setDueDateNotKept] = useState(false);
  useEffect(() => api().onClassProgress(setProgress), []);

  const classList = useMemo(() => parseClassList(classListText), [classListText]);
  const overview = useMemo(() => (read ? buildClassOverview(read, classList, dueDate || null) : null), [read, classList, dueDate]);

  /** Reads the class's files; its due date is the class file's (`fromFile`), else the one kept for these paths. */
  const readPaths = async (list: string[], fromFile?: string): Promise<void> => {
    setPaths(list);
    setDueDateNotKept(false);
    setDueDateShown(
      fromFile ??
        (await api()
          .classDueDate(list)
          .catch(() => null)) ??
        '',
    );
    setRead(null);
    setReadCount((n) => n + 1);
    setProgress({ done: 0, total: 0 });
    try {
      setRead(await api().readClassFiles(list));
    } catch {
      setNotice({ kind: 'readFailed' });
    } finally {
      setProgress(null);
    }
  };

  return {
    paths,
    classListText,
    setClassListText,
    classList,
    progress,
    read,
    readCount,
    overview,
    notice,
    dueDate,
    dueDateNotKept,
    /** A new due date (or '' for none) holds at once and is kept in the settings for this class's paths. */
    setDueDate: (iso: string): void => {
      setDueDateShown(iso);
      void api()
        .setClassDueDate(paths, iso || null)
        .catch(() => false)
        .then((kept) => setDueDateNotKept(!kept));
    },
    reread: () => readPaths(paths, dueDate),
    cancel: () => void api().cancelClassRead(),

    async choose(kind: 'files' | 'folder'): Promise<void> {
      setNotice(null);
      const chosen = await api().chooseClassPaths(kind);
      if (chosen) await readPaths(chosen);
    },

    /** A saved class: its class list comes back and its files are read anew; one that names no files says so. */
    async openSaved(): Promise<void> {
      setNotice(null);
      const r = await api().openClassFile();
      if (r.kind === 'cancelled') return;
      if (r.kind === 'failed') return setNotice({ kind: 'problem', fileName: r.fileName, problem: r.problem });
      setClassListText(r.content.classList.join('\n'));
      if (r.content.paths.length > 0) return readPaths(r.content.paths, r.content.dueDate);
      setPaths([]);
      setRead(null);
      setNotice({ kind: 'noPaths', fileName: r.fileName });
    },
  };
}
