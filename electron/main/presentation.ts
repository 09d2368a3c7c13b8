/**
 * The workshop's projector view in main: which display it goes to, its own full-screen window there (or the app's
 * window itself when there is only one display), keeping the display awake, and carrying what it shows and the keys
 * pressed in it between the two windows. The facilitator's window stays the only one that changes the workshop: the
 * presentation window only draws the slide it is sent (no names in it) and sends its keys back, through its own
 * preload (electron/preload/projector.ts), which can do nothing else.
 */
import { BrowserWindow, powerSaveBlocker, screen, type Display, type Rectangle, type WebFrameMain } from 'electron';
import { join } from 'node:path';
import {
  EVENT_CHANNELS,
  type DisplayChoice,
  type PresentationEvent,
  type PresentationMode,
  type PresentationState,
} from '../shared/contract';
import { displayChoices, presentationTarget } from './displays';
import type { PresentationCommand } from '../../renderer/src/domain/workshop/presentation';
import type { PresentationService } from './ipcHandlers';

export interface PresentationDeps {
  /** The facilitator's window. */
  mainWindow: () => BrowserWindow | null;
  /** Opens the presentation page in a new full-screen window over these bounds. */
  openWindow: (bounds: Rectangle) => BrowserWindow;
}

/** Where the projector's window loads from: the renderer's `?view=present` route, and the folder of the preloads. */
export interface ProjectorWindowSource {
  url: string;
  preloadDir: string;
}

/** The presentation's own window: full screen on the projector, no frame, no menu, and the projector's preload only. */
export function openProjectorWindow(bounds: Rectangle, source: ProjectorWindowSource): BrowserWindow {
  const win = new BrowserWindow({
    ...bounds,
    show: false,
    frame: false,
    fullscreen: true,
    autoHideMenuBar: true,
    title: 'SoMe-kompass',
    backgroundColor: '#101418',
    // Written out in full (as for the main window) so the security scan can read every setting.
    webPreferences: {
      preload: join(source.preloadDir, 'projector.cjs'),
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
  win.setMenu(null);
  win.once('ready-to-show', () => win.showInactive());
  void win.loadURL(source.url);
  return win;
}

export class Presentation implements PresentationService {
  private window: BrowserWindow | null = null;
  private windowDisplay: number | null = null;
  private inMainWindow = false;
  private blocker: number | null = null;
  private lastState: PresentationState | null = null;

  constructor(private readonly deps: PresentationDeps) {
    // A projector plugged in or pulled out: the facilitator's list of displays follows, and a presentation on a
    // display that went away ends (its window would otherwise sit on a screen nobody sees).
    screen.on('display-added', () => this.notify('displaysChanged'));
    screen.on('display-removed', (_event, display: Display) => {
      if (this.window && display.id === this.windowDisplay) this.stop();
      this.notify('displaysChanged');
    });
  }

  private currentDisplayId(): number | null {
    const main = this.deps.mainWindow();
    return main ? screen.getDisplayMatching(main.getBounds()).id : null;
  }

  displays(): DisplayChoice[] {
    return displayChoices(screen.getAllDisplays(), screen.getPrimaryDisplay().id, this.currentDisplayId());
  }

  start(displayId: number | null): PresentationMode {
    this.stop();
    const target = presentationTarget(screen.getAllDisplays(), screen.getPrimaryDisplay().id, this.currentDisplayId(), displayId);
    // Projectors and screens go to sleep during a long discussion; not while presenting.
    this.blocker = powerSaveBlocker.start('prevent-display-sleep');
    if (target.mode === 'mainWindow') {
      this.inMainWindow = true;
      this.deps.mainWindow()?.setFullScreen(true);
      return 'mainWindow';
    }
    const win = this.deps.openWindow(target.bounds);
    this.window = win;
    this.windowDisplay = target.displayId;
    win.on('closed', () => {
      if (this.window !== win) return;
      this.window = null;
      this.windowDisplay = null;
      this.release();
      this.notify('ended');
    });
    win.webContents.on('did-finish-load', () => {
      if (this.lastState) win.webContents.send(EVENT_CHANNELS.presentationState, this.lastState);
    });
    return 'ownWindow';
  }

  show(state: PresentationState): void {
    this.lastState = state;
    const win = this.window;
    if (win && !win.webContents.isLoading()) win.webContents.send(EVENT_CHANNELS.presentationState, state);
  }

  stop(): void {
    const win = this.window;
    this.window = null;
    this.windowDisplay = null;
    if (win && !win.isDestroyed()) win.close();
    if (this.inMainWindow) {
      this.inMainWindow = false;
      this.deps.mainWindow()?.setFullScreen(false);
    }
    this.lastState = null;
    this.release();
  }

  command(command: PresentationCommand): void {
    this.deps.mainWindow()?.webContents.send(EVENT_CHANNELS.presentationCommand, command);
  }

  /** The presentation window's frame: it may send its keys, and ask for the language (see ipc.ts). */
  frame(): WebFrameMain | null {
    return this.window && !this.window.isDestroyed() ? this.window.webContents.mainFrame : null;
  }

  private release(): void {
    if (this.blocker !== null && powerSaveBlocker.isStarted(this.blocker)) powerSaveBlocker.stop(this.blocker);
    this.blocker = null;
  }

  private notify(event: PresentationEvent): void {
    this.deps.mainWindow()?.webContents.send(EVENT_CHANNELS.presentationEvent, event);
  }
}
