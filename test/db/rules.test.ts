import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { putSetting } from '../../src/main/db/repos/settings';
import { builtinRuleProfile } from '../../src/shared/domain/builtinRuleProfiles';
import { openTestApp, type TestApp } from '../support/app';
import { expectOk, setupAdmin } from '../support/session';

let app: TestApp;
let admin: Session;

beforeAll(async () => {
  app = openTestApp();
  ({ session: admin } = await setupAdmin(app));
});

afterAll(() => app.close());

describe('an edited rule profile that no longer validates', () => {
  test('is not used: the built-in profile it started from applies, and the view says so', async () => {
    const shanghai = builtinRuleProfile('shanghai-example');
    expect(shanghai).toBeTruthy();
    const edited = expectOk(
      await app.call(admin, 'rules.setProfile', { profile: { ...shanghai!, name: '本区修改版' } }),
    );
    expect(edited).toMatchObject({ customized: true, customUnreadable: false });

    // As if written by another version: a review period without its numbers.
    putSetting(app.deps.db, 'ruleProfile', {
      custom: { ...shanghai, name: '本区修改版', reviewPeriod: { admin_normative: {} } },
    });
    const view = expectOk(await app.call(admin, 'rules.get', {}));
    expect(view.customized).toBe(false);
    expect(view.customUnreadable).toBe(true);
    expect(view.profile).toEqual(shanghai);
  });
});
