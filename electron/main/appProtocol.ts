/**
 * The renderer is served from the app's own protocol, `app://bundle/…`, instead of `file://` (Electron's security
 * checklist): only files of the built renderer can be loaded, never anything else on the disk. The decision is a
 * pure function, tested with traversal attempts; main maps it onto `protocol.handle`.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { extname, join, posix, relative, isAbsolute } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
/** Where the window loads the renderer in a built app. */
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The privileges the scheme needs: standard URLs and a secure context, so module scripts and `fetch` work. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

const inside = (root: string, path: string): boolean => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * The file of the built renderer (`root`) that an `app://bundle/…` URL asks for, or null: another scheme or host,
 * an undecodable or NUL-containing path, `..` or backslashes that leave the folder (also when percent-encoded),
 * a symbolic link out of it, a folder, or a file that does not exist.
 */
export function resolveAppRequest(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const normalized = posix.normalize(path === '/' ? '/index.html' : path);
  if (normalized.split('/').includes('..')) return null;
  const file = join(root, normalized);
  if (!inside(root, file) || !existsSync(file)) return null;
  // A symbolic link inside the bundle must not lead out of it.
  const real = realpathSync(file);
  if (!inside(realpathSync(root), real) || !statSync(real).isFile()) return null;
  return real;
}

/** Content types for what the renderer bundle holds. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
