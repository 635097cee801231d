import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { USAGE, parseCommandLine, runCommand, type CliIo } from '../../src/main/cli/commands';
import type { ApiResult, Channel, ChannelInput } from '../../src/shared/api';
import { DOCUMENT_KIND_LABELS } from '../../src/shared/domain/documentKinds';
import { DOCUMENT_STATUS_LABELS } from '../../src/shared/domain/documentStatus';
import { ROLE_LABELS } from '../../src/shared/domain/roles';
import { openTestApp, type TestApp } from '../support/app';
import { bringToReviewed, documentDetail, uploadMaterial, workflowTeam } from '../support/workflowPath';

const ADMIN_PASSWORD = 'admin-password-1';
const NEW_PASSWORD = 'new-account-password';

let app: TestApp;

beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

/** One CLI run: a fresh session like a new process, passwords answered per prompt, output captured. */
function fakeIo(options: { user?: string; password?: string; json?: boolean } = {}) {
  const session: Session = { accountId: null };
  const out: string[] = [];
  const err: string[] = [];
  const prompts: string[] = [];
  const io: CliIo = {
    json: options.json ?? false,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    call: <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<unknown>> =>
      app.dispatcher.dispatch(session, channel, input),
    password: (prompt) => {
      prompts.push(prompt);
      return Promise.resolve(
        prompt.startsWith('新账号') ? NEW_PASSWORD : (options.password ?? ADMIN_PASSWORD),
      );
    },
    user: options.user,
    labels: { kinds: DOCUMENT_KIND_LABELS, statuses: DOCUMENT_STATUS_LABELS, roles: ROLE_LABELS },
  };
  return { io, out, err, prompts, session };
}

/** Runs a command line the way cli.ts does. */
async function run(args: string[], options: Parameters<typeof fakeIo>[0] = {}) {
  const cli = fakeIo(options);
  const code = await runCommand(cli.io, parseCommandLine(args).positionals, args);
  return { code, ...cli };
}

const SETUP = [
  'setup',
  '--agency',
  '某市某区统计局',
  '--code',
  '某统',
  '--admin',
  'admin',
  '--name',
  '王管理',
];

describe('cli commands over the real dispatch', () => {
  it('sets up the workspace with an administrator holding every role', async () => {
    const { code, out, err, prompts } = await run(SETUP);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out).toEqual(['已完成初始设置，管理员账号：admin']);
    expect(prompts).toEqual(['管理员 admin 的密码：']);
    const { roles, display_name } = app.deps.db
      .prepare('SELECT roles, display_name FROM users WHERE username = ?')
      .get('admin') as { roles: string; display_name: string };
    expect(JSON.parse(roles)).toEqual(['admin', 'drafter', 'reviewer', 'counsel', 'leader']);
    expect(display_name).toBe('王管理');
    expect(app.deps.db.prepare("SELECT value FROM settings WHERE key = 'agency'").pluck().get()).toBe(
      JSON.stringify({ agencyName: '某市某区统计局', agencyCode: '某统' }),
    );
  });

  it('accepts flags written as --flag=value too', async () => {
    const { code } = await run(['setup', '--agency=某市某区统计局', '--code=某统', '--admin=admin']);
    expect(code).toBe(0);
  });

  it('adds accounts and lists them as JSON', async () => {
    await run(SETUP);
    const added = await run(
      ['users', 'add', '--username', 'li.si', '--name', '李四', '--roles', 'drafter,reviewer'],
      {
        user: 'admin',
      },
    );
    expect(added.err).toEqual([]);
    expect(added.code).toBe(0);
    expect(added.out).toEqual(['已新建账号：li.si']);
    expect(added.prompts).toEqual(['账号 admin 的密码：', '新账号 li.si 的密码：']);

    const listed = await run(['users', 'list'], { user: 'admin', json: true });
    expect(listed.code).toBe(0);
    expect(listed.out).toHaveLength(1);
    const result = JSON.parse(listed.out[0] ?? '') as ApiResult<Record<string, unknown>[]>;
    expect(result.ok).toBe(true);
    const accounts = result.ok ? result.value : [];
    expect(accounts.map((a) => Object.keys(a).sort())).toEqual([
      ['active', 'createdAt', 'displayName', 'id', 'roles', 'username'],
      ['active', 'createdAt', 'displayName', 'id', 'roles', 'username'],
    ]);
    expect(accounts[1]).toMatchObject({
      username: 'li.si',
      displayName: '李四',
      roles: ['drafter', 'reviewer'],
      active: true,
    });

    const text = await run(['users', 'list'], { user: 'admin' });
    expect(text.out.join('\n')).toContain('li.si\t李四\t起草人员、审核人员\t启用');
  });

  it('lets the new account sign in with the password given when it was added', async () => {
    await run(SETUP);
    await run(['users', 'add', '--username', 'li.si', '--roles', 'drafter'], { user: 'admin' });
    const listed = await run(['documents', 'list'], { user: 'li.si', password: NEW_PASSWORD });
    expect(listed.code).toBe(0);
  });

  it('registers documents and lists them with Chinese labels and filters', async () => {
    await run(SETUP);
    const created = await run(
      [
        'documents',
        'create',
        '--kind',
        'admin_normative',
        '--title',
        '某区统计局统计执法检查规定',
        '--unit',
        '法制科',
        '--authority',
        '某区统计局',
        '--person',
        '张三',
      ],
      { user: 'admin' },
    );
    expect(created.err).toEqual([]);
    expect(created.code).toBe(0);
    expect(created.out[0]).toMatch(/^已登记：\S+\t某区统计局统计执法检查规定$/);
    await run(
      [
        'documents',
        'create',
        '--kind',
        'contract',
        '--title',
        '办公用房租赁合同',
        '--unit',
        '办公室',
        '--authority',
        '某区统计局',
      ],
      { user: 'admin' },
    );

    const all = await run(['documents', 'list'], { user: 'admin' });
    expect(all.out.join('\n').split('\n').at(-1)).toBe('共 2 件');
    const filtered = await run(['documents', 'list', '--kind', 'admin_normative', '--year', '2025'], {
      user: 'admin',
    });
    const lines = filtered.out.join('\n').split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/\t行政规范性文件\t起草\t某区统计局统计执法检查规定$/);
    expect(lines[1]).toBe('共 1 件');
    const paged = await run(['documents', 'list', '--page', '2', '--page-size', '1'], {
      user: 'admin',
      json: true,
    });
    expect(JSON.parse(paged.out[0] ?? '')).toMatchObject({
      ok: true,
      value: { total: 2, page: 2, pageSize: 1 },
    });
  });

  it('verifies the audit log, and exits 3 when it is broken', async () => {
    await run(SETUP);
    const intact = await run(['audit', 'verify'], { user: 'admin' });
    expect(intact.code).toBe(0);
    expect(intact.out).toEqual(['审计日志完整：已校验 2 条']);

    app.deps.db.exec('DROP TRIGGER audit_log_no_update');
    app.deps.db.prepare("UPDATE audit_log SET detail = '{}' WHERE seq = 1").run();
    const broken = await run(['audit', 'verify'], { user: 'admin' });
    expect(broken.code).toBe(3);
    expect(broken.out[0]).toMatch(/^审计日志在第 1 条断裂：/);
  });
});

