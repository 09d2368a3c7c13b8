import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { Language } from '../../renderer/src/domain/model/types';
import type { MenuCommand } from '../shared/contract';
import nbMenu from '../../locales/nb/menu.json';
import svMenu from '../../locales/sv/menu.json';

export type MenuLabels = typeof nbMenu;
export const MENU_LABELS: Record<Language, MenuLabels> = { nb: nbMenu, sv: svMenu };

export interface MenuActions {
  send: (command: MenuCommand) => void;
  showAbout: () => void;
  /** Opens (imports) a file from "Open recent". */
  openRecent: (path: string) => void;
}

/** The app menu: standard roles and shortcuts, labelled in the UI language. */
/**
 * "Open recent": on macOS the system's own list (filled by app.addRecentDocument); elsewhere the app's list of the
 * files imported and exported lately, each opened as a new assessment like any file opened with the app.
 */
function recentMenu(
  labels: MenuLabels,
  isMac: boolean,
  recentFiles: ReadonlyArray<string>,
  actions: MenuActions,
): MenuItemConstructorOptions {
  if (isMac)
    return { label: labels.openRecent, role: 'recentDocuments', submenu: [{ label: labels.clearRecent, role: 'clearRecentDocuments' }] };
  const items: MenuItemConstructorOptions[] = recentFiles.map((path) => ({
    label: basename(path),
    sublabel: path,
    click: () => actions.openRecent(path),
  }));
  return { label: labels.openRecent, submenu: items.length > 0 ? items : [{ label: labels.noRecent, enabled: false }] };
}

export function buildMenuTemplate(
  labels: MenuLabels,
  isMac: boolean,
  isDev: boolean,
  actions: MenuActions,
  recentFiles: ReadonlyArray<string> = [],
): MenuItemConstructorOptions[] {
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac)
    template.push({
      label: 'SoMe-kompass',
      submenu: [
        { label: labels.about, click: actions.showAbout },
        sep,
        { role: 'hide', label: labels.hide },
        { role: 'hideOthers', label: labels.hideOthers },
        { role: 'unhide', label: labels.showAll },
        sep,
        { role: 'quit', label: labels.quit },
      ],
    });
  template.push(
    {
      label: labels.file,
      submenu: [
        { label: labels.newAssessment, accelerator: 'CmdOrCtrl+N', click: () => actions.send('newAssessment') },
        { label: labels.allAssessments, accelerator: 'CmdOrCtrl+Shift+A', click: () => actions.send('goHome') },
        sep,
        { label: labels.importAssessment, accelerator: 'CmdOrCtrl+O', click: () => actions.send('importAssessment') },
        recentMenu(labels, isMac, recentFiles, actions),
        { label: labels.exportAssessment, accelerator: 'CmdOrCtrl+E', click: () => actions.send('exportAssessment') },
        sep,
        { label: labels.brandSettings, click: () => actions.send('brandSettings') },
        sep,
        isMac ? { role: 'close', label: labels.closeWindow } : { role: 'quit', label: labels.quit },
      ],
    },
    {
      label: labels.edit,
      submenu: [
        { role: 'undo', label: labels.undo },
        { role: 'redo', label: labels.redo },
        sep,
        { role: 'cut', label: labels.cut },
        { role: 'copy', label: labels.copy },
        { role: 'paste', label: labels.paste },
        { role: 'selectAll', label: labels.selectAll },
      ],
    },
    {
      label: labels.view,
      submenu: [
        { role: 'resetZoom', label: labels.resetZoom },
        { role: 'zoomIn', label: labels.zoomIn },
        { role: 'zoomOut', label: labels.zoomOut },
        sep,
        { role: 'togglefullscreen', label: labels.fullscreen },
        ...(isDev ? [sep, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: labels.window,
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: labels.minimize },
        { role: 'close', label: labels.closeWindow },
      ],
    },
    {
      label: labels.help,
      role: 'help',
      submenu: [
        { label: labels.accessibilityStatement, click: () => actions.send('accessibilityStatement') },
        { label: labels.about, click: actions.showAbout },
      ],
    },
  );
  return template;
}

/** The menu language before the user has chosen one: Swedish systems get Swedish, everyone else bokmål. */
export function languageFromLocale(locale: string): Language {
  return /^sv\b/i.test(locale) ? 'sv' : 'nb';
}
