import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPrecheckCommand, type CommandOutput } from '../../src/main/cli/reviewCommands';
import type { PrecheckFinding } from '../../src/shared/domain/precheck';

/** `cli precheck <file> --json` on a draft 通告, with the built-in profiles' numbers. */

let folder: string;
let file: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'normdesk-precheck-'));
  file = join(folder, '通告.txt');
  writeFileSync(
    file,
    [
      '某区市场监督管理局关于开展2027年度食品经营许可证集中换证工作的通告',
      '一、持有食品经营许可证的经营者应当于2027年6月30日前，向区市场监督管理局提交换证申请表和营业执照复印件。',
      '二、对有关责任人员，依照《统计违法违纪行为处分规定》处理。',
      '三、本通告自2027年3月1日起施行，有效期2年。',
    ].join('\n'),
  );
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function precheck(flags: Record<string, string | boolean>) {
  const out: string[] = [];
  const io: CommandOutput = { out: (text) => out.push(text), err: (text) => out.push(text), json: true };
  const code = await runPrecheckCommand(io, file, { json: true, ...flags });
  return {
    code,
    answer: JSON.parse(out.join('')) as { ok: boolean; value?: { findings: PrecheckFinding[] } },
  };
}

describe('precheck on the command line', () => {
  it('reports the new rules: the reporting duty, the doubtful regulation, the 通告 term', async () => {
    const { code, answer } = await precheck({});
    expect(code).toBe(0);
    const rules = answer.value?.findings.map((finding) => finding.ruleId) ?? [];
    expect(rules).toEqual(['obligation.reporting', 'citation.doubtful', 'validity.too_long']);
    expect(answer.value?.findings[2]?.message).toContain('名称为“通告”的文件1年');
  });

  it('takes the profile by id and refuses an unknown one as a usage error in JSON', async () => {
    expect((await precheck({ profile: 'shanghai-example' })).code).toBe(0);
    const unknown = await precheck({ profile: 'no-such-profile' });
    expect(unknown.code).toBe(2);
    expect(unknown.answer).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '没有规则配置“no-such-profile”。' },
    });
  });
});
