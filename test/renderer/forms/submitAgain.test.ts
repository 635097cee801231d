import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormInstance } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { submitAgainWhenOverrun } from '../../../src/renderer/src/lib/submitAgain';

const FEATURES = join(process.cwd(), 'src/renderer/src/features');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

const fakeForm = () =>
  ({ submit: vi.fn() }) as unknown as FormInstance & { submit: ReturnType<typeof vi.fn> };

describe('a submit overtaken by a newer validation is not lost', () => {
  it('submits again when the validation was only overrun', () => {
    const form = fakeForm();
    submitAgainWhenOverrun(form)({ outOfDate: true, errorFields: [] });
    expect(form.submit).toHaveBeenCalledTimes(1);
  });

  it('leaves a field in error to show its message', () => {
    const form = fakeForm();
    submitAgainWhenOverrun(form)({ outOfDate: true, errorFields: [{ name: ['title'], errors: ['请填写'] }] });
    submitAgainWhenOverrun(form)({
      outOfDate: false,
      errorFields: [{ name: ['title'], errors: ['请填写'] }],
    });
    expect(form.submit).not.toHaveBeenCalled();
  });

  it('stops after a few tries in a row', () => {
    const form = fakeForm();
    const failed = submitAgainWhenOverrun(form);
    for (let attempt = 0; attempt < 20; attempt += 1) failed({ outOfDate: true, errorFields: [] });
    expect(form.submit).toHaveBeenCalledTimes(5);
  });

  it.each(
    sources(FEATURES)
      .filter((path) => /<Form\b[^>]*\bform=\{/.test(readFileSync(path, 'utf8').replace(/\n/g, ' ')))
      .filter((path) => /onFinish=\{/.test(readFileSync(path, 'utf8')))
      .map((path) => [path.slice(FEATURES.length + 1)]),
  )('%s submits again when overrun', (name) => {
    expect(readFileSync(join(FEATURES, name), 'utf8')).toMatch(
      /onFinishFailed=\{submitAgainWhenOverrun\(\w+\)\}/,
    );
  });
});
