import { expect, test } from 'vitest';
import { readFileAsBase64 } from '../../../src/renderer/src/lib/readFileAsBase64';

test('a picked file is read into base64, reporting progress up to 100', async () => {
  const text = '第一条　为了规范统计执法检查工作，制定本规定。';
  const progress: number[] = [];
  const data = await readFileAsBase64(new Blob([text], { type: 'text/plain' }), (percent) =>
    progress.push(percent),
  );
  expect(Buffer.from(data, 'base64').toString('utf8')).toBe(text);
  expect(progress.at(-1)).toBe(100);
});
