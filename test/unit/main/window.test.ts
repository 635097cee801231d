import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** Fakes of the Electron pieces window.ts touches; they record what the code under test set up. */
const electron = vi.hoisted(() => {
  class FakeWebContents {
    readonly handlers = new Map<string, Listener>();
    windowOpenHandler: Listener | null = null;
    on(event: string, handler: Listener) {
      this.handlers.set(event, handler);
      return this;
    }
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly onceHandlers = new Map<string, Listener>();
    readonly loadFile = vi.fn(() => Promise.resolve());
    readonly show = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.instances.push(this);
    }
    once(event: string, handler: Listener) {
      this.onceHandlers.set(event, handler);
      return this;
    }
  }
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn(), onBeforeRequest: vi.fn() },
  };
  return { FakeBrowserWindow, defaultSession };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeBrowserWindow,
  session: { defaultSession: electron.defaultSession },
}));

const { createMainWindow, isAppUrl } = await import('../../../src/main/window');

const RENDERER_INDEX = '/opt/NormDesk/resources/app/out/renderer/index.html';
const APP_URL = pathToFileURL(RENDERER_INDEX).href;

function lastHandler(mock: { mock: { calls: unknown[][] } }): Listener {
  const call = mock.mock.calls.at(-1);
  if (!call) throw new Error('handler was not registered');
  return call[0] as Listener;
}

function openWindow() {
  electron.FakeBrowserWindow.instances.length = 0;
  createMainWindow(RENDERER_INDEX);
  const window = electron.FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window was created');
  return window;
}

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

describe('createMainWindow', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('creates the window with every isolation setting on and Node off', () => {
    const window = openWindow();
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(typeof prefs.preload).toBe('string');
    expect(isAbsolute(prefs.preload as string)).toBe(true);
    expect(prefs.preload).toMatch(/preload[/\\]preload\.cjs$/);
  });

  it('loads the renderer file and shows the window only when it is ready', () => {
    const window = openWindow();
    expect(window.loadFile).toHaveBeenCalledWith(RENDERER_INDEX);
    expect(window.show).not.toHaveBeenCalled();
    window.onceHandlers.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('prevents navigation and redirects away from the app, but not to its own page', () => {
    const window = openWindow();
    for (const name of ['will-navigate', 'will-redirect']) {
      const handler = window.webContents.handlers.get(name);
      expect(handler, name).toBeDefined();
      for (const url of [
        'https://example.com/',
        'http://127.0.0.1:8080/',
        'file:///etc/passwd',
        'file:///opt/NormDesk/resources/app/out/renderer/other.html',
        'javascript:alert(1)',
        'not a url',
      ]) {
        const event = navigationEvent();
        handler?.(event, url);
        expect(event.preventDefault, `${name} ${url}`).toHaveBeenCalled();
      }
      for (const url of [APP_URL, `${APP_URL}#/documents/id-1`, `${APP_URL}?tab=review`]) {
        const event = navigationEvent();
        handler?.(event, url);
        expect(event.preventDefault, `${name} ${url}`).not.toHaveBeenCalled();
      }
    }
  });

  it('refuses webviews and every new window', () => {
    const window = openWindow();
    const event = navigationEvent();
    window.webContents.handlers.get('will-attach-webview')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.webContents.windowOpenHandler).not.toBeNull();
    for (const url of ['https://example.com/', APP_URL, 'about:blank']) {
      expect(window.webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('denies every permission request and check', () => {
    openWindow();
    const request = lastHandler(electron.defaultSession.setPermissionRequestHandler);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = lastHandler(electron.defaultSession.setPermissionCheckHandler);
    expect(check({}, 'media')).toBe(false);
  });

  it('adds the Content-Security-Policy header to every response, keeping the other headers', () => {
    openWindow();
    const onHeaders = lastHandler(electron.defaultSession.webRequest.onHeadersReceived);
    const callback = vi.fn();
    onHeaders({ url: APP_URL, responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    const headers = (callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> })
      .responseHeaders;
    expect(headers['Content-Type']).toEqual(['text/html']);
    const csp = headers['Content-Security-Policy']?.[0] ?? '';
    const directives = new Map(
      csp.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(directives.get('script-src')?.join(' ')).not.toMatch(/unsafe-inline/);
  });

  it('cancels every remote request and lets the local files through', () => {
    openWindow();
    const onBeforeRequest = lastHandler(electron.defaultSession.webRequest.onBeforeRequest);
    const decide = (url: string) => {
      const callback = vi.fn();
      onBeforeRequest({ url }, callback);
      return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel;
    };
    for (const url of [
      'https://example.com/script.js',
      'http://127.0.0.1:3000/',
      'http://localhost/',
      'ws://example.com/socket',
      'ftp://example.com/file',
    ]) {
      expect(decide(url), url).toBe(true);
    }
    for (const url of [APP_URL, 'file:///opt/NormDesk/resources/app/out/renderer/assets/index.js']) {
      expect(decide(url), url).toBe(false);
    }
  });
});

describe('isAppUrl', () => {
  it('accepts the renderer file with a hash or query, and nothing else', () => {
    expect(isAppUrl(APP_URL, RENDERER_INDEX)).toBe(true);
    expect(isAppUrl(`${APP_URL}#/settings`, RENDERER_INDEX)).toBe(true);
    expect(isAppUrl('file:///opt/NormDesk/resources/app/out/renderer/', RENDERER_INDEX)).toBe(false);
    expect(isAppUrl('https://opt/NormDesk/resources/app/out/renderer/index.html', RENDERER_INDEX)).toBe(
      false,
    );
    expect(isAppUrl('', RENDERER_INDEX)).toBe(false);
  });

  it.each([
    '/home/张三/NormDesk/out/renderer/index.html',
    '/home/user/My Apps/NormDesk/out/renderer/index.html',
    '/home/user/#1/NormDesk/out/renderer/index.html',
    '/home/user/100%/NormDesk/out/renderer/index.html',
    '/home/user/what?/NormDesk/out/renderer/index.html',
  ])('accepts its own page when installed under %s', (rendererIndex) => {
    expect(isAppUrl(pathToFileURL(rendererIndex).href, rendererIndex)).toBe(true);
    expect(isAppUrl('file:///home/user/index.html', rendererIndex)).toBe(false);
  });
});
