import { readFile } from 'node:fs/promises';
import { DomainError } from '../../shared/api';
import { SignatureExport } from '../../shared/api/schemas/review';
import { deadline, type Period } from '../../shared/domain/calendar/deadline';
import { BUNDLED_HOLIDAYS } from '../../shared/domain/calendar/holidayTable';
import { isIsoDate } from '../../shared/domain/calendar/isoDate';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/domain/documentKinds';
import { precheckOptionsFor, runPrecheck, SEVERITY_LABELS } from '../../shared/domain/precheck';
import { builtinRuleProfile, DEFAULT_RULE_PROFILE_ID } from '../../shared/domain/builtinRuleProfiles';
import { versionName } from '../../shared/domain/versionName';
import { lawLibrary } from '../services/lawLibrary';
import { verifySignoffFile } from '../signing/verifySignoff';
import { groupFingerprint } from '../../shared/domain/keyRoster';
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
  if (!Number.isInteger(period.count) || period.count < 1)
    return fail(
      io,
      'INVALID_INPUT',
      `期限天数应为不小于 1 的整数，收到“${working ?? days ?? period.count}”。`,
      2,
    );
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

/**
 * `cli precheck <file> [--kind K] [--profile ID]`: the 智能预审 findings of a .docx/.txt/.md file, without a
 * database; the numbers (有效期 by title, days to 施行) come from a built-in rule profile.
 */
export async function runPrecheckCommand(
  io: CommandOutput,
  file: string | undefined,
  flags: Flags,
): Promise<number> {
  if (!file)
    return fail(
      io,
      'INVALID_INPUT',
      '用法: npm run cli -- precheck <文件> [--kind K] [--profile ID] [--json]',
      2,
    );
  const kind = (text(flags, 'kind') ?? 'admin_normative') as DocumentKind;
  if (!DOCUMENT_KINDS.includes(kind)) return fail(io, 'INVALID_INPUT', `未知的文件类别“${kind}”。`, 2);
  const profileId = text(flags, 'profile') ?? DEFAULT_RULE_PROFILE_ID;
  const profile = builtinRuleProfile(profileId);
  if (!profile) return fail(io, 'NOT_FOUND', `没有规则配置“${profileId}”。`, 2);
  try {
    const { blocks } = await readBlocksFromFile(file);
    const options = precheckOptionsFor(profile, kind);
    const findings = runPrecheck({ blocks, document: { kind }, library: lawLibrary(), options });
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

async function readJson(file: string): Promise<{ ok: true; value: unknown } | { ok: false; code: string }> {
  const raw = await readFile(file, 'utf8').catch(() => null);
  if (raw === null) return { ok: false, code: 'NOT_FOUND' };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, code: 'INVALID_FILE' };
  }
}

const ROLE_NAMES: Record<string, string> = { counsel: '法律顾问', reviewer: '审核人员', admin: '管理员' };

/**
 * `cli signature verify <file.json> [--roster R]`: checks an exported sign-off offline: the signature,
 * then whose key made it according to the key roster (R, else the one inside the file). Exit 0 when the
 * key was the named signer's at the signing time, 3 when refused (with the reason), 1 when a file
 * cannot be read.
 */
export async function runSignatureVerify(
  io: CommandOutput,
  file: string | undefined,
  flags: Flags = {},
): Promise<number> {
  if (!file)
    return fail(
      io,
      'INVALID_INPUT',
      '用法: npm run cli -- signature verify <签名文件.json> [--roster 密钥名册.json]',
      2,
    );
  const read = await readJson(file);
  if (!read.ok)
    return read.code === 'NOT_FOUND'
      ? fail(io, 'NOT_FOUND', `无法读取文件：${file}`)
      : fail(io, 'INVALID_FILE', '签名文件不是有效的 JSON。');
  const exported = SignatureExport.safeParse(read.value);
  if (!exported.success) return fail(io, 'INVALID_FILE', '这不是 NormDesk 导出的签名文件。');
  const rosterFile = text(flags, 'roster');
  let givenRoster: unknown;
  if (rosterFile) {
    const roster = await readJson(rosterFile);
    if (!roster.ok)
      return roster.code === 'NOT_FOUND'
        ? fail(io, 'NOT_FOUND', `无法读取文件：${rosterFile}`)
        : fail(io, 'INVALID_FILE', '密钥名册不是有效的 JSON。');
    givenRoster = roster.value;
  }
  const verdict = verifySignoffFile(exported.data, givenRoster);
  const { payload } = verdict;
  if (io.json) {
    io.out(
      JSON.stringify(
        verdict.ok
          ? { ok: true, value: { valid: true, payload, signer: verdict.signer, roster: verdict.roster } }
          : {
              ok: false,
              code: verdict.code,
              reason: verdict.reason,
              error: { code: verdict.code, message: verdict.reason },
              fingerprint: verdict.fingerprint,
              key: verdict.key,
              roster: verdict.roster,
              payload,
            },
      ),
    );
    return verdict.ok ? 0 : 3;
  }
  const role = ROLE_NAMES[payload.signer?.role ?? ''] ?? payload.signer?.role ?? '';
  if (verdict.ok) {
    const key = verdict.signer;
    io.out(`签名有效：由${key.name}（${role}，账号 ${key.username}）以其密钥签署，签署时该密钥有效。`);
    io.out(`密钥指纹：${groupFingerprint(key.fingerprint)}`);
  } else {
    io.out(`签名不能确认：${verdict.reason}`);
    if (verdict.fingerprint) io.out(`所用密钥指纹：${groupFingerprint(verdict.fingerprint)}`);
    if (verdict.key)
      io.out(
        `名册中该密钥属于：${verdict.key.name}（账号 ${verdict.key.username}），有效期 ${verdict.key.validFrom} 至 ${verdict.key.validUntil ?? '今'}`,
      );
  }
  io.out(
    `文件：${payload.documentTitle ?? ''}（${payload.versionSeq === undefined ? '版本不明' : versionName(payload.versionSeq)}，内容哈希 ${payload.contentHash ?? ''}）`,
  );
  io.out(`文件所署签署人：${payload.signer?.name ?? ''}（${role}），时间：${payload.signedAt ?? ''}`);
  if (verdict.roster)
    io.out(
      `密钥名册：${verdict.roster.agencyName}，${verdict.roster.exportedAt} 由${verdict.roster.signerName}签发，管理员密钥指纹 ${groupFingerprint(verdict.roster.signerFingerprint)}（请与本机关公布的指纹核对）`,
    );
  return verdict.ok ? 0 : 3;
}
