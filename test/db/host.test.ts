import type * as NodeHttp from 'node:http';
import type { Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startHost, type RunningHost } from '../../src/main/host/server';
import { openTestApp, type TestApp } from '../support/app';
import { cookieHeader, rawRequest, type RawResponse } from '../support/http';
import { ADMIN, AGENCY, createUser, setupAdmin } from '../support/session';
import { makeTempDir, removeTempDir } from '../support/tempDir';

/** The real node:http, with every server the host creates kept aside so its address can be read. */
const servers = vi.hoisted(() => [] as Server[]);
vi.mock('node:http', async (importOriginal) => {
  const http = await importOriginal<typeof NodeHttp>();
  const createServer = ((...args: Parameters<typeof http.createServer>) => {
    const server = http.createServer(...args);
    servers.push(server);
    return server;
  }) as typeof http.createServer;
  return { ...http, default: { ...http, createServer }, createServer };
});

const TOKEN = 'a'.repeat(48);
const INDEX_HTML = '<!doctype html><title>NormDesk</title><div id="root"></div>';
const SECRET = 'this file lives outside the renderer folder';

let app: TestApp;
let host: RunningHost;
let root: string;
let rendererDir: string;

beforeEach(async () => {
  app = openTestApp();
  root = makeTempDir();
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log("app");');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  servers.length = 0;
  host = await startHost({ dispatcher: app.dispatcher, rendererDir, token: TOKEN });
});
afterEach(async () => {
  await host.close();
  app.close();
  removeTempDir(root);
});

/** Opens the start address like a browser does and returns the cookies it was given. */
async function browserCookies(): Promise<string> {
  const response = await rawRequest(host.port, { path: `/?token=${TOKEN}` });
  expect(response.status).toBe(303);
  return cookieHeader(response.headers);
}

function api(channel: string, input: unknown, headers: Record<string, string>): Promise<RawResponse> {
  return rawRequest(host.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });
}

