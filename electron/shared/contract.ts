/**
 * The one IPC contract between the renderer and the main process.
 * The preload exposes exactly `AppApi` as `window.api`; main registers one validated handler per invoke channel.
 * Type-only imports: this file is shared by all three processes and must stay free of runtime dependencies.
 */
import type { Assessment, Language } from '../../renderer/src/domain/types';

/** Something the user must be told at start-up about their stored data. */
export type StoreNotice =
  | { kind: 'damagedStore'; backupPath: string }
  | { kind: 'newerStore'; backupPath: string; found: number; supported: number };

export interface StartInfo {
  notice: StoreNotice | null;
  /** The UI language the user chose, or null to follow the system. */
  uiLanguage: Language | null;
  /** The operating system's preferred language tag, e.g. `nb-NO`. */
  systemLanguage: string;
  appVersion: string;
}

/** Commands the app menu sends to the renderer. */
export const MENU_COMMANDS = ['newAssessment', 'goHome'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface AppApi {
  getStartInfo(): Promise<StartInfo>;
  listAssessments(): Promise<Assessment[]>;
  /** Inserts or replaces by id. Rejects when the assessment is not valid. */
  saveAssessment(assessment: Assessment): Promise<void>;
  /** False when no assessment had that id. */
  deleteAssessment(id: string): Promise<boolean>;
  setUiLanguage(language: Language): Promise<void>;
  /** Subscribes to app-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export type InvokeMethod = Exclude<keyof AppApi, 'onMenuCommand'>;

/** Channel name for each request/response method. */
export const INVOKE_CHANNELS = {
  getStartInfo: 'app:start-info',
  listAssessments: 'assessments:list',
  saveAssessment: 'assessments:save',
  deleteAssessment: 'assessments:delete',
  setUiLanguage: 'settings:set-ui-language',
} as const satisfies Record<InvokeMethod, string>;

/** Channels main sends on. */
export const EVENT_CHANNELS = {
  menuCommand: 'menu:command',
} as const;
