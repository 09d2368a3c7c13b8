/**
 * The one IPC contract between the renderer and the main process.
 * The preload exposes exactly `AppApi` as `window.api`; main registers one validated handler per invoke channel.
 * Type-only imports: this file is shared by all three processes and must stay free of runtime dependencies.
 */
import type { Assessment, Language, ModuleId } from '../../renderer/src/domain/model/types';
import type { PresentationCommand, ProjectorSlide } from '../../renderer/src/domain/workshop/presentation';
import type { ClassReadResult } from '../../renderer/src/domain/homework/classOverview';
import type { ClassFileContent, ClassFileProblem } from '../../renderer/src/domain/homework/classFile';
import type { AssessmentSummary, PlanProgress } from '../../renderer/src/domain/model/summary';
import type { FileError } from '../../renderer/src/domain/files/fileFormatBasics';
import type { Brand, ProjectorMark } from '../../renderer/src/domain/brand/brand';
import type { LogoProblem } from '../../renderer/src/domain/brand/logoImage';

/** Something the user must be told at start-up about their stored data. */
export type StoreNotice =
  | { kind: 'damagedStore'; backupPath: string }
  | { kind: 'newerStore'; backupPath: string; found: number; supported: number }
  /** Assessment files that could not be read (moved to `damaged/`) or come from a newer version (left in place). */
  | {
      kind: 'damagedFiles';
      damaged: Array<{ company: string | null; path: string }>;
      newer: Array<{ path: string }>;
      /** Assessments that hold values this version cannot use: kept inside the assessment (`setAside`), not used. */
      setAside: Array<{ company: string | null; count: number }>;
      backupsFolder: string;
    };

export interface StartInfo {
  notice: StoreNotice | null;
  /** The UI language the user chose, or null to follow the system. */
  uiLanguage: Language | null;
  /** The operating system's preferred language tag, e.g. `nb-NO`. */
  systemLanguage: string;
  appVersion: string;
}

/** Commands the app menu sends to the renderer. */
export const MENU_COMMANDS = [
  'newAssessment',
  'goHome',
  'importAssessment',
  'exportAssessment',
  'brandSettings',
  'accessibilityStatement',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What came of saving a file through the save dialog. */
export type SaveResult =
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: 'notFound' | 'writeFailed' | 'tooLarge' | 'printFailed' };

/**
 * What came of importing a .somekompass file. An import always creates a new assessment. `duplicate`: nothing was
 * imported, because an assessment with the same content is stored already (imported from this file before, not
 * changed since); `importAgain(path)` imports it anyway.
 */
export type ImportResult =
  | { kind: 'imported'; assessment: Assessment }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: FileError; fileName: string }
  | { kind: 'duplicate'; fileName: string; path: string; existing: { id: string; companyName: string; createdAt: string } };

/** Where a long text the user wrote lives, so a message can send them to it. */
export type TextPlace =
  | { kind: 'questionNote'; module: ModuleId; number: number }
  | { kind: 'actionNote'; actionId: string }
  | { kind: 'reflection'; module: ModuleId };

/**
 * What came of saving an assessment: a save that failed says why, and never looks like a saved one. `tooLarge`: the
 * file would be over the size limit and was not written; `longest` names the longest texts, longest first.
 */
export type SaveAssessmentResult =
  | { ok: true }
  | { ok: false; reason: 'storeFull' | 'diskFull' | 'readOnly' | 'noPermission' | 'failed' }
  | { ok: false; reason: 'tooLarge'; longest: TextPlace[] };

/** A logo chosen for the brand or a client: its data URL once main has checked it is a PNG or JPEG, else why not. */
export type LogoChoice =
  | { kind: 'chosen'; dataUrl: string; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; fileName: string; problem: LogoProblem | 'unreadable' };

/** A participant's file read for a workshop: checked, not stored (the renderer adds it as a respondent). */
export type RespondentFileResult =
  | { kind: 'read'; assessment: Assessment; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: FileError; fileName: string };

/** The class overview's reading of hand-ins and its saved class file: their types live in the core (domain/homework/). */
export type { ClassReadResult, ClassFileContent, ClassFileProblem };

/** A display the presentation can go to. */
export interface DisplayChoice {
  id: number;
  width: number;
  height: number;
  primary: boolean;
  /** The display the app's window is on now. */
  current: boolean;
  /** Where main would put the presentation unless told otherwise: another display than the app's, if any. */
  suggested: boolean;
}

/** Where the presentation went: its own full-screen window on another display, or the app's window itself. */
export type PresentationMode = 'ownWindow' | 'mainWindow';

/**
 * What the projector's window is sent on every change: the one slide it shows, built in the facilitator's window
 * (`projectorSlide`), with no names, notes or anything else the slide does not show, and the language to show it in.
 */
