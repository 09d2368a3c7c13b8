import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILE_EXTENSION } from '../../renderer/src/domain/files/fileFormatBasics';

/** A network path (`\\server\share\…` or `//server/share/…`): never opened, so a file cannot make the app reach a host. */
export const isUncPath = (path: string): boolean => /^(\\\\|\/\/)/.test(path);

/**
 * The .somekompass files among command-line arguments, as absolute paths: what the OS passes when a file is
 * double-clicked, `some-kompass file.somekompass`, or a `file://` URI (some Linux desktops pass those). Relative
 * paths are resolved against `cwd`, the working directory of the instance that was started (a second start hands
 * its own). argv[0] is the executable; in development argv[1] is the app folder, which never ends in the extension,
 * so skipping only argv[0] is right for both. Network paths and URIs of other schemes are left out.
 */
export function filesFromArgv(argv: ReadonlyArray<string>, cwd: string): string[] {
  const out: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(`.${FILE_EXTENSION}`)) continue;
    let path = arg;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg) && !/^[a-z]:[\\/]/i.test(arg)) {
      if (!arg.toLowerCase().startsWith('file://')) continue;
      try {
        path = fileURLToPath(arg);
      } catch {
        continue;
      }
    }
    if (isUncPath(path)) continue;
    // A Windows drive path is absolute whatever system the check runs on.
    out.push(isAbsolute(path) || /^[a-z]:[\\/]/i.test(path) ? path : resolve(cwd, path));
  }
  return out;
}
