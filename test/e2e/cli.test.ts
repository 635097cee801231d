import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusPath } from '../support/corpus';
import { sampleDocx } from '../support/docxFixtures';
import { manualClock, openTestApp } from '../support/app';
import { bringToDeliberated, issueEvent, todayOf, workflowTeam } from '../support/workflowPath';
import { tempDataDir } from './support/tempDir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** The built command line, as `npm run cli --` runs it. */
async function cli(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['out/main/cli.js', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('files without a database', () => {
  test('blocks prints every article of 立法法 with its structural path', async () => {
    const { code, stdout } = await cli(['blocks', corpusPath('pairs/norm/lifafa_2023.txt'), '--json']);
    expect(code).toBe(0);
    const { value } = JSON.parse(stdout) as { value: { blocks: { path: string }[]; articles: number } };
    expect(value.articles).toBe(120);
    expect(value.blocks.some((block) => block.path === '第五章 › 第一百零九条')).toBe(true);
  });

  test('compare reports renumbered articles and writes both Word files', async () => {
    const folder = tempDataDir('normdesk-cli-');
    try {
      const docx = join(folder.path, 'tracked.docx');
      const table = join(folder.path, 'table.docx');
      const { code, stdout } = await cli([
        'compare',
        corpusPath('pairs/norm/xingzhengchufafa_2017.txt'),
        corpusPath('pairs/norm/xingzhengchufafa_2021.txt'),
        '--json',
        '--docx',
        docx,
        '--table',
        table,
      ]);
      expect(code).toBe(0);
      const { value } = JSON.parse(stdout) as {
        value: {
          summary: { renumbered: number };
          pairs: { kind: string; old?: { text: string }; new?: { text: string } }[];
          flags: { scope: string; categories: string[]; label: string; message: string }[];
        };
      };
      expect(value.summary.renumbered).toBeGreaterThan(0);
      // A new article is one flag naming its distinct terms, told apart from edits by its scope.
      expect(value.flags).toContainEqual({
        scope: 'added',
        categories: ['modal', 'power'],
        label: '第四十一条',
        message: '第四十一条：新增条文，含“应当”“不得”“处罚”',
      });
      expect(value.flags.find((flag) => flag.label === '第五十二条')).toMatchObject({
        scope: 'edited',
        message: '第五十二条：“必须”改为“应当”',
      });
      const renumbered = value.pairs.find(
        (pair) => pair.kind === 'renumbered' && pair.new?.text.startsWith('第十七条'),
      );
      expect(renumbered?.old?.text.startsWith('第十五条')).toBe(true);
      const xml = await (
        await JSZip.loadAsync(readFileSync(docx))
      )
        .file('word/document.xml')
        ?.async('string');
      expect(xml).toContain('<w:ins ');
      expect(existsSync(table)).toBe(true);
    } finally {
      folder.remove();
    }
  });

  test('a file of an unknown type is refused with a Chinese message', async () => {
    const { code, stderr } = await cli(['blocks', join(ROOT, 'package.json')]);
    expect(code).toBe(1);
    expect(stderr).toContain('不支持的文件类型');
  });

  test('a large answer read through a pipe arrives whole (公司法 2018 → 2023, over half a megabyte)', async () => {
    const { code, stdout } = await cli([
      'compare',
      corpusPath('pairs/norm/gongsifa_2018.txt'),
      corpusPath('pairs/norm/gongsifa_2023.txt'),
      '--json',
    ]);
    expect(code).toBe(0);
    expect(stdout.length).toBeGreaterThan(256 * 1024);
    expect(stdout.endsWith('\n')).toBe(true);
    const { value } = JSON.parse(stdout) as { value: { summary: { renumbered: number } } };
    expect(value.summary.renumbered).toBeGreaterThan(0);
  });

  test('every usage error answers one JSON line with --json, exit code 2', async () => {
    const cases: [string[], string][] = [
      [['deadline', '--from', '2026-01-05', '--days', '0'], '不小于 1'],
      [['deadline', '--days', '3'], '--from'],
      [['blocks'], '请给出要读取的文件'],
      [['compare', corpusPath('pairs/norm/gongsifa_2018.txt')], '旧文件和新文件'],
      [['precheck'], '用法'],
    ];
    const folder = tempDataDir('normdesk-cli-');
    cases.push([['no-such-command', '--data', folder.path], '没有命令“no-such-command”']);
    for (const [args, message] of cases) {
      const { code, stdout } = await cli([...args, '--json']);
      expect(code, args.join(' ')).toBe(2);
      expect(stdout.trim().split('\n')).toHaveLength(1);
      const answer = JSON.parse(stdout) as { ok: boolean; error: { code: string; message: string } };
      expect(answer.ok).toBe(false);
      expect(answer.error.code).toBe('INVALID_INPUT');
      expect(answer.error.message).toContain(message);
    }
    folder.remove();
  });
});

describe('review helpers without a database', () => {
  test('deadline follows RULES.md §10 on the 2026 calendar and warns about a year without data', async () => {
    const working = await cli(['deadline', '--from', '2026-04-30', '--working-days', '5', '--json']);
    expect((JSON.parse(working.stdout) as { value: { due: string } }).value.due).toBe('2026-05-11');
    const calendar = await cli(['deadline', '--from', '2026-09-07', '--days', '30', '--json']);
    expect((JSON.parse(calendar.stdout) as { value: { due: string } }).value.due).toBe('2026-10-08');
    const next = await cli(['deadline', '--from', '2026-12-20', '--working-days', '10']);
    expect(next.stderr).toContain('2027 年的节假日安排尚未导入');
  });

  test('precheck finds the repealed regulation, the fine and the missing validity in a draft', async () => {
    const folder = tempDataDir('normdesk-cli-');
    try {
      const file = join(folder.path, '草案.txt');
      writeFileSync(
        file,
        [
          '关于加强统计报表报送管理的规定',
          '第一条　根据《中华人民共和国统计法实施细则》，制定本规定。',
          '第二条　企业迟报统计报表的，每迟报一次处以2000元罚款。',
          '第三条　本规定自发布之日起施行。',
        ].join('\n'),
      );
      const { code, stdout } = await cli(['precheck', file, '--json']);
      expect(code).toBe(0);
      const rules = (JSON.parse(stdout) as { value: { findings: { ruleId: string }[] } }).value.findings.map(
        (f) => f.ruleId,
      );
      expect(rules).toEqual(
        expect.arrayContaining(['citation.repealed', 'power.penalty', 'validity.missing', 'effect.too_soon']),
      );
    } finally {
      folder.remove();
    }
  });

  test('signature verify names the signer from the roster and refuses a changed file or an unknown key', async () => {
    const folder = tempDataDir('normdesk-cli-');
    try {
      const { generateSigningKey, keyFingerprint, signPayload } = await import('../../src/main/signing/keys');
      const { rosterSigningPayload } = await import('../../src/shared/domain/keyRoster');
      const admin = generateSigningKey('admin-password-1');
      const counsel = generateSigningKey('counsel-password-1');
      const entry = (key: { publicKey: string }, id: string, name: string, roles: string[]) => ({
        fingerprint: keyFingerprint(key.publicKey),
        accountId: id,
        username: id,
        displayName: name,
        roles,
        publicKey: key.publicKey,
        validFrom: '2026-01-01T00:00:00.000Z',
        validUntil: null,
        endedBy: null,
      });
      const unsigned = {
        format: 'normdesk-key-roster/1' as const,
        agencyName: '某区统计局',
        exportedAt: '2026-02-01T00:00:00.000Z',
        signerFingerprint: keyFingerprint(admin.publicKey),
        entries: [
          entry(admin, 'admin', '王管理', ['admin']),
          entry(counsel, 'counsel', '李顾问', ['counsel']),
        ],
        signature: '',
      };
      const roster = {
        ...unsigned,
        signature: signPayload(admin, 'admin-password-1', rosterSigningPayload(unsigned)),
      };
      const payload = JSON.stringify({
        documentTitle: '统计数据质量管理办法',
        versionSeq: 2,
        opinion: 'agree',
        signer: { id: 'counsel', name: '李顾问', role: 'counsel' },
        signedAt: '2026-03-01T00:00:00.000Z',
      });
      const file = join(folder.path, 'signoff.json');
      const exported = {
        format: 'normdesk-signoff/1',
        payload,
        signature: signPayload(counsel, 'counsel-password-1', payload),
        publicKey: counsel.publicKey,
        roster,
      };
      writeFileSync(file, JSON.stringify(exported));
      const valid = await cli(['signature', 'verify', file]);
      expect(valid.code).toBe(0);
      expect(valid.stdout).toContain('签名有效：由李顾问（法律顾问');

      writeFileSync(file, JSON.stringify({ ...exported, payload: payload.replace('agree', 'disagree') }));
      const tampered = await cli(['signature', 'verify', file]);
      expect(tampered.code).toBe(3);
      expect(tampered.stdout).toContain('签名无效');

      const forger = generateSigningKey('forger-password-1');
      const forged = {
        ...exported,
        signature: signPayload(forger, 'forger-password-1', payload),
        publicKey: forger.publicKey,
      };
      writeFileSync(file, JSON.stringify(forged));
      const refused = await cli(['signature', 'verify', file, '--json']);
      expect(refused.code).toBe(3);
      expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, code: 'KEY_UNKNOWN' });
      expect((JSON.parse(refused.stdout) as { reason: string }).reason).toContain('不在密钥名册中');
    } finally {
      folder.remove();
    }
  });
});

