import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../src/renderer/src/api/client';
import {
  DraftSaver,
  type DraftSaverDeps,
  type SaveStatus,
} from '../../../src/renderer/src/features/drafting/autosave/draftSaver';
import type { Block } from '../../../src/shared/domain/blocks';

function text(value: string): Block[] {
  return [{ id: 'p1', kind: 'paragraph', runs: [{ text: value }] }];
}

function setup(options: { fail?: (call: number) => Error | null } = {}) {
  let current = '';
  const writes: { text: string; revision: number; keepalive: boolean; at: number }[] = [];
  const statuses: SaveStatus[] = [];
  const deps: DraftSaverDeps = {
    write: (blocks, revision, keepalive) => {
      writes.push({ text: blocks[0]?.runs[0]?.text ?? '', revision, keepalive, at: Date.now() });
      const error = options.fail?.(writes.length) ?? null;
      if (error) return Promise.reject(error);
      return Promise.resolve({ revision: revision + 1, updatedAt: new Date().toISOString() });
    },
    onStatus: (status) => statuses.push(status),
  };
  const saver = new DraftSaver(deps, 3);
  saver.attach({ readBlocks: () => text(current) });
  const type = (value: string) => {
    current = value;
    saver.change();
  };
  return { saver, writes, statuses, type };
}

describe('DraftSaver (autosave)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    // The saver waits for an idle moment; without requestIdleCallback it falls back to a timer.
    vi.stubGlobal('requestIdleCallback', undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('saves 700 ms after the last change, with the revision it builds on', async () => {
    const { writes, statuses, type } = setup();
    type('第一条');
    await vi.advanceTimersByTimeAsync(650);
    expect(writes).toHaveLength(0);
    expect(statuses.at(-1)).toEqual({ kind: 'pending' });
    await vi.advanceTimersByTimeAsync(100);
    // 700 ms, then the next idle moment (a 0 ms timer where requestIdleCallback is missing).
    expect(writes).toEqual([{ text: '第一条', revision: 3, keepalive: false, at: 701 }]);
    expect(statuses.at(-1)?.kind).toBe('saved');
  });

  it('never leaves a change unsaved for more than a second while typing goes on', async () => {
    const { writes, type } = setup();
    let typed = '';
    for (let ms = 0; ms < 3000; ms += 100) {
      typed += '字';
      type(typed);
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1000);
    // A key every 100 ms: the first unsaved keys come at 0, 1100 and 2200 ms, each saved 1 s later.
    expect(writes.map((write) => write.at)).toEqual([1001, 2101, 3201]);
    expect(writes.map((write) => write.revision)).toEqual([3, 4, 5]);
    expect(writes.at(-1)?.text).toBe(typed);
  });

  it('saves at once when flushed (page hidden), and lets the request outlive the page', async () => {
    const { saver, writes, type } = setup();
    type('离开前的修改');
    await saver.flush(true);
    expect(writes).toEqual([{ text: '离开前的修改', revision: 3, keepalive: true, at: 0 }]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(writes).toHaveLength(1);
  });

  it('stops for good on CONFLICT: another window saved the draft', async () => {
    const { writes, statuses, type } = setup({
      fail: () => new AppError({ code: 'CONFLICT', message: '草稿已在其他窗口中被修改。' }),
    });
    type('甲');
    await vi.advanceTimersByTimeAsync(750);
    expect(statuses.at(-1)).toEqual({ kind: 'conflict', message: '草稿已在其他窗口中被修改。' });
    type('甲乙');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(writes).toHaveLength(1);
  });

  it('tries again after a failed save and keeps the change', async () => {
    const { writes, statuses, type } = setup({
      fail: (call) => (call === 1 ? new AppError({ code: 'INTERNAL', message: '服务暂时不可用。' }) : null),
    });
    type('条文');
    await vi.advanceTimersByTimeAsync(750);
    expect(statuses.at(-1)).toEqual({ kind: 'failed', message: '服务暂时不可用。' });
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes.map((write) => [write.text, write.revision])).toEqual([
      ['条文', 3],
      ['条文', 3],
    ]);
    expect(statuses.at(-1)?.kind).toBe('saved');
  });

  it('saves pending changes before a version is frozen, then continues from the new revision', async () => {
    const { saver, writes, type } = setup();
    type('送审稿正文');
    const seen: number[] = [];
    await saver.exclusive(async (revision) => {
      seen.push(revision);
      return Promise.resolve({ result: null, revision: 10 });
    });
    expect(writes.map((write) => write.text)).toEqual(['送审稿正文']);
    expect(seen).toEqual([4]);
    type('送审稿正文（续）');
    await vi.advanceTimersByTimeAsync(750);
    expect(writes.at(-1)).toMatchObject({ text: '送审稿正文（续）', revision: 10 });
  });
});
