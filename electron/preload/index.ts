/**
 * Exposes the IPC contract as `window.api` to the app's window, one method per capability. Never exposes ipcRenderer
 * itself. The projector's window has its own, smaller preload (projector.ts).
 * Runs sandboxed, so it is built as CommonJS and may only import `electron` and the contract's constants.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  MENU_COMMANDS,
  PRESENTATION_EVENTS,
  type AppApi,
  type ImportResult,
  type MenuCommand,
  type PresentationEvent,
} from '../shared/contract';
import type { PresentationCommand } from '../../renderer/src/domain/workshop/presentation';

/** Subscribes a listener to one channel main sends on; returns the unsubscribe function. */
function listen<T>(channel: string, listener: (value: T) => void, accept: (value: unknown) => boolean = () => true): () => void {
  const handler = (_event: IpcRendererEvent, value: unknown): void => {
    if (accept(value)) listener(value as T);
  };
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

export const api = {
  getStartInfo: () => ipcRenderer.invoke(INVOKE_CHANNELS.getStartInfo),
  listSummaries: () => ipcRenderer.invoke(INVOKE_CHANNELS.listSummaries),
  countPlanProgress: (ids) => ipcRenderer.invoke(INVOKE_CHANNELS.countPlanProgress, ids),
  getAssessment: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.getAssessment, id),
  saveAssessment: (assessment) => ipcRenderer.invoke(INVOKE_CHANNELS.saveAssessment, assessment),
  deleteAssessment: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.deleteAssessment, id),
  setUiLanguage: (language) => ipcRenderer.invoke(INVOKE_CHANNELS.setUiLanguage, language),
  exportAssessment: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.exportAssessment, id),
  listEarlierVersions: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.listEarlierVersions, id),
  listRounds: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.listRounds, id),
  restoreEarlierVersion: (id, day) => ipcRenderer.invoke(INVOKE_CHANNELS.restoreEarlierVersion, id, day),
  importAssessment: () => ipcRenderer.invoke(INVOKE_CHANNELS.importAssessment),
  // Only the preload can turn a dropped File into its path (contextIsolation keeps it from the page).
  importDroppedFile: (file) => ipcRenderer.invoke(INVOKE_CHANNELS.importFilePath, webUtils.getPathForFile(file)),
  importAgain: (path) => ipcRenderer.invoke(INVOKE_CHANNELS.importAgain, path),
  saveCsv: (kind, suggestedName, content) => ipcRenderer.invoke(INVOKE_CHANNELS.saveCsv, kind, suggestedName, content),
  savePdf: (suggestedName) => ipcRenderer.invoke(INVOKE_CHANNELS.savePdf, suggestedName),
  saveWord: (suggestedName, content) => ipcRenderer.invoke(INVOKE_CHANNELS.saveWord, suggestedName, content),
  readRespondentFile: () => ipcRenderer.invoke(INVOKE_CHANNELS.readRespondentFile),
  handInAssessment: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.handInAssessment, id),
  chooseClassPaths: (kind) => ipcRenderer.invoke(INVOKE_CHANNELS.chooseClassPaths, kind),
  readClassFiles: (paths) => ipcRenderer.invoke(INVOKE_CHANNELS.readClassFiles, paths),
  cancelClassRead: () => ipcRenderer.invoke(INVOKE_CHANNELS.cancelClassRead),
  onClassProgress: (listener) => listen<{ done: number; total: number }>(EVENT_CHANNELS.classProgress, listener),
  saveClassFile: (suggestedName, content) => ipcRenderer.invoke(INVOKE_CHANNELS.saveClassFile, suggestedName, content),
  openClassFile: () => ipcRenderer.invoke(INVOKE_CHANNELS.openClassFile),
  classDueDate: (paths) => ipcRenderer.invoke(INVOKE_CHANNELS.classDueDate, paths),
  setClassDueDate: (paths, dueDate) => ipcRenderer.invoke(INVOKE_CHANNELS.setClassDueDate, paths, dueDate),
  chooseLogo: () => ipcRenderer.invoke(INVOKE_CHANNELS.chooseLogo),
  getBrand: () => ipcRenderer.invoke(INVOKE_CHANNELS.getBrand),
  setBrand: (brand) => ipcRenderer.invoke(INVOKE_CHANNELS.setBrand, brand),
  getPeerComparison: () => ipcRenderer.invoke(INVOKE_CHANNELS.getPeerComparison),
  setPeerComparison: (on) => ipcRenderer.invoke(INVOKE_CHANNELS.setPeerComparison, on),
  listDisplays: () => ipcRenderer.invoke(INVOKE_CHANNELS.listDisplays),
  startPresentation: (displayId) => ipcRenderer.invoke(INVOKE_CHANNELS.startPresentation, displayId),
  showPresentation: (state) => ipcRenderer.invoke(INVOKE_CHANNELS.showPresentation, state),
  stopPresentation: () => ipcRenderer.invoke(INVOKE_CHANNELS.stopPresentation),
  onPresentationCommand: (listener) => listen<PresentationCommand>(EVENT_CHANNELS.presentationCommand, listener),
  onPresentationEvent: (listener) =>
    listen<PresentationEvent>(EVENT_CHANNELS.presentationEvent, listener, (e) => PRESENTATION_EVENTS.includes(e as PresentationEvent)),
  onFileImported: (listener) => {
    const handler = (_event: IpcRendererEvent, result: ImportResult): void => listener(result);
    ipcRenderer.on(EVENT_CHANNELS.fileImported, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.fileImported, handler);
    };
  },
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
    };
    ipcRenderer.on(EVENT_CHANNELS.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.menuCommand, handler);
    };
  },
} satisfies AppApi;

contextBridge.exposeInMainWorld('api', api);