describe('cli workflow', () => {
  it('shows the steps and the text lock, takes a step, and refuses one the state does not allow', async () => {
    await run(SETUP);
    const created = await run(
      [
        'documents',
        'create',
        '--kind',
        'admin_normative',
        '--title',
        '某区统计数据质量管理办法',
        '--unit',
        '综合统计科',
        '--authority',
        '某区统计局',
        '--json',
      ],
      { user: 'admin', json: true },
    );
    const documentId = (JSON.parse(created.out[0] ?? '') as { value: { id: string } }).value.id;
    const admin = fakeIo({ user: 'admin' });
    await admin.io.call('auth.signIn', { username: 'admin', password: ADMIN_PASSWORD });
    const blocks = [
      {
        id: 'b1',
        kind: 'paragraph' as const,
        runs: [{ text: '第一条　为了保障统计数据质量，制定本办法。' }],
      },
    ];
    await admin.io.call('drafts.save', { documentId, blocks, revision: 0 });
    const version = await admin.io.call('versions.save', { documentId, label: '送审稿' });
    const versionId = version.ok ? (version.value as { id: string }).id : '';

    const shown = await run(['workflow', 'show', '--document', documentId], { user: 'admin' });
    expect(shown.code).toBe(0);
    expect(shown.out[0]).toContain('当前状态：起草');
    expect(shown.out[0]).toContain('SUBMIT\t送审');
    expect(shown.out[0]).toContain('文本可以修改');

    const stepped = await run(
      ['workflow', 'step', 'SUBMIT', '--document', documentId, '--version', versionId, '--json'],
      { user: 'admin', json: true },
    );
    expect(stepped.code).toBe(0);
    expect(stepped.out).toHaveLength(1);
    const answer = JSON.parse(stepped.out[0] ?? '') as {
      ok: boolean;
      value: { state: string; submittedVersionId: string; textLock: string };
    };
    expect(answer).toMatchObject({ ok: true, value: { state: 'submitted', submittedVersionId: versionId } });
    expect(answer.value.textLock).toContain('文件已送审');

    const refused = await run(['workflow', 'step', 'REVISE', '--document', documentId], { user: 'admin' });
    expect(refused.code).toBe(1);
    expect(refused.err.join('\n')).toContain('[INVALID_STATE]');
    expect((await run(['workflow', 'step', '--document', documentId], { user: 'admin' })).code).toBe(2);
  });
});