describe('the token', () => {
  it('is required for the API, answered with a JSON BAD_TOKEN', async () => {
    const response = await api('setup.status', {}, {});
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'BAD_TOKEN' } });
  });

  it('is required for pages, answered in Chinese text', async () => {
    const response = await rawRequest(host.port, { path: '/' });
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toContain('访问令牌无效');
    expect(response.text).not.toContain('NormDesk</title>');
  });

  it.each([
    ['a wrong query token', { path: '/?token=wrong' }],
    ['a token one character short', { path: `/?token=${TOKEN.slice(1)}` }],
    ['a wrong token header', { path: '/', headers: { 'x-normdesk-token': 'b'.repeat(48) } }],
    ['a wrong token cookie', { path: '/', headers: { cookie: `nd_token=${'b'.repeat(48)}` } }],
  ])('refuses %s', async (_name, options) => {
    const response = await rawRequest(host.port, options);
    expect(response.status).toBe(401);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('is exchanged for HttpOnly SameSite=Strict cookies by the start address', async () => {
    const response = await rawRequest(host.port, { path: `/?token=${TOKEN}` });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/');
    const cookies = response.headers['set-cookie'] ?? [];
    expect(cookies.map((c) => c.split('=')[0])).toEqual(['nd_token', 'nd_session']);
    for (const cookie of cookies) {
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).toMatch(/;\s*SameSite=Strict/i);
      expect(cookie).toMatch(/;\s*Path=\//);
    }
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('lets a browser with the cookies load the page and use the API, keeping its sign-in', async () => {
    const cookie = await browserCookies();
    const page = await rawRequest(host.port, { path: '/', headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.text).toBe(INDEX_HTML);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');

    expect((await api('setup.status', {}, { cookie })).json()).toEqual({
      ok: true,
      value: { initialized: false, agencyName: null },
    });
    const setup = await api(
      'setup.initialize',
      { agency: AGENCY, admin: { ...ADMIN, roles: ['admin'] } },
      { cookie },
    );
    expect(setup.json()).toMatchObject({ ok: true, value: { username: 'admin' } });
    expect((await api('auth.me', {}, { cookie })).json()).toMatchObject({
      ok: true,
      value: { username: 'admin' },
    });
    expect((await api('users.list', {}, { cookie })).json()).toMatchObject({ ok: true });
  });

  it('keeps the sign-in of one browser away from another', async () => {
    const first = await browserCookies();
    const second = await browserCookies();
    expect(second).not.toBe(first);
    await api(
      'setup.initialize',
      { agency: AGENCY, admin: { ...ADMIN, roles: ['admin'] } },
      { cookie: first },
    );
    expect((await api('auth.me', {}, { cookie: second })).json()).toEqual({ ok: true, value: null });
  });

  it('also works from headers, for clients without cookies', async () => {
    const headers = { 'x-normdesk-token': TOKEN, 'x-normdesk-session': 'test-client-session' };
    expect((await api('setup.status', {}, headers)).json()).toMatchObject({ ok: true });
    const noSession = await api('setup.status', {}, { 'x-normdesk-token': TOKEN });
    expect(noSession.status).toBe(401);
    expect(noSession.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('requests the host refuses', () => {
  it.each([
    ['another name', (port: number) => `evil.example:${port}`],
    ['another name on port 80', () => 'evil.example:80'],
    ['the address without its port', () => '127.0.0.1'],
    ['localhost without its port', () => 'localhost'],
    ['another port', () => '127.0.0.1:1'],
    ['the IPv6 loopback', (port: number) => `[::1]:${port}`],
    ['the any-address', (port: number) => `0.0.0.0:${port}`],
  ])('answers 403 to a Host header naming %s, even with a valid token', async (_name, hostHeader) => {
    const response = await rawRequest(host.port, {
      path: `/?token=${TOKEN}`,
      headers: { host: hostHeader(host.port) },
    });
    expect(response.status).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('accepts localhost with the right port as well', async () => {
    const response = await rawRequest(host.port, {
      path: `/?token=${TOKEN}`,
      headers: { host: `localhost:${host.port}` },
    });
    expect(response.status).toBe(303);
  });

  it('refuses an API call from a page of another origin', async () => {
    const cookie = await browserCookies();
    const response = await api('setup.status', {}, { cookie, origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(response.json()).toMatchObject({ error: { code: 'FORBIDDEN' } });
    const own = await api('setup.status', {}, { cookie, origin: host.origin });
    expect(own.json()).toMatchObject({ ok: true });
  });

  it('answers invalid JSON with INVALID_INPUT', async () => {
    const cookie = await browserCookies();
    const response = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/setup.status',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{"agency": ',
    });
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers an invalid payload with INVALID_INPUT and Chinese issues', async () => {
    const cookie = await browserCookies();
    const response = await api(
      'setup.initialize',
      { agency: AGENCY, admin: { username: 'x', displayName: '王', password: '123', roles: ['admin'] } },
      { cookie },
    );
    const body = response.json() as { ok: false; error: { code: string; issues: string[] } };
    expect(body.error.code).toBe('INVALID_INPUT');
    expect(body.error.issues).toEqual([
      'admin.username：用户名至少 2 个字符',
      'admin.password：密码至少 8 位',
    ]);
  });

  it('answers FORBIDDEN to an account without the role', async () => {
    const { session: adminSession } = await setupAdmin(app);
    await createUser(app, adminSession, 'drafter', ['drafter'], 'drafter-password');
    const cookie = await browserCookies();
    const signIn = await api(
      'auth.signIn',
      { username: 'drafter', password: 'drafter-password' },
      { cookie },
    );
    expect(signIn.json()).toMatchObject({ ok: true });
    expect((await api('users.list', {}, { cookie })).json()).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await api('documents.list', {}, { cookie })).json()).toMatchObject({ ok: true });
  });

  it.each(['no.such', '__proto__', 'constructor', 'toString', ''])(
    'answers UNKNOWN_CHANNEL for the channel %j',
    async (channel) => {
      const cookie = await browserCookies();
      expect((await api(channel, {}, { cookie })).json()).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL' },
      });
    },
  );

  it('takes the API by POST only', async () => {
    const cookie = await browserCookies();
    const response = await rawRequest(host.port, { path: '/api/setup.status', headers: { cookie } });
    expect(response.status).toBe(405);
  });

  it('answers a malformed escape in the path without an internal error', async () => {
    const cookie = await browserCookies();
    const page = await rawRequest(host.port, { path: '/%E0%A4%A.js', headers: { cookie } });
    expect(page.status).toBe(404);
    const call = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/%E0%A4%A',
      headers: { cookie },
      body: '{}',
    });
    expect(call.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });
});

describe('static files', () => {
  it('serves assets with a long cache and unknown routes with the app page', async () => {
    const cookie = await browserCookies();
    const asset = await rawRequest(host.port, { path: '/assets/app-1234.js', headers: { cookie } });
    expect(asset.status).toBe(200);
    expect(asset.text).toBe('console.log("app");');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toContain('immutable');
    const route = await rawRequest(host.port, { path: '/documents/doc-1', headers: { cookie } });
    expect(route.text).toBe(INDEX_HTML);
    const missing = await rawRequest(host.port, { path: '/assets/missing.js', headers: { cookie } });
    expect(missing.status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/../../../../etc/passwd',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2e%2e/%2e%2e/etc/passwd',
    '/..%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '//../secret.txt',
    '/%00/../secret.txt',
  ])('does not leave the renderer folder for %s', async (path) => {
    const cookie = await browserCookies();
    const response = await rawRequest(host.port, { path, headers: { cookie } });
    expect(response.text).not.toContain(SECRET);
    expect(response.text).not.toMatch(/root:.*:0:0:/);
    if (response.status === 200) expect(response.text).toBe(INDEX_HTML);
  });
});

describe('the server', () => {
  it('listens on the IPv4 loopback address only', async () => {
    expect(servers).toHaveLength(1);
    expect(servers[0]?.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: host.port });
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    const outward = Object.values(networkInterfaces())
      .flat()
      .find((iface) => iface && !iface.internal && iface.family === 'IPv4');
    if (outward) {
      await expect(
        rawRequest(host.port, { address: outward.address, path: `/?token=${TOKEN}` }),
      ).rejects.toThrow(/ECONNREFUSED/);
    }
  });

  it('puts the Content-Security-Policy and other guards on every response', async () => {
    const cookie = await browserCookies();
    const responses = await Promise.all([
      rawRequest(host.port, { path: '/', headers: { cookie } }),
      rawRequest(host.port, { path: '/' }),
      rawRequest(host.port, { path: '/', headers: { host: 'evil.example' } }),
      rawRequest(host.port, { path: '/assets/missing.js', headers: { cookie } }),
      api('setup.status', {}, { cookie }),
      rawRequest(host.port, { path: `/?token=${TOKEN}` }),
    ]);
    for (const response of responses) {
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-eval/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('stops accepting connections when closed', async () => {
    const port = host.port;
    await host.close();
    await expect(rawRequest(port, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
    host = await startHost({ dispatcher: app.dispatcher, rendererDir, token: TOKEN });
  });
});
