/**
 * What each IPC channel does, independent of Electron's transport: validate the untrusted arguments with zod,
 * then call a service. `registerIpc` (ipc.ts) maps these onto ipcMain; the end-to-end harness maps the very
 * same handlers onto Chromium, so tests cover validation and services exactly as the app runs them.
 */
import { z } from 'zod';
import { assessmentSchema, idSchema, languageSchema, RESERVED_KEYS } from '../../renderer/src/domain/files/schema';
import type { Language } from '../../renderer/src/domain/model/types';
import { classFileContentSchema, MAX_CLASS_FILES, MAX_PATH_CHARS } from '../../renderer/src/domain/homework/classFile';
import {
  CSV_KINDS,
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type DisplayChoice,
  type PresentationMode,
  type PresentationState,
  type SaveAssessmentResult,
  type StartInfo,
} from '../shared/contract';
import type { PresentationCommand } from '../../renderer/src/domain/workshop/presentation';
import { presentationStateSchema } from './projectorSlideSchema';
import { languageFromLocale } from './menu';
import { AssessmentTooLarge, StoreFull, type AppStore } from './services/appStore';
import { bestEffort } from './services/settingsStore';
import { writeFailureOf } from './services/atomicWrite';
import { bankProblems } from '../../renderer/src/domain/bank/bankValidation';
import type { FileActions } from './services/fileActions';
import type { ClassActions } from './services/classActions';
import { isIsoDate } from '../../renderer/src/domain/model/dates';
import { LIMITS } from '../../renderer/src/domain/model/limits';
import { brandSchema } from '../../renderer/src/domain/brand/brandSchema';

/** The presentation's windows and displays (presentation.ts in the app; real Chromium pages in the e2e harness). */
export interface PresentationService {
  displays(): DisplayChoice[];
  start(displayId: number | null): PresentationMode;
  show(state: PresentationState): void;
  stop(): void;
  command(command: PresentationCommand): void;
}

export interface IpcServices {
  presentation: PresentationService;
  store: AppStore;
  files: FileActions;
  classes: ClassActions;
  systemLanguage: () => string;
  appVersion: string;
  /** Called after the UI language changed, e.g. to relabel the app menu. */
  onUiLanguageChanged?: (language: Language) => void;
}

/** Thrown for arguments that fail validation; its message names the channel, never echoes the input. */
export class InvalidIpcArguments extends Error {
  constructor(readonly channel: string) {
    super(`Invalid arguments for ${channel}`);
    this.name = 'InvalidIpcArguments';
  }
}

/** The files and folders a class is read from. */
const classPathsSchema = z.array(z.string().min(1).max(MAX_PATH_CHARS)).min(1).max(MAX_CLASS_FILES);

/** Argument tuple schema per method: exact arity, nothing extra accepted. */
export const ARGUMENT_SCHEMAS = {
  getStartInfo: z.tuple([]),
  listSummaries: z.tuple([]),
  countPlanProgress: z.tuple([z.array(idSchema).max(LIMITS.assessments)]),
  getAssessment: z.tuple([idSchema]),
  saveAssessment: z.tuple([assessmentSchema]),
  deleteAssessment: z.tuple([idSchema]),
  setUiLanguage: z.tuple([languageSchema]),
  exportAssessment: z.tuple([idSchema]),
  listEarlierVersions: z.tuple([idSchema]),
  listRounds: z.tuple([idSchema]),
  restoreEarlierVersion: z.tuple([idSchema, z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
  importAssessment: z.tuple([]),
  importFilePath: z.tuple([z.string().min(1).max(4096)]),
  importAgain: z.tuple([z.string().min(1).max(4096)]),
  // CSV text the renderer built; 20 MB is far above any real plan (a few KB).
  saveCsv: z.tuple([z.enum(CSV_KINDS), z.string().max(200), z.string().max(20_000_000)]),
  savePdf: z.tuple([z.string().max(200)]),
  // A .docx is a ZIP file (it starts with "PK\x03\x04"); 50 MB is far above any real plan (tens of KB).
  saveWord: z.tuple([
    z.string().max(200),
    z.instanceof(Uint8Array).refine((b) => b.byteLength <= 50_000_000 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04),
  ]),
  readRespondentFile: z.tuple([]),
  handInAssessment: z.tuple([idSchema]),
  chooseClassPaths: z.tuple([z.enum(['files', 'folder'])]),
  readClassFiles: z.tuple([classPathsSchema]),
  cancelClassRead: z.tuple([]),
  saveClassFile: z.tuple([z.string().max(200), classFileContentSchema]),
  openClassFile: z.tuple([]),
  classDueDate: z.tuple([classPathsSchema]),
  setClassDueDate: z.tuple([classPathsSchema, z.string().max(10).refine(isIsoDate).nullable()]),
  chooseLogo: z.tuple([]),
  getBrand: z.tuple([]),
  // The logo inside is checked as an image again (brandSchema), whatever the renderer sends.
  setBrand: z.tuple([brandSchema.nullable()]),
  getPeerComparison: z.tuple([]),
  setPeerComparison: z.tuple([z.boolean()]),
  listDisplays: z.tuple([]),
  startPresentation: z.tuple([z.number().int().nullable()]),
  // One slide without names (projectorSlide); anything more is refused, never passed on to the projector.
  showPresentation: z.tuple([presentationStateSchema]),
  stopPresentation: z.tuple([]),
  projectorLanguage: z.tuple([]),
  sendPresentationCommand: z.tuple([
    z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('next') }),
      z.strictObject({ kind: z.literal('previous') }),
      z.strictObject({ kind: z.literal('reveal') }),
      z.strictObject({ kind: z.literal('answer'), number: z.number().int().min(0).max(9) }),
      z.strictObject({ kind: z.literal('leave') }),
    ]),
  ]),
} satisfies Record<keyof typeof INVOKE_CHANNELS, z.ZodType<unknown[]>>;

