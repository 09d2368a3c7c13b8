import type { AppApi } from '../../electron/shared/contract';

declare global {
  interface Window {
    /** The IPC contract, exposed by the preload (or by the test harness in Chromium). */
    readonly api: AppApi;
  }
}

export const api = (): AppApi => window.api;
