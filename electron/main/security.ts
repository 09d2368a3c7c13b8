/**
 * The security baseline in one place (Electron's security checklist): deny new windows, block navigation away
 * from the app, deny every permission, block every network request, no webviews. The decisions are pure
 * functions so they can be tested with hostile input without Electron.
 */
import type { App, Session, WebContents } from 'electron';

/** The renderer may only navigate within its own bundle (file://.../out/renderer/) or the dev server. */
export function isAllowedNavigation(target: string, rendererUrl: string): boolean {
  let t: URL, r: URL;
  try {
    t = new URL(target);
    r = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (t.protocol !== r.protocol || t.host !== r.host) return false;
  if (t.protocol === 'file:') return t.pathname === r.pathname;
  return t.origin === r.origin;
}

/**
 * The app is offline: only its own files load. In development the Vite dev server on localhost is allowed too.
 * Anything else (http, https, ws, data exfiltration to any host) is cancelled.
 */
export function isAllowedRequest(url: string, devServerUrl: string | undefined): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'file:' || u.protocol === 'devtools:' || u.protocol === 'data:') return true;
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