type Method = keyof typeof INVOKE_CHANNELS;

/** What a handler may do with the page that called it; Electron's webContents in the app, Playwright's page in tests. */
export interface Caller {
  /** Prints the calling page (its print media) to an A4 PDF. */
  printToPdf(): Promise<Uint8Array>;
  /** Sends an event to the calling page (progress of a long read). */
  send(channel: string, value: unknown): void;
}

type Handler = (args: unknown[], caller: Caller) => unknown;

/** True when any object inside `value` has a reserved own key (zod would silently drop `__proto__`; we refuse). */
export function hasReservedKey(value: unknown, depth = 0): boolean {
  // Bytes have no keys worth walking (and a 5 MB file would mean 5 million of them).
  if (depth > 20 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return false;
  for (const key of Object.keys(value)) {
    if (RESERVED_KEYS.has(key)) return true;
    if (hasReservedKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

export function createIpcHandlers(services: IpcServices): Record<string, Handler> {
  const { store } = services;
  const impl: { [M in Method]: (...args: [...z.infer<(typeof ARGUMENT_SCHEMAS)[M]>, Caller]) => unknown } = {
    getStartInfo: (): StartInfo => ({
      notice: store.notice,
      uiLanguage: store.getSettings().uiLanguage,
      systemLanguage: services.systemLanguage(),
      appVersion: services.appVersion,
    }),
    listSummaries: () => store.listSummaries(),
    countPlanProgress: (ids) => store.countPlanProgress(ids),
    getAssessment: (id) => store.getAssessment(id),
    saveAssessment: (assessment): SaveAssessmentResult => {
      // Answers the bank cannot hold would be refused at the next start: never written.
      if (bankProblems(assessment).length > 0) throw new InvalidIpcArguments(INVOKE_CHANNELS.saveAssessment);
      try {
        store.saveAssessment(assessment);
        return { ok: true };
      } catch (error) {
        // Over the size limit: nothing written, and the user is told which texts are the longest.
        if (error instanceof AssessmentTooLarge) return { ok: false, reason: 'tooLarge', longest: error.longest };
        return { ok: false, reason: error instanceof StoreFull ? 'storeFull' : writeFailureOf(error) };
      }
    },
    deleteAssessment: (id) => store.deleteAssessment(id),
    setUiLanguage: (language) => {
      // The language changes for this session even when the settings file cannot be written (a full disk).
      bestEffort('UI language', () => store.setUiLanguage(language));
      services.onUiLanguageChanged?.(language);
    },
    exportAssessment: (id) => services.files.exportAssessment(id),
    listEarlierVersions: (id) => store.listBackups(id).map((b) => b.date),
    listRounds: (id) => store.listRounds(id),
    restoreEarlierVersion: (id, day) => services.files.restoreEarlierVersion(id, day),
    importAssessment: () => services.files.importAssessment(),
    importFilePath: (path) => services.files.importFromPath(path),
    importAgain: (path) => services.files.importAgain(path),
    saveCsv: (kind, name, content) => services.files.saveCsv(kind, name, content),
    savePdf: (name, caller) => services.files.savePdf(name, () => caller.printToPdf()),
    saveWord: (name, content) => services.files.saveWord(name, content),
    readRespondentFile: () => services.files.readRespondentFile(),
    handInAssessment: (id) => services.files.handInAssessment(id),
    chooseClassPaths: (kind) => services.classes.chooseClassPaths(kind),
    readClassFiles: (paths, caller) =>
      services.classes.readClassFiles(paths, (done, total) => caller.send(EVENT_CHANNELS.classProgress, { done, total })),
    cancelClassRead: () => services.classes.cancelClassRead(),
    saveClassFile: (name, content) => services.classes.saveClassFile(name, content),
    openClassFile: () => services.classes.openClassFile(),
    classDueDate: (paths) => services.classes.classDueDate(paths),
    setClassDueDate: (paths, dueDate) => services.classes.setClassDueDate(paths, dueDate),
    chooseLogo: () => services.files.chooseLogo(),
    getBrand: () => store.getSettings().brand ?? null,
    setBrand: (brand) => {
      try {
        store.settings.setBrand(brand);
        return true;
      } catch {
        return false;
      }
    },
    getPeerComparison: () => store.getSettings().peerComparison ?? false,
    setPeerComparison: (on) => {
      try {
        store.settings.setPeerComparison(on);
        return true;
      } catch {
        return false;
      }
    },
    listDisplays: () => services.presentation.displays(),
    startPresentation: (displayId) => services.presentation.start(displayId),
    showPresentation: (state) => services.presentation.show(state),
    stopPresentation: () => services.presentation.stop(),
    projectorLanguage: (): Language => store.getSettings().uiLanguage ?? languageFromLocale(services.systemLanguage()),
    sendPresentationCommand: (command) => services.presentation.command(command),
  };
  const handlers: Record<string, Handler> = {};
  for (const method of Object.keys(INVOKE_CHANNELS) as Method[]) {
    const channel = INVOKE_CHANNELS[method];
    handlers[channel] = (args, caller) => {
      if (hasReservedKey(args)) throw new InvalidIpcArguments(channel);
      const parsed = ARGUMENT_SCHEMAS[method].safeParse(args);
      if (!parsed.success) throw new InvalidIpcArguments(channel);
      return (impl[method] as (...a: unknown[]) => unknown)(...parsed.data, caller);
    };
  }
  return handlers;
}
