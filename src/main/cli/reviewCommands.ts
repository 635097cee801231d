import { readFile } from 'node:fs/promises';
import { DomainError } from '../../shared/api';
import { SignatureExport } from '../../shared/api/schemas/review';
import { deadline, type Period } from '../../shared/domain/calendar/deadline';
import { BUNDLED_HOLIDAYS } from '../../shared/domain/calendar/holidayTable';
import { isIsoDate } from '../../shared/domain/calendar/isoDate';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/domain/documentKinds';
import { runPrecheck, SEVERITY_LABELS } from '../../shared/domain/precheck';
import { builtinRuleProfile, DEFAULT_RULE_PROFILE_ID } from '../../shared/domain/builtinRuleProfiles';
import { versionName } from '../../shared/domain/versionName';
import { lawLibrary } from '../services/lawLibrary';
import { verifyPayload } from '../signing/keys';
import { readBlocksFromFile } from './readBlocks';

export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
  json: boolean;
}

type Flags = Record<string, string | boolean | undefined>;
const text = (flags: Flags, name: string) => (typeof flags[name] === 'string' ? flags[name] : undefined);

function fail(io: CommandOutput, code: string, message: string, exit = 1): number {
  if (io.json) io.out(JSON.stringify({ ok: false, error: { code, message } }));
  else io.err(`错误 [${code}] ${message}`);
  return exit;
}

/**
 * `cli deadline --from 2026-04-30 (--working-days 5 | --days 30 | --period review|filing [--kind K])
 * [--profile ID]`: the due date on the bundled holiday calendar, with a warning for years without data.
 */
export function runDeadline(io: CommandOutput, flags: Flags): number {
  const from = text(flags, 'from');
  if (!from || !isIsoDate(from))
    return fail(io, 'INVALID_INPUT', '请用 --from 给出起算日（YYYY-MM-DD）。', 2);
  const profileId = text(flags, 'profile') ?? DEFAULT_RULE_PROFILE_ID;
  const profile = builtinRuleProfile(profileId);
  if (!profile) return fail(io, 'NOT_FOUND', `没有规则配置“${profileId}”。`, 2);
  const kind = (text(flags, 'kind') ?? 'admin_normative') as DocumentKind;
  if (!DOCUMENT_KINDS.includes(kind)) return fail(io, 'INVALID_INPUT', `未知的文件类别“${kind}”。`, 2);
  let period: Period;
  const working = text(flags, 'working-days');
  const days = text(flags, 'days');
  const named = text(flags, 'period');
  if (working) period = { count: Number(working), unit: 'working' };
  else if (days) period = { count: Number(days), unit: 'calendar' };
  else if (named === 'review') period = { count: profile.reviewPeriod[kind].maxWorkingDays, unit: 'working' };
  else if (named === 'filing' && profile.filing[kind].period) period = profile.filing[kind].period;
  else return fail(io, 'INVALID_INPUT', '请给出 --working-days N、--days N 或 --period review|filing。', 2);
  if (!Number.isInteger(period.count) || period.count < 0)
    return fail(io, 'INVALID_INPUT', '期限天数应为非负整数。', 2);
  const result = deadline(from, period, BUNDLED_HOLIDAYS);
  if (io.json)
    io.out(JSON.stringify({ ok: true, value: { from, ...period, profile: profile.id, ...result } }));
  else {
    io.out(
      `${from} 起 ${period.count} ${period.unit === 'working' ? '个工作日' : '日'}，截止日：${result.due}`,
    );
    result.warnings.forEach((warning) => io.err(`注意：${warning.message}`));
  }
  return 0;
}

/** `cli precheck <file> [--kind K]`: the 智能预审 findings of a .docx/.txt/.md file, without a database. */
export async function runPrecheckCommand(
  io: CommandOutput,
  file: string | undefined,
  flags: Flags,
): Promise<number> {
  if (!file) return fail(io, 'INVALID_INPUT', '用法: npm run cli -- precheck <文件> [--kind K] [--json]', 2);
  const kind = (text(flags, 'kind') ?? 'admin_normative') as DocumentKind;
  if (!DOCUMENT_KINDS.includes(kind)) return fail(io, 'INVALID_INPUT', `未知的文件类别“${kind}”。`, 2);
  try {
    const { blocks } = await readBlocksFromFile(file);
    const findings = runPrecheck({ blocks, document: { kind }, library: lawLibrary() });
    if (io.json) io.out(JSON.stringify({ ok: true, value: { file, findings } }));
    else {
      for (const finding of findings) {
        io.out(
          `${SEVERITY_LABELS[finding.severity]}\t${finding.article ?? '—'}\t${finding.ruleId}\t${finding.message}`,
        );
      }
      io.out(`共 ${findings.length} 项`);
    }
    return 0;
  } catch (error) {
    if (error instanceof DomainError) return fail(io, error.code, error.message);
    throw error;
  }
}

/** `cli signature verify <file.json>`: checks an exported sign-off offline. Exit 0 valid, 3 invalid. */
export async function runSignatureVerify(io: CommandOutput, file: string | undefined): Promise<number> {
  if (!file) return fail(io, 'INVALID_INPUT', '用法: npm run cli -- signature verify <签名文件.json>', 2);
  const raw = await readFile(file, 'utf8').catch(() => null);
  if (raw === null) return fail(io, 'NOT_FOUND', `无法读取文件：${file}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return fail(io, 'INVALID_FILE', '签名文件不是有效的 JSON。');
  }
  const exported = SignatureExport.safeParse(parsed);
  if (!exported.success) return fail(io, 'INVALID_FILE', '这不是 NormDesk 导出的签名文件。');
  const valid = verifyPayload(exported.data.publicKey, exported.data.payload, exported.data.signature);
  const payload = JSON.parse(exported.data.payload) as {
    documentTitle?: string;
    versionSeq?: number;
    contentHash?: string;
    opinion?: string;
    signer?: { name?: string };
    signedAt?: string;
  };
  if (io.json) io.out(JSON.stringify({ ok: true, value: { valid, payload } }));
  else {
    io.out(valid ? '签名有效。' : '签名无效：内容或签名已被改动。');
    io.out(
      `文件：${payload.documentTitle ?? ''}（${payload.versionSeq === undefined ? '版本不明' : versionName(payload.versionSeq)}，内容哈希 ${payload.contentHash ?? ''}）`,
    );
    io.out(`签署人：${payload.signer?.name ?? ''}，时间：${payload.signedAt ?? ''}`);
  }
  return valid ? 0 : 3;
}
