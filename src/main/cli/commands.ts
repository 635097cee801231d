import { readFile, writeFile } from 'node:fs/promises';
import type { CompareResult } from '../../shared/compare';
import { printCompareSummary } from './compareCommand';
import { runCatalogCommand } from './catalogCommand';
import { runStatsCommand } from './statsCommand';
import { CLEANUP_USAGE, runCleanupCommand } from './cleanupCommands';
import { FILING_USAGE, runFilingCommand } from './filingCommands';
import { AUDIT_USAGE, runAuditCommand } from './auditCommands';
import { FAIR_COMPETITION_USAGE, runFairCompetitionCommand } from './fairCompetitionCommands';
import { DECISIONS_USAGE, runDecisionsCommand } from './decisionCatalogCommands';
import { runValidityCommand, VALIDITY_USAGE } from './validityCommands';
import { DISCLOSURE_USAGE, runDisclosureCommand } from './disclosureCommands';
import { LAW_USAGE, runLawCommand } from './lawCommands';
import { runVersionCommand, VERSION_USAGE } from './versionCommands';
import { REVIEW_USAGE, runReviewCommand } from './reviewLetterCommand';
import { runSearchCommand, SEARCH_USAGE } from './searchCommands';
import { basename } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { ApiResult, Channel, ChannelInput } from '../../shared/api';
import { groupFingerprint } from '../../shared/domain/keyRoster';
import { versionTitle } from '../../shared/domain/versionName';
import { conclusionCode } from './conclusionLabel';
import { describeIssuancePreview, workflowStepFields } from './issuanceCommands';
import { usageError } from './groupCommand';
import {
  MAJOR_DECISION_STEP_OPTIONS,
  MAJOR_DECISION_STEP_USAGE,
  majorDecisionStepFields,
} from './majorDecisionCommands';

export interface CliIo {
  json: boolean;
  out(text: string): void;
  err(text: string): void;
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<unknown>>;
  password(prompt: string): Promise<string>;
  user: string | undefined;
  labels: { kinds: Record<string, string>; statuses: Record<string, string>; roles: Record<string, string> };
}

export const USAGE = `用法: npm run cli -- <命令> [--data 目录] [--user 用户名] [--json]

  setup --agency 机关名称 --code 机关代字 --admin 用户名 --name 姓名 [--demo]
  users list
  users add --username 用户名 --name 姓名 --roles admin,drafter,reviewer,counsel,leader
  documents list [--kind K] [--status S] [--year YYYY] [--q 文字] [--page N] [--page-size N]
  documents create --kind K --title 标题 --unit 起草单位 --authority 制定机关 [--person 责任人]
${AUDIT_USAGE}
  blocks <文件.docx|.txt|.md>                 显示文件的段落结构（条、款、项路径），不需要数据库
  import <文件.docx> --document 文件ID [--label 版本标签]   导入为该文件的新版本
  compare <旧文件> <新文件> [--docx 修订版.docx] [--table 对照表.docx]   比对两个 .txt/.md/.docx 文件，不需要数据库
  compare --document 文件ID --from 版本ID --to 版本ID|draft [--docx …] [--table …]   比对文件的两个版本
  deadline --from YYYY-MM-DD (--working-days N | --days N | --period review|filing [--kind K]) [--profile ID]
  precheck <文件.docx|.txt|.md> [--kind K] [--profile ID]  智能预审，不需要数据库
  signature verify <签名文件.json> [--roster 密钥名册.json]   离线验证导出的签署意见及签名人
  signature roster --out 密钥名册.json          以管理员密钥签发并导出本机关密钥名册（管理员）
  package build --document 文件ID [--out 材料包.zip] [--recipient 备案机关]… [--from 对照表基准版本ID] [--reason 强制生成理由]
                                              生成并签名备案材料包（密码用于签名）
  package verify <材料包.zip> [--roster 密钥名册.json]   离线验证备案材料包：0 有效，3 文件或签名被改动（指明哪一个）
  workflow show --document 文件ID              流程状态、可执行的步骤（及不能执行的原因）和文本是否锁定
  workflow step <步骤> --document 文件ID [--version 版本ID] [--reason 理由] [--note 说明] [--conclusion 结论]
      集体审议：--meeting-type 会议类型 --meeting 会议名称 [--held-on YYYY-MM-DD] --attendees 姓名,姓名 --decision approved|approved_with_changes|rejected|deferred [--dissent 不同意见] [--minutes 材料ID]
      印发：--published-on YYYY-MM-DD --effective-on YYYY-MM-DD --published-in 政府网站,政府公报 [--validity-years N] [--short-effect-reason 理由] [--long-validity-reason 理由] [--doc-number 文号 --registration-number 登记号（仅管理员）]
${MAJOR_DECISION_STEP_USAGE}
  issuance preview --document 文件ID [--published-on YYYY-MM-DD] [--effective-on YYYY-MM-DD]   印发时将给出的文号、登记号及有效期、施行日规则
  catalog --year YYYY [--quarter 1-4] --out 目录.docx|目录.xlsx [--format docx|xlsx]   导出季度或年度规范性文件目录
  stats --year YYYY [--quarter 1-4]           全年或季度统计：审核、报备率、报备及时率、规范率、清理、签署
${FILING_USAGE}
${FAIR_COMPETITION_USAGE}
${DECISIONS_USAGE}
${CLEANUP_USAGE}
${VALIDITY_USAGE}
${DISCLOSURE_USAGE}
${LAW_USAGE}
${VERSION_USAGE}
${REVIEW_USAGE}
${SEARCH_USAGE}

密码从 NORMDESK_PASSWORD 读取，否则在终端提示输入。`;

