/**
 * Opens the built renderer (out/renderer) in real Chromium with `window.api` bridged to the real main-process
 * handlers (zod validation + AppStore on files in a temporary folder). Only Electron's transport is left out:
 * each contract method becomes one call through Playwright's exposeBinding, exactly as the preload maps it onto
 * ipcRenderer.invoke. A second launch on the same `dataDir` is a restart of the app.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AppStore } from '../../electron/main/services/appStore';
import { openConfBackend } from '../../electron/main/services/storeBackend';
import { createIpcHandlers, type PresentationService } from '../../electron/main/ipcHandlers';
import { displayChoices, presentationTarget } from '../../electron/main/displays';
import { createFileActions, type FileActionDeps, type FileActions } from '../../electron/main/services/fileActions';
import { createClassActions } from '../../electron/main/services/classActions';
import { languageFromLocale } from '../../electron/main/menu';
import { EVENT_CHANNELS, INVOKE_CHANNELS, PRESENTATION_WINDOW_CHANNELS, type MenuCommand } from '../../electron/shared/contract';
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE, PDF_MARGINS_INCHES } from '../../electron/main/pdfOptions';

const root = resolve(import.meta.dirname, '..', '..');
export const RENDERER_INDEX = join(root, 'out', 'renderer', 'index.html');

/** Debian's Chromium by default; CHROME_PATH for other machines. */
export function chromiumPath(): string {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian\'s "chromium" or set CHROME_PATH');
  return found;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Electron's file protocol allows module scripts from file://; plain Chromium needs this flag.
  '--allow-file-access-from-files',
];

export interface LaunchOptions {
  locale?: 'nb' | 'sv';
  dataDir?: string;
  /** Displays connected (default one): with two, a presentation opens its own page, as main opens its own window. */
  displays?: 1 | 2;
}

export interface LaunchedApp {
  page: Page;
  context: BrowserContext;
  dataDir: string;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Store notice main would show (damaged or newer store), if any. */
  store: AppStore;
  files: FileActions;
  /** What the next save or open dialog answers: a path (several for a multiple choice), or null for "cancel". */
  dialogAnswers: Array<string | string[] | null>;
  /** The options of every dialog shown, in order. */
  dialogsShown: Array<{ kind: 'save' | 'open'; defaultPath: string }>;
  sendMenuCommand: (command: MenuCommand) => Promise<void>;
  /** The presentation's own page (the renderer's `?view=present` route), once a presentation opened one. */
  presentationPage: () => Promise<Page | null>;
  /** Whether the app's window is in full screen (a presentation on the only display). */
  fullScreen: () => boolean;
  /** Imports a file as if it had been opened with the app (double-click, command line), as main does. */
  openWithApp: (path: string) => Promise<void>;
  close: () => Promise<void>;
}

let sharedBrowser: Browser | null = null;
async function browser(): Promise<Browser> {
  sharedBrowser ??= await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  return sharedBrowser;
}

/** Closes the Chromium shared by launches in this test file. */
export async function closeBrowser(): Promise<void> {
  await sharedBrowser?.close();
  sharedBrowser = null;
}

const isTaggedBytes = (a: unknown): a is { uint8Array: number[] } =>
  typeof a === 'object' && a !== null && Object.keys(a).length === 1 && Array.isArray((a as { uint8Array?: unknown }).uint8Array);

/** What main's `printToPDF` does with `electronPdfOptions()`, through Playwright: the same page, margins and footer. */
/**
 * Presses a key that closes the page's window. The app closes on keydown, so a whole press (down, then up) can find
 * the page gone before its keyup: only the keydown is sent, and a "closed" error from that race is the wanted outcome.
 */
export async function pressKeyThatClosesWindow(page: Page, key: string): Promise<void> {
  await page.keyboard.down(key).catch((error: unknown) => {
    if (!page.isClosed() && !/closed/i.test(String(error))) throw error;
  });
}