describe('cli 集体审议 and 印发', () => {
  it('records a meeting, previews the numbers and issues, one JSON line each', async () => {
    app.clock.set('2026-05-12T02:00:00.000Z');
    const team = await workflowTeam(app);
    const { documentId } = await bringToReviewed(app, team);
    const minutes = await uploadMaterial(app, team.leader, documentId, 'deliberation_record');
    const leader = { user: 'leader', password: 'secret-password-1', json: true };
    const deliberated = await run(
      [
        ...['workflow', 'step', 'RECORD_DELIBERATION', '--document', documentId],
        ...['--meeting-type', '局务会议', '--meeting', '2026年第12次局务会议', '--held-on', '2026-05-12'],
        ...['--attendees', '张局长，李副局长、王副局长', '--decision', 'approved'],
        ...['--dissent', '王副局长建议增加过渡期', '--minutes', minutes, '--json'],
      ],
      leader,
    );
    expect(deliberated.out).toHaveLength(1);
    expect(JSON.parse(deliberated.out[0] ?? '')).toMatchObject({ ok: true, value: { state: 'deliberated' } });
    expect(deliberated.code).toBe(0);

    const preview = await run(
      ['issuance', 'preview', '--document', documentId, '--published-on', '2026-05-20', '--json'],
      leader,
    );
    expect(preview.out).toHaveLength(1);
    expect(JSON.parse(preview.out[0] ?? '')).toMatchObject({
      ok: true,
      value: {
        docNumber: { number: '某统〔2026〕1号' },
        registrationNumber: { number: '某统规〔2026〕001' },
        canChangeNumbers: false,
      },
    });
    const readable = await run(['issuance', 'preview', '--document', documentId], { ...leader, json: false });
    expect(readable.out[0]).toContain(
      '发文字号：某统〔2026〕1号（格式：机关代字“某统”＋六角括号年份＋顺序号＋“号”，顺序号不编虚位）',
    );
    expect(readable.out[0]).toContain('施行日期：一般自公布之日起 30 日后施行，即不早于 2026-06-11');

    const corrected = await run(
      [
        ...['workflow', 'step', 'ISSUE', '--document', documentId, '--published-on', '2026-05-20'],
        ...['--effective-on', '2026-06-20', '--published-in', '政府网站', '--doc-number', '某统〔2026〕9号'],
      ],
      { ...leader, json: false },
    );
    expect(corrected.code).toBe(1);
    expect(corrected.err.join('')).toContain('[FORBIDDEN] 发文字号和登记号由系统按规则配置统一编号');
    const issued = await run(
      [
        ...['workflow', 'step', 'ISSUE', '--document', documentId, '--published-on', '2026-05-20'],
        ...['--effective-on', '2026-06-20', '--published-in', '政府网站,政府公报', '--json'],
      ],
      leader,
    );
    expect(issued.out).toHaveLength(1);
    expect(JSON.parse(issued.out[0] ?? '')).toMatchObject({ ok: true, value: { state: 'issued' } });
    const { issuance, deliberations } = await documentDetail(app, team.leader, documentId);
    expect(issuance).toMatchObject({ docNumber: '某统〔2026〕1号', publishedIn: ['政府网站', '政府公报'] });
    expect(deliberations[0]).toMatchObject({
      attendees: ['张局长', '李副局长', '王副局长'],
      dissent: '王副局长建议增加过渡期',
      minutes: { id: minutes },
    });
  });
});

describe('cli refusals', () => {
  it('exits 1 with BAD_CREDENTIALS for a wrong password', async () => {
    await run(SETUP);
    const { code, out, err } = await run(['users', 'list'], { user: 'admin', password: 'wrong-password' });
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('[BAD_CREDENTIALS]');
  });

  it('exits 1 with the JSON error when --json is given', async () => {
    await run(SETUP);
    const { code, out } = await run(['audit', 'verify'], {
      user: 'admin',
      password: 'wrong-password',
      json: true,
    });
    expect(code).toBe(1);
    expect(JSON.parse(out[0] ?? '')).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
  });

  it('exits 1 when no account is named', async () => {
    await run(SETUP);
    const { code, err } = await run(['users', 'list']);
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('[UNAUTHENTICATED]');
  });

  it('exits 1 with FORBIDDEN when the account lacks the role', async () => {
    await run(SETUP);
    await run(['users', 'add', '--username', 'li.si', '--roles', 'drafter'], { user: 'admin' });
    const { code, err } = await run(['users', 'list'], { user: 'li.si', password: NEW_PASSWORD });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('[FORBIDDEN]');
  });

  it('exits 1 with the Chinese issues of an invalid input', async () => {
    const { code, err } = await run(['setup', '--agency', '某市某区统计局', '--code', '某统']);
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('[INVALID_INPUT]');
    expect(err.join('\n')).toContain('用户名至少 2 个字符');
  });

  it.each([
    [['frobnicate'], '没有命令“frobnicate”。'],
    [['users', 'delete'], '没有命令“users delete”。'],
    [[], '请给出命令。'],
  ])('exits 2 with the usage for %j', async (args, message) => {
    const { code, out, err } = await run(args);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([`${message}\n${USAGE}`]);
  });

  it('answers a usage error as one JSON line with --json', async () => {
    const { code, out, err } = await run(['frobnicate', '--json'], { json: true });
    expect(code).toBe(2);
    expect(err).toEqual([]);
    expect(out.map((line) => JSON.parse(line) as unknown)).toEqual([
      { ok: false, error: { code: 'INVALID_INPUT', message: '没有命令“frobnicate”。' } },
    ]);
  });
});
