import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shared/api/contract';

/**
 * The bridge exposes one function per contract channel and nothing else: the page never sees
 * ipcRenderer, so it can only call the operations the contract declares.
 */
const bridge = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    (input: unknown) => ipcRenderer.invoke(channel, input) as Promise<unknown>,
  ]),
);

contextBridge.exposeInMainWorld('normdesk', bridge);
