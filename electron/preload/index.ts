/**
 * Exposes the IPC contract as `window.api`, one method per capability. Never exposes ipcRenderer itself.
 * Runs sandboxed, so it is built as CommonJS and may only import `electron` and the contract's constants.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS, MENU_COMMANDS, type AppApi, type ImportResult, type MenuCommand } from '../shared/contract';

export const api = {
  getStartInfo: () => ipcRenderer.invoke(INVOKE_CHANNELS.getStartInfo),
  listSummaries: () => ipcRenderer.invoke(INVOKE_CHANNELS.listSummaries),
  getAssessment: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.getAssessment, id),
  saveAssessment: (assessment) => ipcRenderer.invoke(INVOKE_CHANNELS.saveAssessment, assessment),
  deleteAssessment: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.deleteAssessment, id),
  setUiLanguage: (language) => ipcRenderer.invoke(INVOKE_CHANNELS.setUiLanguage, language),
  exportAssessment: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.exportAssessment, id),
  listEarlierVersions: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.listEarlierVersions, id),
  restoreEarlierVersion: (id, day) => ipcRenderer.invoke(INVOKE_CHANNELS.restoreEarlierVersion, id, day),
  importAssessment: () => ipcRenderer.invoke(INVOKE_CHANNELS.importAssessment),
  // Only the preload can turn a dropped File into its path (contextIsolation keeps it from the page).
  importDroppedFile: (file) => ipcRenderer.invoke(INVOKE_CHANNELS.importFilePath, webUtils.getPathForFile(file)),
  saveCsv: (kind, suggestedName, content) => ipcRenderer.invoke(INVOKE_CHANNELS.saveCsv, kind, suggestedName, content),
  savePdf: (suggestedName) => ipcRenderer.invoke(INVOKE_CHANNELS.savePdf, suggestedName),
  saveWord: (suggestedName, content) => ipcRenderer.invoke(INVOKE_CHANNELS.saveWord, suggestedName, content),
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
