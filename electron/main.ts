import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions, screen, session, shell, type WebContents } from 'electron';
import { registerHostIpc } from './ipc';
import { APP_ORIGIN, handleAppProtocol, registerAppScheme } from './protocol';
import { createHostService } from './services/host';
import { ArticleLibrary } from './services/library';
import { parseHostArgs, resolveLibraryPath } from './services/settings';
import { defaultWindowSize, loadWindowState, restoreWindowBounds, WINDOW_MIN, WindowStateFile } from './services/window-state';

/**
 * Electron's main process: window, menus, dialogs and IPC registration. Everything it serves
 * comes from services that run in plain Node (the same ones the web host uses).
 */

registerAppScheme();
// Every renderer is sandboxed, including any a future feature might create.
app.enableSandbox();

function hostArgs() {
  // Electron passes its own flags too; keep only ours.
  const ours = process.argv.slice(app.isPackaged ? 1 : 2).filter((a, i, all) => a.startsWith('--library') || (all[i - 1] === '--library' && !a.startsWith('--')));
  try {
    return parseHostArgs(ours);
  } catch {
    return { open: true } as ReturnType<typeof parseHostArgs>;
  }
}

/** External links open in the browser only for http(s), and only after the reporter agrees. */
async function openExternal(contents: WebContents, url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return;
  const win = BrowserWindow.fromWebContents(contents);
  const options = { type: 'question' as const, buttons: ['Open in browser', 'Cancel'], defaultId: 1, cancelId: 1, message: `Open this link in your browser?\n\n${parsed.toString()}` };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  if (response === 0) await shell.openExternal(parsed.toString());
}

function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      void openExternal(contents, url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) {
        event.preventDefault();
        void openExternal(contents, url);
      }
    });
    contents.on('will-redirect', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** Spelling suggestions and the usual editing commands on right-click. */
function contextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const items: MenuItemConstructorOptions[] = [];
    for (const word of params.dictionarySuggestions.slice(0, 6)) items.push({ label: word, click: () => contents.replaceMisspelling(word) });
    if (params.misspelledWord) {
      if (!items.length) items.push({ label: 'No suggestions', enabled: false });
      items.push({ label: 'Add to dictionary', click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord) }, { type: 'separator' });
    }
    if (params.isEditable) items.push({ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' });
    else if (params.selectionText) items.push({ role: 'copy' });
    if (items.length) Menu.buildFromTemplate(items).popup();
  });
}

function sendMenuCommand(command: string) {
  BrowserWindow.getFocusedWindow()?.webContents.send('copydesk:menu', command);
}

function buildMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Article', accelerator: 'CmdOrCtrl+N', click: () => sendMenuCommand('new-article') },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => sendMenuCommand('save') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** The window's size and place, kept in the user data folder (services/window-state.ts). */
let windowState: WindowStateFile | null = null;
const windowStatePath = () => path.join(app.getPath('userData'), 'window-state.json');

function rememberWindow(win: BrowserWindow, file: WindowStateFile): void {
  const remember = () => {
    // A minimised or full-screen window keeps the place it will come back to.
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    file.remember({ ...win.getNormalBounds(), maximized: win.isMaximized() });
  };
  win.on('resize', remember);
  win.on('move', remember);
  win.on('maximize', remember);
  win.on('unmaximize', remember);
  win.on('close', () => {
    remember();
    void file.flush();
  });
}

async function createWindow(): Promise<void> {
  windowState ??= new WindowStateFile(windowStatePath());
  const saved = await loadWindowState(windowStatePath());
  // Reopens where it was only when that place is still wholly on a screen.
  const bounds = restoreWindowBounds(saved, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...(bounds ?? defaultWindowSize(screen.getPrimaryDisplay().workArea)),
    // The story keeps a readable column down to this size (renderer/desk/window-layout.ts).
    minWidth: WINDOW_MIN.width,
    minHeight: WINDOW_MIN.height,
    title: 'Copydesk',
    backgroundColor: '#f1efe9',
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click on a link must not open it in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  if (saved?.maximized) win.maximize();
  rememberWindow(win, windowState);
  contextMenu(win.webContents);
  await win.loadURL(`${APP_ORIGIN}/index.html`);
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDown();
  const library = await ArticleLibrary.open({ root: resolveLibraryPath(hostArgs().library ?? undefined) });
  const api = createHostService({ library, host: 'electron', appVersion: app.getVersion() });
  registerHostIpc(api);
  handleAppProtocol(path.join(app.getAppPath(), 'dist', 'renderer'), library);
  buildMenu();
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
}

// The window's last size and place are written before the app exits.
let windowStateWritten = false;
app.on('will-quit', (event) => {
  if (windowStateWritten || !windowState) return;
  event.preventDefault();
  void windowState.flush().finally(() => {
    windowStateWritten = true;
    app.quit();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

start().catch((e) => {
  dialog.showErrorBox('Copydesk could not start', (e as Error).message);
  app.quit();
});
