import { BrowserWindow, session, type WebPreferences } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, isAllowedRequest } from './security';

/** Every security setting of the app window, in one place (tested in test/unit/main/window.test.ts). */
export const WEB_PREFERENCES: WebPreferences = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  spellcheck: false,
  navigateOnDragDrop: false,
};

/** The renderer is loaded from the packaged files only; nothing else may be shown in the window. */
export function isAppUrl(url: string, rendererIndex: string): boolean {
  try {
    const target = new URL(url);
    // pathToFileURL escapes '#', '?' and '%' in folder names, which a hand-built file:// URL does not.
    const app = pathToFileURL(rendererIndex);
    return (
      target.protocol === 'file:' && decodeURIComponent(target.pathname) === decodeURIComponent(app.pathname)
    );
  } catch {
    return false;
  }
}

export function createMainWindow(rendererIndex: string): BrowserWindow {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  // No remote content: only file: URLs of the app and devtools are fetched.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, rendererIndex) });
  });

  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: 'NormDesk 规范性文件审核备案工作台',
    show: false,
    webPreferences: { ...WEB_PREFERENCES, preload: join(__dirname, '../preload/preload.cjs') },
  });

  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, rendererIndex)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, rendererIndex)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  // No new windows, and no hand-off to a system browser either: the machines are often air-gapped.
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererIndex);
  return window;
}