export interface PresentationState {
  slide: ProjectorSlide;
  language: Language;
  /** The consultant's brand and the client's logo, small in a corner; absent when there is none. */
  mark?: ProjectorMark;
}

/**
 * All the projector's own window can do (`window.projector`, electron/preload/projector.ts): read the language,
 * hear the slide to show, and send the keys pressed on it. It can neither read nor change anything stored.
 */
export interface ProjectorApi {
  getLanguage(): Promise<Language>;
  onSlide(listener: (state: PresentationState) => void): () => void;
  sendKey(command: PresentationCommand): Promise<void>;
}

/** Events main sends the facilitator's window about the presentation. */
export const PRESENTATION_EVENTS = ['ended', 'displaysChanged'] as const;
export type PresentationEvent = (typeof PRESENTATION_EVENTS)[number];

export const CSV_KINDS = ['answers', 'plan'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export interface AppApi {
  getStartInfo(): Promise<StartInfo>;
  /** The home list: a small summary of each assessment, newest change first. */
  listSummaries(): Promise<AssessmentSummary[]>;
  /** The plan progress of these stored assessments, counted now where their summary says uncounted (the portfolio). */
  countPlanProgress(ids: string[]): Promise<Record<string, PlanProgress | null>>;
  /** One assessment in full, to open it; null when it no longer exists. */
  getAssessment(id: string): Promise<Assessment | null>;
  /** Inserts or replaces by id; says why when it could not. Rejects when the assessment is not valid. */
  saveAssessment(assessment: Assessment): Promise<SaveAssessmentResult>;
  /** False when no assessment had that id. */
  deleteAssessment(id: string): Promise<boolean>;
  setUiLanguage(language: Language): Promise<void>;
  /** Save dialog in main, then writes the assessment as a .somekompass file. */
  exportAssessment(id: string): Promise<SaveResult>;
  /** Every round of the company's series this assessment belongs to, first round first (itself included). */
  listRounds(id: string): Promise<Assessment[]>;
  /** The days an earlier version of the assessment was kept (daily backups, a week), newest first: YYYY-MM-DD. */
  listEarlierVersions(id: string): Promise<string[]>;
  /** Restores the version of that day as a NEW assessment (the current one stays as it is). */
  restoreEarlierVersion(id: string, day: string): Promise<ImportResult>;
  /** Open dialog in main, then imports the chosen file as a new assessment. */
  importAssessment(): Promise<ImportResult>;
  /** Imports a file dropped on the window (the preload turns the File into its path). */
  importDroppedFile(file: File): Promise<ImportResult>;
  /** Imports a file that came back as `duplicate`, as a second copy: the user chose to. */
  importAgain(path: string): Promise<ImportResult>;
  /** Save dialog in main, then writes CSV text the renderer built (the texts are in the renderer's language). */
  saveCsv(kind: CsvKind, suggestedName: string, content: string): Promise<SaveResult>;
  /**
   * Save dialog in main, then prints the calling page to an A4 PDF. The renderer shows the report's print view
   * (hidden on screen, the only thing in print media) before it calls this and keeps it until the promise settles.
   */
  savePdf(suggestedName: string): Promise<SaveResult>;
  /** Save dialog in main, then writes the Word file (.docx bytes) the renderer built. */
  saveWord(suggestedName: string, content: Uint8Array): Promise<SaveResult>;
  /**
   * Homework: save dialog in main, named from the student, the course and the day, then writes the stored assessment
   * (already marked handed in) as a .somekompass file for the teacher.
   */
  handInAssessment(id: string): Promise<SaveResult>;
  /** Open dialog in main, then reads a participant's .somekompass file for a workshop (nothing is stored). */
  readRespondentFile(): Promise<RespondentFileResult>;
  /** Open dialog in main for a teacher's hand-ins: several files, or folders; null when cancelled. */
  chooseClassPaths(kind: 'files' | 'folder'): Promise<string[] | null>;
  /** Reads and checks every .somekompass file under the paths (folders with subfolders); progress on onClassProgress. */
  readClassFiles(paths: string[]): Promise<ClassReadResult>;
  /** Stops the reading in progress; what was read so far comes back, marked cancelled. */
  cancelClassRead(): Promise<void>;
  onClassProgress(listener: (progress: { done: number; total: number }) => void): () => void;
  /** Save dialog in main, then writes the class file (the paths and the class list). */
  saveClassFile(suggestedName: string, content: ClassFileContent): Promise<SaveResult>;
  /** The due date kept in the settings for the class read from these paths (one without a class file), or null. */
  classDueDate(paths: string[]): Promise<string | null>;
  /** Keeps (null: forgets) the due date of the class read from these paths; false when the settings could not be written. */
  setClassDueDate(paths: string[], dueDate: string | null): Promise<boolean>;
  /** Open dialog in main, then reads a class file; failed with the reason when it is not one (or points at a whole disk). */
  openClassFile(): Promise<
    | { kind: 'opened'; content: ClassFileContent; fileName: string }
    | { kind: 'cancelled' }
    | { kind: 'failed'; fileName: string; problem: ClassFileProblem }
  >;
  /** Open dialog in main for a logo (PNG or JPEG); main reads and checks it. Nothing is stored. */
  chooseLogo(): Promise<LogoChoice>;
  /** The consultant's brand from the settings; null before they filled it in. */
  getBrand(): Promise<Brand | null>;
  /** Keeps the brand (null: removes it); false when the settings could not be written. Rejects a brand that is not valid. */
  setBrand(brand: Brand | null): Promise<boolean>;
  /** Whether "companies like yours" is shown in the comparison (off until the consultant turns it on). */
  getPeerComparison(): Promise<boolean>;
  /** Turns it on or off; false when the settings could not be written. */
  setPeerComparison(on: boolean): Promise<boolean>;
  /** The displays connected now, for the presentation. */
  listDisplays(): Promise<DisplayChoice[]>;
  /** Starts the presentation on a display (null: the suggested one); keeps that display awake while it runs. */
  startPresentation(displayId: number | null): Promise<PresentationMode>;
  /** The facilitator's window sends what the presentation shows, after every change. */
  showPresentation(state: PresentationState): Promise<void>;
  stopPresentation(): Promise<void>;
  /** In the facilitator's window: a key pressed in the presentation window. */
  onPresentationCommand(listener: (command: PresentationCommand) => void): () => void;
  /** In the facilitator's window: the presentation ended (its window closed, its display went away), displays changed. */
  onPresentationEvent(listener: (event: PresentationEvent) => void): () => void;
  /** Files opened with the app (double-click, command line) are imported by main, which reports each here. */
  onFileImported(listener: (result: ImportResult) => void): () => void;
  /** Subscribes to app-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export type InvokeMethod = Exclude<
  keyof AppApi,
  'onMenuCommand' | 'onFileImported' | 'importDroppedFile' | 'onPresentationCommand' | 'onPresentationEvent' | 'onClassProgress'
>;

/** The projector window's requests: its language and its keys (ProjectorApi's getLanguage and sendKey). */
type ProjectorInvokeMethod = 'projectorLanguage' | 'sendPresentationCommand';

/** Channel name for each request/response method. */
export const INVOKE_CHANNELS = {
  getStartInfo: 'app:start-info',
  listSummaries: 'assessments:list-summaries',
  countPlanProgress: 'assessments:count-plan-progress',
  getAssessment: 'assessments:get',
  saveAssessment: 'assessments:save',
  deleteAssessment: 'assessments:delete',
  setUiLanguage: 'settings:set-ui-language',
  exportAssessment: 'files:export-assessment',
  listEarlierVersions: 'assessments:list-earlier-versions',
  listRounds: 'assessments:list-rounds',
  restoreEarlierVersion: 'assessments:restore-earlier-version',
  importAssessment: 'files:import-assessment',
  importFilePath: 'files:import-path',
  importAgain: 'files:import-again',
  saveCsv: 'files:save-csv',
  savePdf: 'files:save-pdf',
  saveWord: 'files:save-word',
  readRespondentFile: 'files:read-respondent-file',
  handInAssessment: 'files:hand-in-assessment',
  chooseClassPaths: 'class:choose-paths',
  readClassFiles: 'class:read-files',
  cancelClassRead: 'class:cancel-read',
  saveClassFile: 'class:save-file',
  openClassFile: 'class:open-file',
  classDueDate: 'class:due-date',
  setClassDueDate: 'class:set-due-date',
  chooseLogo: 'brand:choose-logo',
  getBrand: 'brand:get',
  setBrand: 'brand:set',
  getPeerComparison: 'comparison:get-peers',
  setPeerComparison: 'comparison:set-peers',
  listDisplays: 'presentation:list-displays',
  startPresentation: 'presentation:start',
  showPresentation: 'presentation:show',
  stopPresentation: 'presentation:stop',
  sendPresentationCommand: 'presentation:command',
  projectorLanguage: 'projector:language',
} as const satisfies Record<InvokeMethod | 'importFilePath' | ProjectorInvokeMethod, string>;

/** Channels main sends on. */
export const EVENT_CHANNELS = {
  menuCommand: 'menu:command',
  fileImported: 'files:imported',
  presentationState: 'presentation:state',
  presentationCommand: 'presentation:command-to-main-window',
  presentationEvent: 'presentation:event',
  classProgress: 'class:progress',
} as const;

/** The only channels the presentation window may call: it reads the language and sends its keys, nothing else. */
export const PRESENTATION_WINDOW_CHANNELS: ReadonlyArray<string> = [
  INVOKE_CHANNELS.projectorLanguage,
  INVOKE_CHANNELS.sendPresentationCommand,
];
