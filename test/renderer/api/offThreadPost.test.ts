import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Sent = { id: number; url: string; body: string };

/** A stand-in for the request worker: records what it is given and answers like the host would. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  static failing = false;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  sent: Sent[] = [];
  terminated = false;
  constructor() {
    FakeWorker.instances.push(this);
  }
  postMessage(message: Sent): void {
    this.sent.push(message);
    queueMicrotask(() => {
      if (FakeWorker.failing) this.onerror?.();
      else {
        const result = { ok: true, value: { from: 'worker', url: message.url } };
        this.onmessage?.({ data: { id: message.id, outcome: { kind: 'answered', result } } });
      }
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const fetched: { url: string; init: RequestInit }[] = [];

async function loadClient() {
  vi.resetModules();
  return import('../../../src/renderer/src/api/client');
}

const bigInput = () => ({
  documentId: 'doc-1',
  part: 'main' as const,
  revision: 1,
  blocks: Array.from({ length: 2000 }, (_, index) => ({
    id: `b${index}`,
    kind: 'paragraph' as const,
    runs: [{ text: `第${index}条 当事人申请海事强制令，应当向海事法院提交书面申请。` }],
  })),
});

describe('API requests with large bodies', () => {
  beforeEach(() => {
    FakeWorker.instances = [];
    FakeWorker.failing = false;
    fetched.length = 0;
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
      fetched.push({ url, init });
      return Promise.resolve(new Response(JSON.stringify({ ok: true, value: { from: 'page' } })));
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('are sent from a worker, small ones and those sent while leaving the page from the page itself', async () => {
    const { call } = await loadClient();
    const input = bigInput();
    await expect(call('drafts.save', input)).resolves.toEqual({ from: 'worker', url: '/api/drafts.save' });
    const worker = FakeWorker.instances[0];
    expect(FakeWorker.instances).toHaveLength(1);
    expect(JSON.parse(worker?.sent[0]?.body ?? '')).toEqual(input);

    await expect(call('drafts.get', { documentId: 'doc-1', part: 'main' })).resolves.toEqual({
      from: 'page',
    });
    await expect(call('drafts.save', input, { keepalive: true })).resolves.toEqual({ from: 'page' });
    expect(fetched.map((request) => request.url)).toEqual(['/api/drafts.get', '/api/drafts.save']);
    // Over the 64 KiB browsers allow a keepalive request: sent without it, as before.
    expect(fetched[1]?.init.keepalive).toBe(false);
    expect(worker?.sent).toHaveLength(1);
  });

  it('send the JSON text the caller built, when it gives one', async () => {
    const { call } = await loadClient();
    const input = bigInput();
    const json = JSON.stringify({ ...input, revision: 2 });
    await call('drafts.save', input, { json: () => json });
    expect(FakeWorker.instances[0]?.sent[0]?.body).toBe(json);
  });

  it('fall back to the page when the worker fails, and report the failed request as not sent', async () => {
    const { call, AppError } = await loadClient();
    FakeWorker.failing = true;
    const failed = call('drafts.save', bigInput());
    await expect(failed).rejects.toBeInstanceOf(AppError);
    const error = (await failed.catch((reason: unknown) => reason)) as InstanceType<typeof AppError>;
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toContain('无法连接');
    expect(FakeWorker.instances[0]?.terminated).toBe(true);

    await expect(call('drafts.save', bigInput())).resolves.toEqual({ from: 'page' });
    expect(FakeWorker.instances).toHaveLength(1);
  });
});