export async function printToPdf(page: Page): Promise<Uint8Array> {
  const inches = (n: number): string => `${n}in`;
  return page.pdf({
    format: 'A4',
    printBackground: true,
    margin: {
      top: inches(PDF_MARGINS_INCHES.top),
      bottom: inches(PDF_MARGINS_INCHES.bottom),
      left: inches(PDF_MARGINS_INCHES.left),
      right: inches(PDF_MARGINS_INCHES.right),
    },
    displayHeaderFooter: true,
    headerTemplate: PDF_HEADER_TEMPLATE,
    footerTemplate: PDF_FOOTER_TEMPLATE,
    tagged: true,
    outline: true,
  });
}

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (!existsSync(RENDERER_INDEX)) throw new Error('Build the renderer first: npm run build');
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'some-kompass-e2e-'));
  const localeTag = options.locale === 'sv' ? 'sv-SE' : 'nb-NO';
  const store = new AppStore(dataDir, openConfBackend);
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const dialogAnswers: Array<string | string[] | null> = [];
  const dialogsShown: LaunchedApp['dialogsShown'] = [];
  const next = (kind: 'save' | 'open', defaultPath: string): string | string[] | null => {
    dialogsShown.push({ kind, defaultPath });
    if (dialogAnswers.length === 0) throw new Error(`A ${kind} dialog opened that the test did not expect`);
    return dialogAnswers.shift() ?? null;
  };
  const answer = (kind: 'save' | 'open', defaultPath: string): Promise<string | null> => {
    const a = next(kind, defaultPath);
    return Promise.resolve(Array.isArray(a) ? (a[0] ?? null) : a);
  };
  const fileDeps: FileActionDeps = {
    store,
    dialogs: {
      chooseSavePath: (o) => answer('save', o.defaultPath),
      chooseOpenPath: (o) => answer('open', o.defaultPath),
      chooseOpenPaths: (o) => {
        const a = next('open', o.defaultPath);
        return Promise.resolve(a === null ? null : Array.isArray(a) ? a : [a]);
      },
    },
    appVersion: version,
    defaultFolder: dataDir,
    uiLanguage: () => store.getSettings().uiLanguage ?? languageFromLocale(localeTag),
    newId: randomUUID,
    now: () => new Date(),
  };
  const files = createFileActions(fileDeps);
  const context = await (await browser()).newContext({ locale: localeTag, viewport: { width: 1280, height: 900 } });
  // What electron/main/presentation.ts does with windows, done with pages: the presentation's own page on the second
  // display, or full screen in the app's page; state one way, keys the other, both through the real handlers.
  const displayCount = options.displays ?? 1;
  const displayList = Array.from({ length: displayCount }, (_, i) => ({
    id: i + 1,
    bounds: { x: i * 1920, y: 0, width: i === 0 ? 1280 : 1920, height: i === 0 ? 900 : 1080 },
  }));
  let presentation: Promise<Page> | null = null;
  let fullScreen = false;
  let mainPage: Page | null = null;
  const emit = (target: Page | null, listeners: string, value: unknown): Promise<void> =>
    target
      ? target
          .evaluate(
            ([name, v]) => {
              for (const l of (window as unknown as Record<string, Set<(x: unknown) => void>>)[name] ?? []) l(v);
            },
            [listeners, value] as const,
          )
          .catch(() => undefined) // the page may be closing with the test
      : Promise.resolve();
  const presentationService: PresentationService = {
    displays: () => displayChoices(displayList, 1, 1),
    start: (displayId) => {
      const target = presentationTarget(displayList, 1, 1, displayId);
      if (target.mode === 'mainWindow') {
        fullScreen = true;
        return 'mainWindow';
      }
      presentation = context.newPage().then(async (p) => {
        await p.setViewportSize({ width: target.bounds.width, height: target.bounds.height });
        await p.goto(`${pathToFileURL(RENDERER_INDEX).toString()}?view=present`);
        p.on('close', () => void emit(mainPage, '__presentationEventListeners', 'ended'));
        return p;
      });
      return 'ownWindow';
    },
    show: (state) => {
      void presentation?.then((p) =>
        p
          .locator('main.presentation')
          .first()
          .waitFor()
          .then(() => emit(p, '__presentationStateListeners', state))
          // Stopped before this slide was drawn (the page closed meanwhile): nothing is left to show it on.
          .catch((error: unknown) => {
            if (!p.isClosed()) throw error;
          }),
      );
    },
    stop: () => {
      fullScreen = false;
      const closing = presentation;
      presentation = null;
      void closing?.then((p) => p.close());
    },
    command: (command) => void emit(mainPage, '__presentationCommandListeners', command),
  };
  const handlers = createIpcHandlers({
    store,
    files,
    classes: createClassActions(fileDeps),
    presentation: presentationService,
    systemLanguage: () => localeTag,
    appVersion: version,
  });

  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));

  // A dropped file: the page hands over its bytes, which are written to a real file and imported from its path,
  // as main does with the path the preload takes from the File.
  await context.exposeBinding('__someKompassDrop', ({ page }, name: string, bytes: number[]) => {
    const path = join(mkdtempSync(join(tmpdir(), 'some-kompass-drop-')), name.replace(/[\\/]/g, '_'));
    writeFileSync(path, Buffer.from(bytes));
    return handlers[INVOKE_CHANNELS.importFilePath]!([path], { printToPdf: () => printToPdf(page), send: () => undefined });
  });
  await context.exposeBinding('__someKompassInvoke', async ({ page }, channel: string, sent: unknown[]) => {
    const handler = handlers[channel];
    if (!handler) return { ok: false, error: 'UnknownChannel' };
    // As ipc.ts: the projector's page may only ask for its language and send its keys.
    if (page !== mainPage && !PRESENTATION_WINDOW_CHANNELS.includes(channel)) return { ok: false, error: 'UntrustedSender' };
    // Bytes cross Playwright's binding as a tagged number list; Electron's IPC carries a Uint8Array as it is.
    const args = sent.map((a) => (isTaggedBytes(a) ? new Uint8Array(a.uint8Array) : a));
    try {
      // Events main sends the calling window reach the page's listeners of that channel.
      const send = (channel: string, value: unknown): void => void emit(page, `__event:${channel}`, value);
      return { ok: true, value: await handler(args, { printToPdf: () => printToPdf(page), send }) };
    } catch (error) {
      return { ok: false, error: (error as Error).name };
    }
  });
  // The same shape as electron/preload/index.ts (one method per contract entry), and on the projector's page as
  // electron/preload/projector.ts (its language, its slides, its keys, and no window.api).
  await context.addInitScript(
    ({
      channels,
      events,
      projectorOnly,
    }: {
      channels: Record<string, string>;
      events: Record<string, string>;
      projectorOnly: string[];
    }) => {
      type Reply = { ok: boolean; value?: unknown; error?: string };
      const w = window as unknown as {
        __someKompassInvoke: (c: string, a: unknown[]) => Promise<Reply>;
        __someKompassDrop: (name: string, bytes: number[]) => Promise<unknown>;
        __menuListeners: Set<(c: string) => void>;
        __fileListeners: Set<(r: unknown) => void>;
        __presentationStateListeners: Set<(s: unknown) => void>;
        __presentationCommandListeners: Set<(c: unknown) => void>;
        __presentationEventListeners: Set<(e: unknown) => void>;
      };
      w.__menuListeners = new Set();
      w.__fileListeners = new Set();
      w.__presentationStateListeners = new Set();
      w.__presentationCommandListeners = new Set();
      w.__presentationEventListeners = new Set();
      if (new URLSearchParams(window.location.search).get('view') === 'present') {
        // Member assignments, not named functions, for the same reason as below.
        const projector: Record<string, unknown> = {};
        projector['getLanguage'] = async () => {
          const reply = await w.__someKompassInvoke(channels['projectorLanguage']!, []);
          if (!reply.ok) throw new Error(reply.error);
          return reply.value;
        };
        projector['sendKey'] = async (command: unknown) => {
          const reply = await w.__someKompassInvoke(channels['sendPresentationCommand']!, [command]);
          if (!reply.ok) throw new Error(reply.error);
          return reply.value;
        };
        projector['onSlide'] = (listener: (x: unknown) => void) => {
          w.__presentationStateListeners.add(listener);
          return () => w.__presentationStateListeners.delete(listener);
        };
        Object.defineProperty(window, 'projector', { value: Object.freeze(projector), writable: false });
        return;
      }
      const api: Record<string, unknown> = {};
      // Written out one by one: a shared helper function would not survive the trip into the page (tsx names it).
      api['onPresentationCommand'] = (listener: (x: unknown) => void) => {
        w.__presentationCommandListeners.add(listener);
        return () => w.__presentationCommandListeners.delete(listener);
      };
      api['onClassProgress'] = (listener: (x: unknown) => void) => {
        const key = `__event:${events.classProgress}`;
        const listeners = ((w as unknown as Record<string, Set<(x: unknown) => void>>)[key] ??= new Set());
        listeners.add(listener);
        return () => listeners.delete(listener);
      };
      api['onPresentationEvent'] = (listener: (x: unknown) => void) => {
        w.__presentationEventListeners.add(listener);
        return () => w.__presentationEventListeners.delete(listener);
      };
      for (const [method, channel] of Object.entries(channels)) {
        // The preload exposes this channel only through importDroppedFile (below), never as a method; the
        // projector's channels belong to the projector's page.
        if (method === 'importFilePath' || projectorOnly.includes(method)) continue;
        api[method] = async (...args: unknown[]) => {
          const sent = args.map((a) => (a instanceof Uint8Array ? { uint8Array: Array.from(a) } : a));
          const reply = await w.__someKompassInvoke(channel, sent);
          if (!reply.ok) throw new Error(reply.error);
          return reply.value;
        };
      }
      api['importDroppedFile'] = async (file: File) => w.__someKompassDrop(file.name, [...new Uint8Array(await file.arrayBuffer())]);
      api['onFileImported'] = (listener: (r: unknown) => void) => {
        w.__fileListeners.add(listener);
        return () => w.__fileListeners.delete(listener);
      };
      api['onMenuCommand'] = (listener: (c: string) => void) => {
        w.__menuListeners.add(listener);
        return () => w.__menuListeners.delete(listener);
      };
      Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
    },
    { channels: INVOKE_CHANNELS, events: EVENT_CHANNELS, projectorOnly: ['projectorLanguage', 'sendPresentationCommand'] },
  );

  const page = await context.newPage();
  mainPage = page;
  await page.goto(pathToFileURL(RENDERER_INDEX).toString());
  await page.locator('h1').first().waitFor();

  return {
    page,
    context,
    dataDir,
    requests,
    store,
    files,
    dialogAnswers,
    dialogsShown,
    presentationPage: () => presentation ?? Promise.resolve(null),
    fullScreen: () => fullScreen,
    openWithApp: async (path) => {
      const result = await files.importFromPath(path);
      // What main sends on EVENT_CHANNELS.fileImported reaches the page's listeners.
      await page.evaluate((r) => {
        for (const l of (window as unknown as { __fileListeners: Set<(r: unknown) => void> }).__fileListeners) l(r);
      }, result);
    },
    sendMenuCommand: (command) =>
      page.evaluate((c) => {
        for (const l of (window as unknown as { __menuListeners: Set<(c: string) => void> }).__menuListeners) l(c);
      }, command),
    close: async () => {
      await context.close();
    },
  };
}
