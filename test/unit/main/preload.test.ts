import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/api';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((channel: string, input: unknown) =>
    Promise.resolve({ ok: true, value: { channel, input } }),
  ),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: { invoke: electron.invoke, on: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));

describe('preload', () => {
  beforeAll(async () => {
    await import('../../../src/main/preload');
  });

  it('exposes only the normdesk bridge', () => {
    expect([...electron.exposed.keys()]).toEqual(['normdesk']);
  });

  it('exposes exactly one function per contract channel and nothing else', () => {
    const bridge = electron.exposed.get('normdesk') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof bridge[channel], channel).toBe('function');
  });

  it('does not hand ipcRenderer or its methods to the page', () => {
    const bridge = electron.exposed.get('normdesk') as Record<string, unknown>;
    const values = Object.values(bridge);
    expect(values).not.toContain(electron.invoke);
    for (const name of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'on'])
      expect(bridge).not.toHaveProperty(name);
  });

  it('forwards a call to ipcRenderer.invoke on the channel of the same name', async () => {
    const bridge = electron.exposed.get('normdesk') as Record<string, (input: unknown) => Promise<unknown>>;
    const input = { id: 'doc-1' };
    await expect(bridge['documents.get']?.(input)).resolves.toEqual({
      ok: true,
      value: { channel: 'documents.get', input },
    });
    expect(electron.invoke).toHaveBeenCalledWith('documents.get', input);
  });
});
