/**
 * What the user is told when the data folder cannot be used at all, in their language, naming the folder and the
 * reason. Pure, so it is tested without Electron; main shows it in a native message and quits cleanly.
 */
import type { MenuLabels } from './menu';
import { writeFailureOf } from './services/atomicWrite';

export function startupFailureMessage(error: unknown, dir: string, labels: MenuLabels): { title: string; message: string } {
  const reasons = {
    diskFull: labels.reasonDiskFull,
    readOnly: labels.reasonReadOnly,
    noPermission: labels.reasonNoPermission,
    failed: labels.reasonFailed,
  };
  return {
    title: labels.startFailedTitle,
    message: labels.startFailed.replace('{{path}}', dir).replace('{{reason}}', reasons[writeFailureOf(error)]),
  };
}