/**
 * Every flag of every command. parseArgs reads an undeclared flag as a boolean and its value as a
 * command word, so `--title 标题` would lose its value: each one that takes a value is declared here.
 */
const CLI_OPTIONS = {
  data: { type: 'string' },
  user: { type: 'string' },
  json: { type: 'boolean' },
  agency: { type: 'string' },
  code: { type: 'string' },
  admin: { type: 'string' },
  name: { type: 'string' },
  demo: { type: 'boolean' },
  username: { type: 'string' },
  roles: { type: 'string' },
  kind: { type: 'string' },
  status: { type: 'string' },
  year: { type: 'string' },
  q: { type: 'string' },
  page: { type: 'string' },
  'page-size': { type: 'string' },
  title: { type: 'string' },
  unit: { type: 'string' },
  authority: { type: 'string' },
  person: { type: 'string' },
  document: { type: 'string' },
  label: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  docx: { type: 'string' },
  table: { type: 'string' },
  'working-days': { type: 'string' },
  days: { type: 'string' },
  period: { type: 'string' },
  profile: { type: 'string' },
  roster: { type: 'string' },
  out: { type: 'string' },
  version: { type: 'string' },
  case: { type: 'string' },
  reason: { type: 'string' },
  note: { type: 'string' },
  conclusion: { type: 'string' },
  meeting: { type: 'string' },
  decision: { type: 'string' },
  quarter: { type: 'string' },
  where: { type: 'string' },
  limit: { type: 'string' },
  format: { type: 'string' },
  recipient: { type: 'string' },
  state: { type: 'string' },
  package: { type: 'string' },
  method: { type: 'string' },
  'sent-on': { type: 'string' },
  submission: { type: 'string' },
  outcome: { type: 'string' },
  on: { type: 'string' },
  reference: { type: 'string' },
  'dated-on': { type: 'string' },
  due: { type: 'string' },
  'replies-to': { type: 'string' },
  text: { type: 'string' },
  'meeting-type': { type: 'string' },
  'held-on': { type: 'string' },
  attendees: { type: 'string' },
  dissent: { type: 'string' },
  minutes: { type: 'string' },
  'published-on': { type: 'string' },
  'effective-on': { type: 'string' },
  'published-in': { type: 'string' },
  'validity-years': { type: 'string' },
  'short-effect-reason': { type: 'string' },
  'long-validity-reason': { type: 'string' },
  'doc-number': { type: 'string' },
  'registration-number': { type: 'string' },
  // decisions (重大行政决策事项目录)
  type: { type: 'string' },
  basis: { type: 'string' },
  planned: { type: 'string' },
  item: { type: 'string' },
  opinion: { type: 'string' },
  channels: { type: 'string' },
  // cleanup campaigns (清理活动)
  campaign: { type: 'string' },
  'law-change': { type: 'string' },
  'doc-kinds': { type: 'string' },
  government: { type: 'boolean' },
  'year-from': { type: 'string' },
  'year-to': { type: 'string' },
  states: { type: 'string' },
  'cites-law': { type: 'string' },
  documents: { type: 'string' },
  disposition: { type: 'string' },
  'decided-on': { type: 'string' },
  catalog: { type: 'string' },
  all: { type: 'boolean' },
  view: { type: 'string' },
  'expiring-months': { type: 'string' },
  date: { type: 'string' },
  'superseded-by': { type: 'string' },
  change: { type: 'string' },
  file: { type: 'string' },
  // audit list / export
  account: { type: 'string' },
  action: { type: 'string' },
  area: { type: 'string' },
  ...MAJOR_DECISION_STEP_OPTIONS,
  // 公平竞争审查 and the drafting procedures of 行政规范性文件 (RECORD_PROCEDURE)
  'touches-business': { type: 'string' },
  'reviewed-on': { type: 'string' },
  explanation: { type: 'string' },
  'completed-on': { type: 'string' },
  'not-applicable-reason': { type: 'string' },
  attachments: { type: 'string' },
  applicant: { type: 'string' },
  'third-party': { type: 'string' },
  'notified-on': { type: 'string' },
  channel: { type: 'string' },
  // version export (导出 Word)
  draft: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

interface WorkflowWithLock {
  stateLabel: string;
  submittedVersionId: string | null;
  events: { type: string; label: string; blockedReason: string | null }[];
  textLock: string | null;
}

/** The document's workflow as the 审核 tab shows it, and whether its text may be changed now. */
async function workflowWithLock(io: CliIo, documentId: string): Promise<ApiResult<unknown>> {
  const view = await io.call('workflow.get', { documentId });
  if (!view.ok) return view;
  const draft = await io.call('drafts.get', { documentId, part: 'main' });
  if (!draft.ok) return draft;
  const { lockedReason } = draft.value as { lockedReason: string | null };
  return { ok: true, value: { ...(view.value as object), textLock: lockedReason } };
}

function describeWorkflow(view: WorkflowWithLock): string {
  return [
    `当前状态：${view.stateLabel}`,
    ...view.events.map(
      (event) =>
        `${event.type}\t${event.label}${event.blockedReason ? `（不能执行：${event.blockedReason}）` : ''}`,
    ),
    view.textLock ? `文本已锁定：${view.textLock}` : '文本可以修改',
  ].join('\n');
}

/** `package build`: the recipients given (else the profile's suggestion), then build, download and write. */
async function buildPackage(
  io: CliIo,
  documentId: string,
  flags: Record<string, string | boolean | undefined>,
  given: string[],
  password: string,
): Promise<number> {
  const text = (name: string) => (typeof flags[name] === 'string' ? flags[name] : undefined);
  const emitError = (result: ApiResult<unknown>) => {
    if (io.json) io.out(JSON.stringify(result));
    else if (!result.ok) io.err(`错误 [${result.error.code}] ${result.error.message}`);
    return 1;
  };
  const check = await io.call('filingPackages.check', {
    documentId,
    ...(given.length ? { recipients: given } : {}),
  });
  if (!check.ok) return emitError(check);
  const recipients = (check.value as { recipients: string[] }).recipients;
  const built = await io.call('filingPackages.build', {
    documentId,
    recipients,
    password,
    comparisonBaseVersionId: text('from'),
    overrideReason: text('reason'),
  });
  if (!built.ok) return emitError(built);
  const summary = built.value as { id: string; reportNumber: string; sha256: string; fileName: string };
  const file = await io.call('filingPackages.download', { id: summary.id });
  if (!file.ok) return emitError(file);
  const out = text('out') ?? summary.fileName;
  await writeFile(out, Buffer.from((file.value as { data: string }).data, 'base64'));
  const value = { ...summary, file: out, recipients };
  if (io.json) io.out(JSON.stringify({ ok: true, value }));
  else
    io.out(
      `已生成备案材料包：${out}（备案字号 ${summary.reportNumber}，报送 ${recipients.join('、')}，SHA-256 ${summary.sha256}）`,
    );
  return 0;
}

/** Every value of a flag given more than once (`--recipient A --recipient B`); parseArgs keeps the last. */
function repeatedFlag(argv: string[], name: string): string[] {
  const values: string[] = [];
  argv.forEach((arg, index) => {
    if (arg === `--${name}` && argv[index + 1] !== undefined) values.push(argv[index + 1] as string);
    else if (arg.startsWith(`--${name}=`)) values.push(arg.slice(name.length + 3));
  });
  return values;
}

/** Splits a command line into its command words and its flags. */
export function parseCommandLine(argv: string[]): {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
} {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: CLI_OPTIONS,
  });
  return { positionals, values };
}

