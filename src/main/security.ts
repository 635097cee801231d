import { dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Content-Security-Policy of every page the app shows, in Electron and from the local host: only our
 * own scripts, no remote content, no frames, no plugins. Inline styles are allowed because antd injects
 * its CSS-in-JS as <style> elements.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Requests the page may make: files of the built renderer only (plus inline data and devtools). */
export function isAllowedRequest(url: string, rendererIndex: string): boolean {
  if (/^(devtools|data|blob):/.test(url)) return true;
  if (!url.startsWith('file:')) return false;
  try {
    const rendererDir = dirname(rendererIndex);
    const target = fileURLToPath(url);
    return target === rendererDir || target.startsWith(rendererDir + sep);
  } catch {
    return false;
  }
}
