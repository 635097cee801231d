import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = join(process.cwd(), 'src/renderer/src/features');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Dialogs whose OK button submits a form: `<Modal … onOk={… submit …}>` around an antd `<Form`. */
function formDialogs(): string[] {
  return sources(FEATURES).filter((path) => {
    const text = readFileSync(path, 'utf8');
    return (
      /<Modal\b/.test(text) &&
      /<Form\b/.test(text) &&
      /onOk=\{\(\) => (void )?(form\.)?submit\(\)\}/.test(text)
    );
  });
}

describe('Enter submits every dialog with a form', () => {
  it('finds the dialogs (save version, sign, register, accounts, filing, cleanup …)', () => {
    expect(formDialogs().length).toBeGreaterThanOrEqual(20);
  });

  it.each(formDialogs().map((path) => [path.slice(FEATURES.length + 1)]))(
    '%s puts useEnterSubmit on its Form',
    (name) => {
      const text = readFileSync(join(FEATURES, name), 'utf8');
      expect(text).toMatch(/useEnterSubmit\(/);
      expect(text).toMatch(/onKeyDown=\{onKeyDown\}/);
    },
  );
});