/** Runs one command; returns the process exit code (0 ok, 1 refused by the API, 2 usage). */
export async function runCommand(io: CliIo, positionals: string[], argv: string[]): Promise<number> {
  const [group, action] = positionals;
  const flags = parseCommandLine(argv).values;
  const text = (name: string): string | undefined =>
    typeof flags[name] === 'string' ? flags[name] : undefined;

  const emit = (result: ApiResult<unknown>, human: (value: never) => string): number => {
    if (io.json) io.out(JSON.stringify(result));
    if (!result.ok) {
      if (!io.json)
        io.err(
          `错误 [${result.error.code}] ${result.error.message}${(result.error.issues ?? []).join('；')}`,
        );
      return 1;
    }
    if (!io.json) io.out(human(result.value as never));
    return 0;
  };

  /** The signed-in account's password, for a step that unlocks its signing key. */
  let accountPassword = '';
  const signIn = async (): Promise<ApiResult<unknown> | null> => {
    if (!io.user) return { ok: false, error: { code: 'UNAUTHENTICATED', message: '请用 --user 指定账号。' } };
    const password = await io.password(`账号 ${io.user} 的密码：`);
    accountPassword = password;
    const result = await io.call('auth.signIn', { username: io.user, password });
    return result.ok ? null : result;
  };
  const signedIn = async (run: () => Promise<number>): Promise<number> => {
    const refused = await signIn();
    return refused ? emit(refused, () => '') : run();
  };

  if (group === 'compare') {
    const documentId = text('document');
    const fromVersionId = text('from');
    const to = text('to');
    if (!documentId || !fromVersionId || !to) {
      return usageError(io, '比对文件的两个版本需要 --document、--from 和 --to。', USAGE);
    }
    return signedIn(async () => {
      const input = { documentId, fromVersionId, toVersionId: to === 'draft' ? null : to };
      const result = await io.call('compare.run', input);
      const code = emit(result, (view: { result: CompareResult; millis: number }) => {
        const lines: string[] = [];
        printCompareSummary(
          { out: (line) => lines.push(line), err: (line) => io.err(line), json: false },
          view.result,
          view.millis,
        );
        return lines.join('\n');
      });
      for (const [flag, format] of [
        ['docx', 'tracked'],
        ['table', 'table'],
      ] as const) {
        const path = text(flag);
        if (code !== 0 || !path) continue;
        const file = await io.call('compare.export', { ...input, format });
        if (!file.ok) return emit(file, () => '');
        await writeFile(path, Buffer.from((file.value as { data: string }).data, 'base64'));
        if (!io.json) io.out(`已写出：${path}`);
      }
      return code;
    });
  }

  if (group === 'catalog') return runCatalogCommand(io, flags, signedIn);
  if (group === 'stats') return runStatsCommand(io, flags, signedIn);

  if (group === 'import') {
    const file = action;
    const documentId = text('document');
    if (!file || !documentId) {
      return usageError(io, '请给出要导入的 .docx 文件和 --document 文件ID。', USAGE);
    }
    return signedIn(async () => {
      const data = await readFile(file).catch(() => null);
      if (!data)
        return emit({ ok: false, error: { code: 'NOT_FOUND', message: `无法读取文件：${file}` } }, () => '');
      const result = await io.call('imports.docx', {
        documentId,
        fileName: basename(file),
        data: data.toString('base64'),
        label: text('label'),
      });
      return emit(result, (imported: { version: { seq: number; label: string }; warnings: string[] }) =>
        [
          `已导入为“${versionTitle(imported.version.seq, imported.version.label)}”`,
          ...imported.warnings,
        ].join('\n'),
      );
    });
  }

  if (group === 'package' && action === 'build') {
    const documentId = text('document');
    if (!documentId) {
      return usageError(io, '请用 --document 指定文件。', USAGE);
    }
    return signedIn(() =>
      buildPackage(io, documentId, flags, repeatedFlag(argv, 'recipient'), accountPassword),
    );
  }
  if (group === 'filing') return runFilingCommand({ io, action, text, emit, signedIn });
  if (group === 'audit' && action !== 'verify') return runAuditCommand({ io, action, text, emit, signedIn });
  if (group === 'fair-competition') return runFairCompetitionCommand({ io, action, text, emit, signedIn });
  if (group === 'decisions') return runDecisionsCommand({ io, action, text, emit, signedIn });
  if (group === 'cleanup') {
    const flag = (name: string) => flags[name] === true;
    return runCleanupCommand({ io, action, text, flag, emit, signedIn });
  }
  if (group === 'version') {
    const flag = (name: string) => flags[name] === true;
    return runVersionCommand({ io, action, text, flag, emit, signedIn });
  }
  if (group === 'review') return runReviewCommand({ io, action, text, emit, signedIn });
  if (group === 'validity') return runValidityCommand({ io, action, text, emit, signedIn });
  if (group === 'disclosure') return runDisclosureCommand({ io, action, text, emit, signedIn });
  if (group === 'search')
    return runSearchCommand({ io, action, words: positionals.slice(1), text, emit, signedIn });
  if (group === 'laws' || group === 'citations')
    return runLawCommand({ io, group, action, text, emit, signedIn });

  if (group === 'workflow' && (action === 'show' || action === 'step')) {
    const documentId = text('document');
    const type = positionals[2];
    if (!documentId || (action === 'step' && !type)) {
      return usageError(io, '请用 --document 指定文件；workflow step 还需要步骤名称。', USAGE);
    }
    return signedIn(async () => {
      if (action === 'step') {
        // The fields each step takes; the API checks them against the step's schema.
        const event: Record<string, unknown> = {
          type,
          ...workflowStepFields(flags),
          ...majorDecisionStepFields(flags),
        };
        if (typeof event.conclusion === 'string')
          event.conclusion = await conclusionCode(io, documentId, event.conclusion);
        const stepped = await io.call('workflow.transition', { documentId, event: event as never });
        if (!stepped.ok) return emit(stepped, () => '');
      }
      return emit(await workflowWithLock(io, documentId), describeWorkflow);
    });
  }

  if (group === 'issuance' && action === 'preview') {
    const documentId = text('document');
    if (!documentId) {
      return usageError(io, '请用 --document 指定文件。', USAGE);
    }
    return signedIn(async () => {
      const input = { documentId, publishedOn: text('published-on'), effectiveOn: text('effective-on') };
      return emit(await io.call('issuance.preview', input), describeIssuancePreview);
    });
  }

  switch (`${group ?? ''} ${action ?? ''}`.trim()) {
    case 'setup': {
      const username = text('admin');
      const password = await io.password(`管理员 ${username ?? ''} 的密码：`);
      const result = await io.call('setup.initialize', {
        agency: { agencyName: text('agency') ?? '', agencyCode: text('code') ?? '' },
        admin: {
          username: username ?? '',
          displayName: text('name') ?? username ?? '',
          password,
          roles: ['admin', 'drafter', 'reviewer', 'counsel', 'leader'],
        },
        demo: flags.demo === true,
      });
      return emit(
        result,
        (account: { username: string }) => `已完成初始设置，管理员账号：${account.username}`,
      );
    }
    case 'users list':
      return signedIn(async () =>
        emit(
          await io.call('users.list', {}),
          (accounts: { username: string; displayName: string; roles: string[]; active: boolean }[]) =>
            accounts
              .map(
                (a) =>
                  `${a.username}\t${a.displayName}\t${a.roles.map((r) => io.labels.roles[r] ?? r).join('、')}\t${a.active ? '启用' : '停用'}`,
              )
              .join('\n'),
        ),
      );
    case 'users add':
      return signedIn(async () => {
        const username = text('username') ?? '';
        const password =
          process.env.NORMDESK_NEW_PASSWORD ?? (await io.password(`新账号 ${username} 的密码：`));
        const roles = (text('roles') ?? '').split(',').filter(Boolean);
        const result = await io.call('users.create', {
          username,
          displayName: text('name') ?? username,
          password,
          roles: roles as never,
        });
        return emit(result, (account: { username: string }) => `已新建账号：${account.username}`);
      });
    case 'documents list':
      return signedIn(async () => {
        const year = text('year');
        const result = await io.call('documents.list', {
          kind: text('kind') as never,
          status: text('status') as never,
          year: year ? Number(year) : undefined,
          q: text('q'),
          page: Number(text('page') ?? 1),
          pageSize: Number(text('page-size') ?? 50),
        });
        return emit(
          result,
          (page: { total: number; items: { id: string; kind: string; status: string; title: string }[] }) =>
            [
              ...page.items.map(
                (d) =>
                  `${d.id}\t${io.labels.kinds[d.kind] ?? d.kind}\t${io.labels.statuses[d.status] ?? d.status}\t${d.title}`,
              ),
              `共 ${page.total} 件`,
            ].join('\n'),
        );
      });
    case 'documents create':
      return signedIn(async () =>
        emit(
          await io.call('documents.create', {
            kind: text('kind') as never,
            title: text('title') ?? '',
            draftingUnit: text('unit') ?? '',
            issuingAuthority: text('authority') ?? '',
            responsiblePerson: text('person') ?? '',
          }),
          (doc: { id: string; title: string }) => `已登记：${doc.id}\t${doc.title}`,
        ),
      );
    case 'signature roster': {
      const out = text('out');
      if (!out) {
        return usageError(io, '请用 --out 指定密钥名册的文件名。', USAGE);
      }
      return signedIn(async () => {
        const signed = await io.call('keyRoster.sign', { password: accountPassword });
        if (!signed.ok) return emit(signed, () => '');
        const file = await io.call('keyRoster.export', {});
        if (!file.ok) return emit(file, () => '');
        await writeFile(out, Buffer.from((file.value as { data: string }).data, 'base64'));
        const roster = signed.value as { entries: unknown[]; lastSigned: { signerFingerprint: string } };
        const value = {
          file: out,
          entries: roster.entries.length,
          signerFingerprint: roster.lastSigned.signerFingerprint,
        };
        return emit(
          { ok: true, value },
          () =>
            `已签发并写出密钥名册：${out}（${value.entries} 个密钥；签发密钥指纹 ${groupFingerprint(value.signerFingerprint)}）`,
        );
      });
    }
    case 'audit verify':
      return signedIn(async () => {
        const result = await io.call('audit.verify', {});
        const code = emit(
          result,
          (v: { ok: boolean; checked: number; firstBrokenSeq: number | null; reason: string | null }) =>
            v.ok
              ? `审计日志完整：已校验 ${v.checked} 条`
              : `审计日志在第 ${v.firstBrokenSeq} 条断裂：${v.reason}`,
        );
        return code === 0 && result.ok && !(result.value as { ok: boolean }).ok ? 3 : code;
      });
    default:
      return usageError(
        io,
        group ? `没有命令“${[group, action].filter(Boolean).join(' ')}”。` : '请给出命令。',
        USAGE,
      );
  }
}
