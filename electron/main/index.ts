/**
 * App lifecycle: single instance, the store, the window, the menu, IPC. Kept thin: decisions live in
 * security.ts, windowState.ts, menu.ts and the services, which are tested without Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ElectronStore from 'electron-store';
import type { Language } from '../../renderer/src/domain/types';
import { EVENT_CHANNELS, type MenuCommand } from '../shared/contract';
import { AppStore } from './services/appStore';
import { STORE_OPTIONS, type OpenStoreBackend } from './services/storeBackend';
import { applySecurityBaseline } from './security';
import { registerIpc } from './ipc';
import { buildMenuTemplate, languageFromLocale, MENU_LABELS } from './menu';
import { DEFAULT_SIZE, MIN_SIZE, restorableBounds } from './windowState';

const here = fileURLToPath(new URL('.', import.meta.url));
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const rendererFile = join(here, '../renderer/index.html');
const rendererUrl = (): string => devServerUrl ?? pathToFileURL(rendererFile).toString();

let mainWindow: BrowserWindow | null = null;

/** electron-store in the user's data folder, behind the same adapter the tests back with `conf`. */
const openElectronStore: OpenStoreBackend = (dir) => {
  const store = new ElectronStore<Record<string, unknown>>({ ...STORE_OPTIONS, name: STORE_OPTIONS.configName, cwd: dir });
  return {
    path: store.path,
    read: () => store.store,
    write: (data) => {
      store.store = data as Record<string, unknown>;
    },
  };
};

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(EVENT_CHANNELS.menuCommand, command);
}

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
  const template = buildMenuTemplate(labels, process.platform === 'darwin', !!devServerUrl, { send: sendMenuCommand, showAbout });
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
  });
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const b = win.getNormalBounds();
    store.setWindowState({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  });
  void win.loadURL(rendererUrl());
  return win;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    applySecurityBaseline(app, session.defaultSession, rendererUrl, devServerUrl);
    const store = new AppStore(app.getPath('userData'), openElectronStore);
    const uiLanguage = (): Language => store.getSettings().uiLanguage ?? languageFromLocale(app.getLocale());
    registerIpc(
      ipcMain,
      {
        store,
        systemLanguage: () => app.getLocale(),
        appVersion: app.getVersion(),
        onUiLanguageChanged: setMenu,
      },
      () => mainWindow?.webContents.mainFrame,
    );
    setMenu(uiLanguage());
    mainWindow = createWindow(store);
    app.on('activate', () => {
      if (!mainWindow) mainWindow = createWindow(store);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
