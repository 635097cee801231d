import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { ERROR_MESSAGES, type ApiResult } from '../../shared/api';
import type { Session } from '../api/context';
import type { Dispatcher } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../security';

export const HOST_ADDRESS = '127.0.0.1';
const TOKEN_COOKIE = 'nd_token';
const SESSION_COOKIE = 'nd_session';
export const TOKEN_HEADER = 'x-normdesk-token';
export const SESSION_HEADER = 'x-normdesk-session';
// A 50 MB file travels as about 67 MB of base64 inside the JSON body.
const MAX_BODY_BYTES = 96 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface HostOptions {
  dispatcher: Dispatcher;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
  /** Fixed token (tests); a random one otherwise. */
  token?: string;
}

export interface RunningHost {
  /** The address to open: carries the token once, the page then keeps it in an HttpOnly cookie. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The local host (DESIGN §4): serves the built renderer and `POST /api/<channel>` to a browser on this
 * machine only. Every request must carry the per-start token (cookie or header); the Host header must
 * name the loopback address, which stops DNS-rebinding pages from reaching the API.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const sessions = new Map<string, Session>();
  const rendererDir = resolve(options.rendererDir);
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[host]', error);
      if (!response.headersSent) sendJson(response, 500, failure('INTERNAL'));
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    setSecurityHeaders(response);
    const url = new URL(request.url ?? '/', `http://${HOST_ADDRESS}:${port}`);
    if (!isAllowedHost(request.headers.host, port)) {
      sendText(response, 403, '仅允许从本机地址访问。');
      return;
    }
    const cookies = parseCookies(request.headers.cookie);
    const queryToken = url.searchParams.get('token');

    if (request.method === 'GET' && queryToken !== null) {
      if (!sameSecret(queryToken, token)) {
        sendText(response, 401, ERROR_MESSAGES.BAD_TOKEN);
        return;
      }
      const sessionId =
        cookies[SESSION_COOKIE] && sessions.has(cookies[SESSION_COOKIE]) ? cookies[SESSION_COOKIE] : newId();
      response.setHeader('Set-Cookie', [cookie(TOKEN_COOKIE, token), cookie(SESSION_COOKIE, sessionId)]);
      sessions.set(sessionId, sessions.get(sessionId) ?? { accountId: null });
      response.writeHead(303, { Location: '/' }).end();
      return;
    }

    const presented = headerValue(request.headers[TOKEN_HEADER]) ?? cookies[TOKEN_COOKIE];
    if (!presented || !sameSecret(presented, token)) {
      if (url.pathname.startsWith('/api/')) sendJson(response, 401, failure('BAD_TOKEN'));
      else sendText(response, 401, ERROR_MESSAGES.BAD_TOKEN);
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') {
        sendJson(response, 405, failure('UNKNOWN_CHANNEL'));
        return;
      }
      const origin = request.headers.origin;
      if (origin && origin !== `http://${HOST_ADDRESS}:${port}` && origin !== `http://localhost:${port}`) {
        sendJson(response, 403, failure('FORBIDDEN'));
        return;
      }
      const sessionId = headerValue(request.headers[SESSION_HEADER]) ?? cookies[SESSION_COOKIE];
      if (!sessionId) {
        sendJson(response, 401, failure('UNAUTHENTICATED'));
        return;
      }
      const session = sessions.get(sessionId) ?? { accountId: null };
      sessions.set(sessionId, session);
      const body = await readBody(request);
      if (body === null) {
        sendJson(response, 413, failure('INVALID_INPUT', '提交的内容过大。'));
        return;
      }
      let input: unknown;
      try {
        input = body.length === 0 ? {} : (JSON.parse(body) as unknown);
      } catch {
        sendJson(response, 400, failure('INVALID_INPUT', '提交的内容不是有效的 JSON。'));
        return;
      }
      const channel = safeDecode(url.pathname.slice('/api/'.length)) ?? '';
      sendJson(response, 200, await options.dispatcher.dispatch(session, channel, input));
      return;
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendText(response, 405, '不支持的请求方法。');
      return;
    }
    await serveStatic(url.pathname, response);
  }

  async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
    const decoded = safeDecode(pathname);
    if (decoded === null) {
      sendText(response, 404, '未找到。');
      return;
    }
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    let file = join(rendererDir, relative);
    if (!file.startsWith(rendererDir + sep) && file !== rendererDir) {
      sendText(response, 404, '未找到。');
      return;
    }
    const info = await stat(file).catch(() => null);
    if (!info || info.isDirectory()) {
      if (extname(relative)) {
        sendText(response, 404, '未找到。');
        return;
      }
      file = join(rendererDir, 'index.html');
    }
    const content = await readFile(file).catch(() => null);
    if (!content) {
      sendText(response, 404, '界面文件缺失，请先运行 npm run build。');
      return;
    }
    const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cache,
    });
    response.end(content);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST_ADDRESS, () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://${HOST_ADDRESS}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolvePromise) => {
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}

function failure(code: keyof typeof ERROR_MESSAGES, message?: string): ApiResult<never> {
  return { ok: false, error: { code, message: message ?? ERROR_MESSAGES[code] } };
}

function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `${HOST_ADDRESS}:${port}` || host === `localhost:${port}`;
}

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A malformed escape (`%E0%A4%A`) is a bad address from the client, not an internal error. */
function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function newId(): string {
  return randomBytes(24).toString('hex');
}

function cookie(name: string, value: string): string {
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Strict`;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return cookies;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
