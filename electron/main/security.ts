/**
 * The security baseline in one place (Electron's security checklist): deny new windows, block navigation away
 * from the app, deny every permission, block every network request, no webviews. The decisions are pure
 * functions so they can be tested with hostile input without Electron.
 */
import type { App, Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './appProtocol';

/** The renderer may only navigate to its own page (app://bundle/index.html), or within the dev server. */
export function isAllowedNavigation(target: string, rendererUrl: string): boolean {
  let t: URL, r: URL;
  try {
    t = new URL(target);
    r = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (t.protocol !== r.protocol || t.host !== r.host) return false;
  // Custom schemes have no origin ("null" for every URL): compare the page itself.
  if (t.protocol === 'http:' || t.protocol === 'https:') return t.origin === r.origin;
  return t.pathname === r.pathname;
}

/**
 * The app is offline: only its own bundle loads, from `app://bundle/`. In development the Vite dev server on
 * localhost is allowed too. Anything else (file:// elsewhere on the disk, http, https, ws, any host) is cancelled.
 */
export function isAllowedRequest(url: string, devServerUrl: string | undefined): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST;
  if (u.protocol === 'devtools:' || u.protocol === 'data:') return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    if ((u.protocol === 'http:' || u.protocol === 'ws:') && u.host === dev.host) return true;
  }
  return false;
}

export function applySecurityBaseline(app: App, session: Session, rendererUrl: () => string, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, devServerUrl) }));

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url, rendererUrl())) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url, rendererUrl())) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
