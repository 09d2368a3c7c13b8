import { useCallback, useMemo, useState } from 'react';
import type { FileOutcome } from '../components/FileNotice';

/** What the shell tells the user above every screen: that an action failed, or what came of a file. */
export interface Notices {
  actionError: boolean;
  fileOutcome: FileOutcome | null;
  /** An action failed ("Det gikk ikke"); nothing it would have changed was changed. */
  failed: () => void;
  /** An action went through: an earlier failure is no longer news. */
  succeeded: () => void;
  showOutcome: (outcome: FileOutcome | null) => void;
}

export function useNotices(): Notices {
  const [actionError, setActionError] = useState(false);
  const [fileOutcome, showOutcome] = useState<FileOutcome | null>(null);
  const failed = useCallback(() => setActionError(true), []);
  const succeeded = useCallback(() => setActionError(false), []);
  return useMemo(() => ({ actionError, fileOutcome, failed, succeeded, showOutcome }), [actionError, fileOutcome, failed, succeeded]);
}
