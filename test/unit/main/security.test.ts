import { describe, expect, test } from 'vitest';
import { isAllowedRequest } from '../../../src/main/security';

describe('requests the Electron page may make', () => {
  const index = '/opt/NormDesk/resources/app.asar/out/renderer/index.html';
  test.each([
    ['file:///opt/NormDesk/resources/app.asar/out/renderer/assets/index.js', true],
    ['file:///opt/NormDesk/resources/app.asar/out/renderer/index.html', true],
    ['data:image/png;base64,AAAA', true],
    ['file:///etc/passwd', false],
    ['file:///opt/NormDesk/resources/app.asar/out/renderer-evil/x.js', false],
    ['https://example.com/tracker.js', false],
    ['http://127.0.0.1:8080/api', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedRequest(url, index)).toBe(allowed);
  });
});