describe('with a database', () => {
  const folder = tempDataDir('normdesk-cli-');
  const env = { NORMDESK_PASSWORD: 'admin-password-1' };
  const data = ['--data', folder.path];
  let documentId = '';

  beforeAll(async () => {
    const setup = await cli(
      ['setup', '--agency', '某区统计局', '--code', '某统', '--admin', 'admin', '--name', '王管理', ...data],
      env,
    );
    expect(setup.code).toBe(0);
    const created = await cli(
      [
        'documents',
        'create',
        '--kind',
        'admin_normative',
        '--title',
        '统计数据质量管理办法',
        '--unit',
        '法制科',
        '--authority',
        '某区统计局',
        '--user',
        'admin',
        '--json',
        ...data,
      ],
      env,
    );
    documentId = (JSON.parse(created.stdout) as { value: { id: string } }).value.id;
  });
  afterAll(() => folder.remove());

  test('import makes a Word file the next version, and compare works on the stored versions', async () => {
    const file = join(folder.path, '数据质量管理办法.docx');
    writeFileSync(file, await sampleDocx());
    const first = await cli(['import', file, '--document', documentId, '--user', 'admin', ...data], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('已导入为“第 1 版');
    const second = await cli(
      ['import', file, '--document', documentId, '--label', '送审稿', '--user', 'admin', '--json', ...data],
      env,
    );
    const imported = JSON.parse(second.stdout) as {
      value: { version: { id: string; seq: number; label: string } };
    };
    expect(imported.value.version).toMatchObject({ seq: 2, label: '送审稿' });
    const compared = await cli(
      [
        'compare',
        '--document',
        documentId,
        '--from',
        imported.value.version.id,
        '--to',
        'draft',
        '--user',
        'admin',
        '--json',
        ...data,
      ],
      env,
    );
    expect(compared.code).toBe(0);
    const view = JSON.parse(compared.stdout) as {
      value: { result: { summary: { modified: number; added: number } } };
    };
    expect(view.value.result.summary).toMatchObject({ modified: 0, added: 0 });
    const list = await cli(['documents', 'list', '--user', 'admin', '--json', ...data], env);
    expect(
      (JSON.parse(list.stdout) as { value: { items: { versionCount: number }[] } }).value.items[0]
        ?.versionCount,
    ).toBe(2);
  });

  test('signature roster writes the roster signed by the administrator, which verify uses with --roster', async () => {
    const out = join(folder.path, '密钥名册.json');
    const written = await cli(['signature', 'roster', '--out', out, '--user', 'admin', ...data], env);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('已签发并写出密钥名册');
    const roster = JSON.parse(readFileSync(out, 'utf8')) as {
      agencyName: string;
      signerFingerprint: string;
      entries: { fingerprint: string; roles: string[] }[];
    };
    expect(roster.agencyName).toBe('某区统计局');
    expect(roster.entries.find((e) => e.fingerprint === roster.signerFingerprint)?.roles).toContain('admin');

    const { generateSigningKey, signPayload } = await import('../../src/main/signing/keys');
    const forger = generateSigningKey('forger-password-1');
    const payload = JSON.stringify({
      signer: { id: 'x', name: '王管理', role: 'counsel' },
      signedAt: '2026-03-01',
    });
    const file = join(folder.path, 'forged.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'normdesk-signoff/1',
        payload,
        signature: signPayload(forger, 'forger-password-1', payload),
        publicKey: forger.publicKey,
      }),
    );
    const withoutRoster = await cli(['signature', 'verify', file]);
    expect(withoutRoster.code).toBe(3);
    expect(withoutRoster.stdout).toContain('未附密钥名册');
    const refused = await cli(['signature', 'verify', file, '--roster', out]);
    expect(refused.code).toBe(3);
    expect(refused.stdout).toContain('不在密钥名册中');
  });

  test('a wrong password is refused', async () => {
    const { code, stderr } = await cli(['documents', 'list', '--user', 'admin', ...data], {
      NORMDESK_PASSWORD: 'wrong',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('BAD_CREDENTIALS');
  });
});

describe('印发 from several processes at once', () => {
  test('six CLI processes issuing together give six distinct consecutive numbers, no gaps', async () => {
    const folder = tempDataDir('normdesk-cli-');
    try {
      const app = openTestApp({ dataDir: folder.path, clock: manualClock(new Date()) });
      const team = await workflowTeam(app);
      const documents: string[] = [];
      for (let i = 0; i < 6; i += 1) documents.push((await bringToDeliberated(app, team)).documentId);
      const event = issueEvent(todayOf(app));
      app.close();

      const runs = await Promise.all(
        documents.map((documentId) =>
          cli(
            [
              ...['workflow', 'step', 'ISSUE', '--document', documentId, '--data', folder.path],
              ...['--user', 'leader', '--json', '--published-on', String(event.publishedOn)],
              ...['--effective-on', String(event.effectiveOn), '--published-in', '政府网站'],
            ],
            { NORMDESK_PASSWORD: 'secret-password-1' },
          ),
        ),
      );
      for (const run of runs) {
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, value: { state: 'issued' } });
      }

      const after = openTestApp({ dataDir: folder.path });
      try {
        const rows = after.deps.db
          .prepare('SELECT series, seq, number FROM issued_numbers ORDER BY series, seq')
          .all() as { series: string; seq: number; number: string }[];
        const year = String(event.publishedOn).slice(0, 4);
        expect(rows.filter((row) => row.series === 'doc_number').map((row) => row.number)).toEqual(
          [1, 2, 3, 4, 5, 6].map((seq) => `某统〔${year}〕${seq}号`),
        );
        expect(rows.filter((row) => row.series === 'registration').map((row) => row.seq)).toEqual([
          1, 2, 3, 4, 5, 6,
        ]);
        const numbers = after.deps.db
          .prepare("SELECT doc_number FROM documents WHERE status = 'issued'")
          .all() as { doc_number: string }[];
        expect(new Set(numbers.map((row) => row.doc_number)).size).toBe(6);
      } finally {
        after.close();
      }
    } finally {
      folder.remove();
    }
  });
});
