import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS, ERROR_MESSAGES, type ApiResult } from '../shared/api';
import type { Session } from './api/context';
import type { Dispatcher } from './api/dispatch';
import { isAppUrl } from './window';

/**
 * The Electron transport: one `ipcMain.handle` per contract channel, all through the one dispatch.
 * Calls from any frame other than our own page are refused; each window has its own sign-in session.
 */
export function registerIpc(ipcMain: IpcMain, dispatcher: Dispatcher, rendererIndex: string): void {
  const sessions = new Map<number, Session>();
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(frameUrl, rendererIndex)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'FORBIDDEN', message: ERROR_MESSAGES.FORBIDDEN },
        });
      }
      const id = event.sender.id;
      let session = sessions.get(id);
      if (!session) {
        session = { accountId: null };
        sessions.set(id, session);
        event.sender.once('destroyed', () => sessions.delete(id));
      }
      return dispatcher.dispatch(session, channel, input);
    });
  }
}
