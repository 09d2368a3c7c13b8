import { FILE_EXTENSION } from '../../renderer/src/domain/fileFormatBasics';

/**
 * The .somekompass paths among command-line arguments: what the OS passes when a file is double-clicked, or
 * `some-kompass file.somekompass`. argv[0] is the executable; in development argv[1] is the app folder, which never
 * ends in the extension, so skipping only argv[0] is right for both.
 */
export function filesFromArgv(argv: ReadonlyArray<string>): string[] {
  return argv.slice(1).filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith(`.${FILE_EXTENSION}`));
}
