import { app, type BrowserWindow, dialog, ipcMain } from 'electron';
import { join } from 'node:path';
import { openApp, type App } from './app';
import { resolveDataDir } from './dataDir';
import { registerIpc } from './ipc';
import { createMainWindow } from './window';

/** Lifecycle only: open the database → migrate → register IPC → create the window. */
let opened: App | null = null;
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // Another NormDesk already has the database open: hand over to it.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  void app.whenReady().then(start);
}

function start(): void {
  const rendererIndex = join(__dirname, '../renderer/index.html');
  try {
    opened = openApp(resolveDataDir(process.argv, process.env, app.getPath('userData')));
  } catch (error) {
    dialog.showErrorBox('NormDesk 无法打开数据库', error instanceof Error ? error.message : String(error));
    app.quit();
    return;
  }
  registerIpc(ipcMain, opened.dispatcher, rendererIndex);
  mainWindow = createMainWindow(rendererIndex);
  mainWindow.on('closed', () => (mainWindow = null));
}

app.on('window-all-closed', () => {
  opened?.close();
  opened = null;
  app.quit();
});
