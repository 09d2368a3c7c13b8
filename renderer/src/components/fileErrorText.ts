import type { TFunction } from 'i18next';
import { MAX_FILE_BYTES, type FileError } from '../domain/files/fileFormatBasics';

/** Why a .somekompass file could not be used, in the user's words (`files:import.errors.<code>`). */
export function fileErrorText(t: TFunction, error: FileError): string {
  return t(`files:import.errors.${error.code}`, {
    found: error.found,
    supported: error.supported,
    number: error.question?.number,
    area: error.question ? t(`common:modules.${error.question.module}`) : '',
    limit: Math.round(MAX_FILE_BYTES / (1024 * 1024)),
  });
}
