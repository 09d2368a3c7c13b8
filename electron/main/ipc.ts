import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { createIpcHandlers, type IpcServices } from './ipcHandlers';
import { electronPdfOptions } from './pdfOptions';

/**
 * Only the main window's top frame may call main. On file:// the sender's URL host is empty, so we compare
 * frames instead of origins (ENGINEERING.md).
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

/** Maps every contract channel onto ipcMain.handle, with the sender check before validation and service. */
export function registerIpc(ipcMain: IpcMain, services: IpcServices, mainFrame: () => WebFrameMain | null | undefined): void {
  const handlers = createIpcHandlers(services);
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame, mainFrame())) throw new UntrustedSender();
      return handler(args, { printToPdf: () => event.sender.printToPDF(electronPdfOptions()) });
    });
  }
}
