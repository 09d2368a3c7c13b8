import type { AppApi, ProjectorApi } from '../../electron/shared/contract';

declare global {
  interface Window {
    /** The IPC contract, exposed by the app window's preload (or by the test harness in Chromium). */
    readonly api: AppApi;
    /** In the projector's own window only, instead of `api`: its language, its slides, its keys. */
    readonly projector: ProjectorApi;
  }
}

export const api = (): AppApi => window.api;
export const projectorApi = (): ProjectorApi => window.projector;
