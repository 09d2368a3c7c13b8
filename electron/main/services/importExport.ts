/**
 * .somekompass files in and out: import (from the menu, a drop, a file opened with the app), export and hand-in,
 * an earlier version restored, and a participant's file read for a workshop. For each, one step is the commit point
 * (the import stored, the file written, the file read); what runs after it may fail without changing the answer.
 */
import { basename, isAbsolute, join } from 'node:path';
import type { Assessment } from '../../../renderer/src/domain/model/types';
import { FILE_EXTENSION } from '../../../renderer/src/domain/files/fileFormatBasics';
import { safeFileName } from '../../../renderer/src/domain/files/fileNames';
import { handInFileName } from '../../../renderer/src/domain/homework/homework';
import { brandIsOn } from '../../../renderer/src/domain/brand/brand';
import { formatDisplayDate, localIsoDay } from '../../../renderer/src/domain/model/dates';
import type { ImportResult, RespondentFileResult, SaveResult } from '../../shared/contract';
import { isUncPath } from '../openFiles';
import { AssessmentTooLarge } from './assessmentSize';
import type { FileActionContext, FileActionDeps } from './fileActionContext';
import { readAssessmentFile, storeAsNew, writeAssessmentFile } from './fileImport';

const unreadable = (fileName: string, detail: string): ImportResult => ({
  kind: 'failed',
  fileName,
  error: { code: 'unreadable', detail },
});

export function createImportExport(deps: FileActionDeps, context: FileActionContext) {
  const { store, dialogs } = deps;

  /**
   * Imports one file as a new assessment; never merges into or overwrites an existing one. A file whose content is
   * stored already (imported before and not changed since) is not imported again unless `again` says so: a second,
   * identical entry in the list is what a retry or a double double-click would otherwise leave.
   */
  async function importFromPath(path: string, again = false): Promise<ImportResult> {
    const fileName = basename(path);
    if (!isAbsolute(path)) return unreadable(fileName, 'path is not absolute');
    if (isUncPath(path)) return unreadable(fileName, 'network (UNC) paths are not opened');
    const read = await readAssessmentFile(path);
    if (!read.ok) return { kind: 'failed', fileName, error: read.error };
    const existing = again ? null : store.findSameContent(read.assessment);
    if (existing) return { kind: 'duplicate', fileName, path, existing: pick(existing) };
    const outcome = storeAsNew(store, read.assessment, deps.newId(), deps.now());
    if (!outcome.ok) return { kind: 'failed', fileName, error: outcome.error };
    context.afterCommit(path, { recent: true });
    return { kind: 'imported', assessment: outcome.assessment };
  }

  /** Save dialog (suggesting `name`), then the assessment as a .somekompass file; a recent file once written. */
  async function saveAssessmentAs(assessment: Assessment, name: string): Promise<SaveResult> {
    const path = await dialogs.chooseSavePath({
      defaultPath: join(context.startFolder(), `${name}.${FILE_EXTENSION}`),
      filters: [context.assessmentFilter()],
    });
    if (!path) return { kind: 'cancelled' };
    try {
      await writeAssessmentFile(path, assessment, deps.appVersion, deps.now());
    } catch (error) {
      return { kind: 'failed', reason: error instanceof AssessmentTooLarge ? 'tooLarge' : 'writeFailed' };
    }
    context.afterCommit(path, { recent: true });
    return { kind: 'saved', path };
  }

  return {
    importFromPath,

    /** The user chose to import a file again that came back as `duplicate`. */
    importAgain: (path: string): Promise<ImportResult> => importFromPath(path, true),

    async importAssessment(): Promise<ImportResult> {
      const path = await dialogs.chooseOpenPath({ defaultPath: context.startFolder(), filters: [context.assessmentFilter()] });
      if (!path) return { kind: 'cancelled' };
      return importFromPath(path);
    },

    async exportAssessment(id: string): Promise<SaveResult> {
      const assessment = store.getAssessment(id);
      if (!assessment) return { kind: 'failed', reason: 'notFound' };
      // The consultant's brand goes with the file only when they chose so in their settings (never for homework).
      const brand = store.getSettings().brand;
      const withBrand = brand?.inFiles && brandIsOn(brand) && !assessment.homework ? { ...assessment, consultantBrand: brand } : assessment;
      return saveAssessmentAs(withBrand, safeFileName(assessment.profile.companyName, context.labels().untitled));
    },

    /** Homework handed in: the stored assessment (marked handed in) as a file named from student, course and day. */
    async handInAssessment(id: string): Promise<SaveResult> {
      const assessment = store.getAssessment(id);
      if (!assessment?.homework) return { kind: 'failed', reason: 'notFound' };
      // The day the student handed in, in the machine's time zone, written as the UI's language writes dates.
      const day = formatDisplayDate(localIsoDay(deps.now()), deps.uiLanguage());
      return saveAssessmentAs(assessment, handInFileName(assessment.homework, day, context.labels().untitled));
    },

    /** A daily copy restored as a new assessment; the current one is untouched. Only copies that read are offered. */
    restoreEarlierVersion(id: string, day: string): Promise<ImportResult> {
      const fileName = `${day}/${id}.json`;
      const copy = store.repository.readBackup(id, day);
      if (!copy)
        return Promise.resolve({ kind: 'failed', fileName, error: { code: 'vanished', detail: 'no copy of that day that reads' } });
      const outcome = storeAsNew(store, copy, deps.newId(), deps.now());
      return Promise.resolve(
        outcome.ok ? { kind: 'imported', assessment: outcome.assessment } : { kind: 'failed', fileName, error: outcome.error },
      );
    },

    /**
     * A participant's file for a workshop: read and checked like any import (an older question bank mapped onto
     * this one), but not stored. The renderer decides whether it belongs in the workshop (domain/respondentFile.ts)
     * and adds it as a respondent; the store is not touched here.
     */
    async readRespondentFile(): Promise<RespondentFileResult> {
      const path = await dialogs.chooseOpenPath({ defaultPath: context.startFolder(), filters: [context.assessmentFilter()] });
      if (!path) return { kind: 'cancelled' };
      const fileName = basename(path);
      if (isUncPath(path)) return { kind: 'failed', fileName, error: { code: 'unreadable', detail: 'network (UNC) paths are not opened' } };
      const outcome = await readAssessmentFile(path);
      if (!outcome.ok) return { kind: 'failed', fileName, error: outcome.error };
      // Neither the folder nor the file is remembered: in an anonymous workshop either may carry the person's name.
      return { kind: 'read', fileName, assessment: outcome.assessment };
    },
  };
}

/** What the user is told of the assessment a duplicate import matched. */
const pick = (s: { id: string; companyName: string; createdAt: string }) => ({
  id: s.id,
  companyName: s.companyName,
  createdAt: s.createdAt,
});
