import { expect, test } from 'vitest';
import { versionName, versionTitle } from '../../../../src/shared/domain/versionName';

test('a version is named 第 n 版, with its label after a middle dot', () => {
  expect(versionName(1)).toBe('第 1 版');
  expect(versionName(12)).toBe('第 12 版');
  expect(versionTitle(2, '送审稿')).toBe('第 2 版 · 送审稿');
  expect(versionTitle(3, '')).toBe('第 3 版');
});
