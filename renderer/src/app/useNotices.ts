import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { announce, clearAnnouncements } from '../components/announcer/announcer';
import type { FileOutcome } from '../components/FileNotice';
import type { View } from './steps';

/** What the shell tells the user above every screen: that an action failed, or what came of a file. */
export interface Notices {
  actionError: boolean;
  fileOutcome: FileOutcome | null;
  /** An action failed ("Det gikk ikke"); nothing it would have changed was changed. Said at once, every time. */
  failed: () => void;
  /** An action went through: an earlier failure is no longer news. */
  succeeded: () => void;
  showOutcome: (outcome: FileOutcome | null) => void;
}

export function useNotices(): Notices {
  const { t } = useTranslation();
  const [actionError, setActionError] = useState(false);
  const [fileOutcome, showOutcome] = useState<FileOutcome | null>(null);
  const failed = useCallback(() => {
    setActionError(true);
    announce(t('errors.actionFailed'), 'assertive');
  }, [t]);
  const succeeded = useCallback(() => setActionError(false), []);
  return useMemo(() => ({ actionError, fileOutcome, failed, succeeded, showOutcome }), [actionError, fileOutcome, failed, succeeded]);
}

/** One key per screen: the home list, the class overview, or one step of one assessment (as one person). */
const screenKey = (view: View): string =>
  view.name === 'assessment' ? `assessment:${view.id}:${view.step}:${view.respondent ?? ''}` : view.name;

/**
 * What came of a file belongs to the screen it was saved or opened from: going to another screen takes the notice
 * away, so a saved worksheet's path never follows a student into a hand-in, or a teacher onto the class's view for
 * the room. Cleared while rendering, so the next screen is never drawn with it.
 */
export function useNoticeStaysOnItsScreen(notices: Notices, view: View): void {
  const screen = screenKey(view);
  // The announcer's regions follow too (a layout effect: before the new screen's own messages are said).
  useLayoutEffect(() => clearAnnouncements(), [screen]);
  const [noticeScreen, setNoticeScreen] = useState(screen);
  if (noticeScreen !== screen) {
    setNoticeScreen(screen);
    if (notices.fileOutcome) notices.showOutcome(null);
  }
}
