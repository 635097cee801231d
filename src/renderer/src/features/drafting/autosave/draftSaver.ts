import type { Block } from '../../../../../shared/domain/blocks';
import { AppError, errorMessage } from '../../../api/client';
import { whenIdle } from './whenIdle';

/** Longest a due save waits for an idle moment. */
const IDLE_WAIT = 200;

export type SaveStatus =
  | { kind: 'loaded'; updatedAt: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

/** Where the text comes from: set (and replaced) by whoever owns the editor. */
export interface DraftSource {
  /** The editor's text now, or null when there is no editor (any more). */
  readBlocks(): Block[] | null;
}

export interface DraftSaverDeps {
  /** Writes the draft (drafts.save); resolves to the new revision. */
  write(
    blocks: Block[],
    revision: number,
    keepalive: boolean,
  ): Promise<{ revision: number; updatedAt: string }>;
  /** Told of every status change (besides the subscribers). */
  onStatus?(status: SaveStatus): void;
  /** Quiet time after the last change before saving, and the longest a change waits while typing goes on. */
  wait?: number;
  maxWait?: number;
  /** Delay before trying again after a failed save. */
  retry?: number;
}

/**
 * Autosave of one draft: a change waits `wait` ms of quiet (700) but never more than `maxWait` (1 s) since
 * the first unsaved change (plus up to 200 ms for an idle moment), so about a second of typing at most
 * is ever unsaved; hiding or leaving the page saves at once. Saves carry the
 * revision they build on; a CONFLICT (another window wrote) stops autosaving for good. Plain class, no
 * React: the hook around it only forwards changes and shows the status.
 */
export class DraftSaver {
  private revision: number;
  private dirty = false;
  private firstChangeAt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cancelIdle: (() => void) | undefined;
  private running: Promise<void> | null = null;
  private holds = 0;
  private stopped = false;
  private readonly wait: number;
  private readonly maxWait: number;
  private readonly retry: number;
  private source: DraftSource = { readBlocks: () => null };
  private current: SaveStatus;
  private written: Block[] | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly deps: DraftSaverDeps,
    revision: number,
    initial: SaveStatus = { kind: 'loaded', updatedAt: null },
  ) {
    this.revision = revision;
    this.current = initial;
    this.wait = deps.wait ?? 700;
    this.maxWait = deps.maxWait ?? 1000;
    this.retry = deps.retry ?? 5000;
  }

  /** The status as a small store (useSyncExternalStore): only what shows it renders again. */
  get status(): SaveStatus {
    return this.current;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(status: SaveStatus): void {
    this.current = status;
    this.deps.onStatus?.(status);
    for (const listener of this.listeners) listener();
  }

  /** The text of the latest save (sent, maybe still on its way). */
  get lastWritten(): Block[] | null {
    return this.written;
  }

  attach(source: DraftSource): void {
    this.source = source;
  }

  /** The text was replaced by a fresh copy of the stored draft: continue from its revision. */
  reload(revision: number, updatedAt: string | null): void {
    this.clearTimer();
    this.revision = revision;
    this.dirty = false;
    this.stopped = false;
    this.emit({ kind: 'loaded', updatedAt });
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.running !== null;
  }

  /** The text changed (called on every keystroke: only moves a timer). */
  change(): void {
    if (this.stopped) return;
    const now = Date.now();
    if (!this.dirty) {
      this.dirty = true;
      this.firstChangeAt = now;
      this.emit({ kind: 'pending' });
    }
    this.schedule(Math.min(this.wait, Math.max(0, this.firstChangeAt + this.maxWait - now)));
  }

  /** Saves pending changes now (page hidden, leaving the page); `keepalive` lets it outlive the page. */
  async flush(keepalive = false): Promise<void> {
    this.clearTimer();
    if (this.running) await this.running;
    if (this.holds > 0) return;
    await this.writeNow(keepalive);
  }

  /**
   * Runs something that writes the draft itself (save version, import, restore): pending changes are
   * saved first and autosave waits until it is done; `task` gets the current revision and returns the
   * draft's new revision (or null when it did not change the draft).
   */
  async exclusive<T>(
    task: (revision: number) => Promise<{ result: T; revision: number | null }>,
  ): Promise<T> {
    this.holds += 1;
    try {
      this.clearTimer();
      if (this.running) await this.running;
      await this.writeNow(false);
      if (this.stopped) throw new AppError({ code: 'CONFLICT', message: '草稿已在其他窗口中被修改。' });
      if (this.dirty) throw new AppError({ code: 'INTERNAL', message: '草稿未能保存，请稍后再试。' });
      const { result, revision } = await task(this.revision);
      if (revision !== null) this.revision = revision;
      return result;
    } finally {
      this.holds -= 1;
      if (this.dirty && this.holds === 0) this.schedule(0);
    }
  }

  /** After `delay`, in the page's next idle moment (at most IDLE_WAIT later): typing goes first. */
  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.cancelIdle = whenIdle(() => {
        this.cancelIdle = undefined;
        void this.flush();
      }, IDLE_WAIT);
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }

  private async writeNow(keepalive: boolean): Promise<void> {
    if (!this.dirty || this.stopped) return;
    const blocks = this.source.readBlocks();
    if (!blocks) return;
    this.dirty = false;
    this.written = blocks;
    this.emit({ kind: 'saving' });
    const running = this.write(blocks, keepalive);
    this.running = running;
    try {
      await running;
    } finally {
      this.running = null;
    }
  }

  private async write(blocks: Block[], keepalive: boolean): Promise<void> {
    try {
      const saved = await this.deps.write(blocks, this.revision, keepalive);
      this.revision = saved.revision;
      if (!this.dirty) this.emit({ kind: 'saved', at: saved.updatedAt });
    } catch (error) {
      if (error instanceof AppError && error.code === 'CONFLICT') {
        this.stopped = true;
        this.clearTimer();
        this.emit({ kind: 'conflict', message: error.message });
        return;
      }
      if (!this.dirty) this.firstChangeAt = Date.now();
      this.dirty = true;
      this.emit({ kind: 'failed', message: errorMessage(error) });
      if (!this.stopped) this.schedule(this.retry);
    }
  }
}
