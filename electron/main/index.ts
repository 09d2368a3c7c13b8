/**
 * App lifecycle: single instance, the store, the window, the menu, IPC. Kept thin: decisions live in
 * security.ts, windowState.ts, menu.ts and the services, which are tested without Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ElectronStore from 'electron-store';
import type { Language } from '../../renderer/src/domain/model/types';
import { EVENT_CHANNELS, type ImportResult, type MenuCommand } from '../shared/contract';
import { filesFromArgv } from './openFiles';
import { createFileActions, type Dialogs, type FileActionDeps, type FileActions } from './services/fileActions';
import { createClassActions } from './services/classActions';
import { AppStore } from './services/appStore';
import { startupFailureMessage } from './startup';
import { durableBackend, STORE_OPTIONS, type OpenStoreBackend } from './services/storeBackend';
import { bestEffort } from './services/settingsStore';
import { applySecurityBaseline } from './security';
import { APP_ENTRY, APP_SCHEME, APP_SCHEME_PRIVILEGES, contentTypeOf, resolveAppRequest } from './appProtocol';
import { registerIpc } from './ipc';
import { openProjectorWindow, Presentation } from './presentation';
import { buildMenuTemplate, languageFromLocale, MENU_LABELS } from './menu';
import { DEFAULT_SIZE, MIN_SIZE, restorableBounds } from './windowState';
// electron-vite copies the file into out/ and gives its path there; installers use it too (package.json "build").
import appIcon from '../resources/icon.png?asset';

const here = fileURLToPath(new URL('.', import.meta.url));
// The dev server only while developing: a packaged app never loads a page from the environment's say-so.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const rendererRoot = join(here, '../renderer');
const rendererUrl = (): string => devServerUrl ?? APP_ENTRY;

// Before ready: the app's own scheme, standard and secure, so the bundle's module scripts load from it.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

/** Serves the built renderer on app://bundle/, and nothing else (resolveAppRequest refuses the rest). */
function serveRendererBundle(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(request.url, rendererRoot);
    if (!file) return new Response(null, { status: 404 });
    return new Response(await readFile(file), { headers: { 'content-type': contentTypeOf(file) } });
  });
}

let mainWindow: BrowserWindow | null = null;
let files: FileActions | null = null;
/** Files opened with the app before it was ready (macOS sends open-file early). */
const pendingOpens: string[] = [];

/** Imports a file opened with the app and tells the renderer, once the window is there. */
function openWithApp(path: string): void {
  if (!files || !mainWindow) {
    pendingOpens.push(path);
    return;
  }
  const win = mainWindow;
  // The import's result reaches the window first; bringing the window forward comes after and may fail on its own.
  void files.importFromPath(path).then(
    (result: ImportResult) => {
      const send = (): void => win.webContents.send(EVENT_CHANNELS.fileImported, result);
      if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
      else send();
      bestEffort('show the window', () => {
        if (win.isMinimized()) win.restore();
        win.focus();
      });
    },
    (error: unknown) => console.error(`Opening ${path} failed: ${(error as Error).message}`),
  );
}

