import { useEffect, useMemo, useState } from 'react';
import type { ClassReadResult } from '../../../../electron/shared/contract';
import { summarize } from '../../domain/model/summary';
import { generatePlan } from '../../domain/plan/plan';
import { api } from '../../api';

/**
 * A folder of .somekompass files for the portfolio, read by main's class-file reader (the class overview's, with its
 * progress, cancel and the reasons for what it could not read): the files are summarized here, never stored.
 */
export function useFolderRead() {
  const [paths, setPaths] = useState<string[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [read, setRead] = useState<ClassReadResult | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => api().onClassProgress(setProgress), []);
  // The plan's code is in this screen's chunk, so a file's progress is counted as a stored assessment's is.
  const summaries = useMemo(
    () => (read ? read.files.flatMap((f) => (f.ok ? [summarize(f.assessment, undefined, generatePlan)] : [])) : []),
    [read],
  );

  return {
    paths,
    progress,
    read,
    summaries,
    failed,
    cancel: (): void => void api().cancelClassRead(),
    async choose(): Promise<void> {
      const chosen = await api().chooseClassPaths('folder');
      if (!chosen) return;
      setPaths(chosen);
      setFailed(false);
      setRead(null);
      setProgress({ done: 0, total: 0 });
      try {
        setRead(await api().readClassFiles(chosen));
      } catch {
        setFailed(true);
      } finally {
        setProgress(null);
      }
    },
  };
}
