import { pathToFileURL } from 'node:url';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../src/main/api/context';
import type { Dispatcher } from '../../../src/main/api/dispatch';
import { CHANNELS, type ApiResult } from '../../../src/shared/api';

// ipc.ts reaches electron through window.ts; the real package only points at a binary that is absent here.
vi.mock('electron', () => ({ BrowserWindow: class {}, session: {} }));

const { registerIpc } = await import('../../../src/main/ipc');

type InvokeHandler = (event: IpcMainInvokeEvent, input: unknown) => Promise<ApiResult<unknown>>;

const RENDERER_INDEX = '/opt/NormDesk/out/renderer/index.html';
const APP_URL = pathToFileURL(RENDERER_INDEX).href;

function fakeIpcMain() {
  const handlers = new Map<string, InvokeHandler>();
  const handle = vi.fn((channel: string, handler: InvokeHandler) => {
    if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    handlers.set(channel, handler);
  });
  return { ipcMain: { handle } as unknown as IpcMain, handle, handlers };
}

function fakeDispatcher() {
  const calls: { session: Session; channel: string; input: unknown }[] = [];
  const dispatcher: Dispatcher = {
    dispatch: (session, channel, input) => {
      calls.push({ session, channel, input });
      return Promise.resolve({ ok: true, value: { channel, accountId: session.accountId } });
    },
  };
  return { dispatcher, calls };
}

function invokeEvent(url: string | undefined, senderId = 1) {
  const destroyed: (() => void)[] = [];
  const event = {
    senderFrame: url === undefined ? null : { url },
    sender: {
      id: senderId,
      once: (name: string, listener: () => void) => {
        if (name === 'destroyed') destroyed.push(listener);
      },
    },
  } as unknown as IpcMainInvokeEvent;
  return { event, destroy: () => destroyed.forEach((listener) => listener()) };
}

function setup() {
  const ipc = fakeIpcMain();
  const dispatch = fakeDispatcher();
  registerIpc(ipc.ipcMain, dispatch.dispatcher, RENDERER_INDEX);
  const handlerOf = (channel: string): InvokeHandler => {
    const handler = ipc.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler;
  };
  return { ...ipc, ...dispatch, handlerOf };
}

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel', () => {
    const { handle, handlers } = setup();
    expect(handle).toHaveBeenCalledTimes(CHANNELS.length);
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('routes a call from the app page to the dispatcher with the channel and input', async () => {
    const { handlerOf, calls } = setup();
    const input = { kind: 'contract', page: 2 };
    const result = await handlerOf('documents.list')(invokeEvent(`${APP_URL}#/documents`).event, input);
    expect(result).toEqual({ ok: true, value: { channel: 'documents.list', accountId: null } });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.channel).toBe('documents.list');
    expect(calls[0]?.input).toBe(input);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///tmp/evil.html',
    'devtools://devtools/bundled/inspector.html',
    '',
  ])('refuses a call from a frame at %j with FORBIDDEN, without dispatching', async (url) => {
    const { handlerOf, calls } = setup();
    const result = await handlerOf('users.list')(invokeEvent(url).event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toHaveLength(0);
  });

  it('refuses a call whose sender frame is gone', async () => {
    const { handlerOf, calls } = setup();
    const result = await handlerOf('auth.me')(invokeEvent(undefined).event, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toHaveLength(0);
  });

  it('keeps one session per window: shared across channels, separate between windows', async () => {
    const { handlerOf, calls } = setup();
    await handlerOf('auth.me')(invokeEvent(APP_URL, 1).event, {});
    await handlerOf('documents.list')(invokeEvent(APP_URL, 1).event, {});
    await handlerOf('auth.me')(invokeEvent(APP_URL, 2).event, {});
    const [first, second, other] = calls.map((call) => call.session);
    expect(first).toBe(second);
    expect(other).not.toBe(first);
  });

  it('forgets a window session when the window is destroyed', async () => {
    const { handlerOf, calls } = setup();
    const firstWindow = invokeEvent(APP_URL, 7);
    await handlerOf('auth.me')(firstWindow.event, {});
    const session = calls[0]?.session;
    if (session) session.accountId = 'someone';
    firstWindow.destroy();
    await handlerOf('auth.me')(invokeEvent(APP_URL, 7).event, {});
    expect(calls[1]?.session).not.toBe(session);
    expect(calls[1]?.session.accountId).toBeNull();
  });
});
