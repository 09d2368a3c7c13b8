/**
 * The projector's own window: exposes `window.projector`, exactly `ProjectorApi` (its language, the slide to show,
 * its keys) and nothing of the app's `window.api`, so the projector can neither read nor change anything stored.
 * Runs sandboxed, so it is built as CommonJS on its own (`isolatedEntries`) and may only import `electron` and the
 * contract's constants.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS, type PresentationState, type ProjectorApi } from '../shared/contract';

export const projector = {
  getLanguage: () => ipcRenderer.invoke(INVOKE_CHANNELS.projectorLanguage),
  onSlide: (listener) => {
    const handler = (_event: IpcRendererEvent, state: PresentationState): void => listener(state);
    ipcRenderer.on(EVENT_CHANNELS.presentationState, handler);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.presentationState, handler);
    };
  },
  sendKey: (command) => ipcRenderer.invoke(INVOKE_CHANNELS.sendPresentationCommand, command),
} satisfies ProjectorApi;

contextBridge.exposeInMainWorld('projector', projector);