/** Electron's native dialogs, attached to the main window. */
const nativeDialogs: Dialogs = {
  chooseSavePath: async (options) => {
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  chooseOpenPaths: async ({ folders, ...options }) => {
    const dialogOptions = {
      ...options,
      properties: [folders ? ('openDirectory' as const) : ('openFile' as const), 'multiSelections' as const],
    };
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
  },
  chooseOpenPath: async (options) => {
    const dialogOptions = { ...options, properties: ['openFile' as const] };
    const result = mainWindow ? await dialog.showOpenDialog(mainWindow, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};

/** electron-store opens and reads the settings file in the user's data folder; our durable writer writes it. */
const openElectronStore: OpenStoreBackend = (dir, io) =>
  durableBackend(new ElectronStore<Record<string, unknown>>({ ...STORE_OPTIONS, name: STORE_OPTIONS.configName, cwd: dir }), io);

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(EVENT_CHANNELS.menuCommand, command);
}

/** The store, once open: the menu lists its recent files. */
let openStore: AppStore | null = null;

function setMenu(language: Language): void {
  const labels = MENU_LABELS[language];
  const showAbout = (): void => {
    const options = {
      type: 'info' as const,
      title: labels.about,
      message: 'SoMe-kompass',
      detail: labels.aboutDetail.replace('{{version}}', app.getVersion()),
      buttons: [labels.ok],
    };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  };
  const template = buildMenuTemplate(
    labels,
    process.platform === 'darwin',
    !!devServerUrl,
    { send: sendMenuCommand, showAbout, openRecent: openWithApp },
    openStore?.getSettings().recentFiles ?? [],
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function createWindow(store: AppStore): BrowserWindow {
  const saved = restorableBounds(
    store.getSettings().window,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(saved ?? DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'SoMe-kompass',
    // Windows and macOS take the icon from the installed app; Linux needs it on the window.
    ...(process.platform === 'linux' ? { icon: appIcon } : {}),
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (store.getSettings().window?.maximized) win.maximize();
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
    // The presentation window goes with the app's window; it has no controls of its own to close it.
    for (const other of BrowserWindow.getAllWindows()) if (other !== win && !other.isDestroyed()) other.close();
  });
  win.once('ready-to-show', () => win.show());
  // Remembering the window's place must never hold up or stop the close (a full disk makes the write throw).
  win.on('close', () =>
    bestEffort('window state', () => {
      const b = win.getNormalBounds();
      store.setWindowState({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
    }),
  );
  void win.loadURL(rendererUrl());
  return win;
}

/**
 * Opens the data folder. When it cannot be used at all (disk full, read-only, no permission), says so in a native
 * message in the user's language, naming the folder, and quits cleanly so the single-instance lock is released and
 * the next start works. Nothing stored is changed.
 */
function openStoreOrQuit(): AppStore | null {
  const dir = app.getPath('userData');
  try {
    return new AppStore(dir, openElectronStore, { appVersion: app.getVersion() });
  } catch (error) {
    const { title, message } = startupFailureMessage(error, dir, MENU_LABELS[languageFromLocale(app.getLocale())]);
    dialog.showErrorBox(title, message);
    app.releaseSingleInstanceLock();
    app.quit();
    return null;
  }
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second start (e.g. double-clicking a file while the app runs) hands its files to this instance.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const path of filesFromArgv(argv, workingDirectory)) openWithApp(path);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openWithApp(path);
  });

  void app.whenReady().then(() => {
    applySecurityBaseline(app, session.defaultSession, rendererUrl, devServerUrl);
    serveRendererBundle();
    const store = openStoreOrQuit();
    if (!store) return;
    openStore = store;
    const uiLanguage = (): Language => store.getSettings().uiLanguage ?? languageFromLocale(app.getLocale());
    const fileDeps: FileActionDeps = {
      store,
      dialogs: nativeDialogs,
      appVersion: app.getVersion(),
      defaultFolder: app.getPath('documents'),
      uiLanguage,
      newId: randomUUID,
      now: () => new Date(),
      // The OS's recent documents (Windows jump list, macOS Open Recent), and the app's own list in the menu.
      onRecentFile: (path) => {
        app.addRecentDocument(path);
        setMenu(uiLanguage());
      },
    };
    files = createFileActions(fileDeps);
    const presentation = new Presentation({
      mainWindow: () => mainWindow,
      openWindow: (bounds) => openProjectorWindow(bounds, { url: `${rendererUrl()}?view=present`, preloadDir: join(here, '../preload') }),
    });
    registerIpc(
      ipcMain,
      {
        store,
        files,
        classes: createClassActions(fileDeps),
        presentation,
        systemLanguage: () => app.getLocale(),
        appVersion: app.getVersion(),
        onUiLanguageChanged: setMenu,
      },
      () => mainWindow?.webContents.mainFrame,
      () => presentation.frame(),
    );
    setMenu(uiLanguage());
    mainWindow = createWindow(store);
    // The portfolio's plan progress a start did not count (no start pays for it): counted once the first screen is up.
    mainWindow.webContents.once('did-finish-load', () => setTimeout(() => store.countPlanProgressInBackground(), 1_000));
    for (const path of [...pendingOpens.splice(0), ...filesFromArgv(process.argv, process.cwd())]) openWithApp(path);
    app.on('activate', () => {
      if (!mainWindow) mainWindow = createWindow(store);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
