import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { createIpcHandlers, type IpcServices } from './ipcHandlers';
import { PRESENTATION_WINDOW_CHANNELS } from '../shared/contract';
import { electronPdfOptions } from './pdfOptions';

/**
 * Only the main window's top frame may call main. On file:// the sender's URL host is empty, so we compare
 * frames instead of origins.
 */
export function isTrustedSender(senderFrame: WebFrameMain | null | undefined, mainFrame: WebFrameMain | null | undefined): boolean {
  return !!senderFrame && !!mainFrame && senderFrame === mainFrame;
}

export class UntrustedSender extends Error {
  constructor() {
    super('IPC from an untrusted frame');
    this.name = 'UntrustedSender';
  }
}

/**
 * Whether a frame may use a channel: the main window's top frame may use every channel; the presentation window's
 * only the few it needs (its language, its keys), so a presentation can never read or change stored data.
 */
export function mayCall(
  channel: string,
  senderFrame: WebFrameMain | null | undefined,
  mainFrame: WebFrameMain | null | undefined,
  presentationFrame: WebFrameMain | null | undefined,
): boolean {
  if (isTrustedSender(senderFrame, mainFrame)) return true;
  return PRESENTATION_WINDOW_CHANNELS.includes(channel) && isTrustedSender(senderFrame, presentationFrame);
}

/** Maps every contract channel onto ipcMain.handle, with the sender check before validation and service. */
export function registerIpc(
  ipcMain: IpcMain,
  services: IpcServices,
  mainFrame: () => WebFrameMain | null | undefined,
  presentationFrame: () => WebFrameMain | null | undefined = () => null,
): void {
  const handlers = createIpcHandlers(services);
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!mayCall(channel, event.senderFrame, mainFrame(), presentationFrame())) throw new UntrustedSender();
      return handler(args, { printToPdf: () => event.sender.printToPDF(electronPdfOptions()), send: (c, v) => event.sender.send(c, v) });
    });
  }
}
