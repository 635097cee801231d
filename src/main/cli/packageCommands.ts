import { readFile } from 'node:fs/promises';
import { groupFingerprint } from '../../shared/domain/keyRoster';
import { verifyFilingPackage } from '../signing/verifyPackage';
import type { CommandOutput } from './reviewCommands';

type Flags = Record<string, string | boolean | undefined>;

const USAGE = '用法: npm run cli -- package verify <材料包.zip> [--roster 密钥名册.json]';

function fail(io: CommandOutput, code: string, message: string, exit: number): number {
  if (io.json) io.out(JSON.stringify({ ok: false, error: { code, message } }));
  else io.err(`错误 [${code}] ${message}`);
  return exit;
}

/**
 * `cli package verify <file.zip> [--roster R]`: checks a filing package offline — every file against the
 * manifest, the manifest's signature, and the preparer's key against the key roster (R, else the one the
 * manifest carries). Exit 0 valid; 3 when a file or the manifest was changed, a file is missing or
 * extra, or the signature or signer cannot be confirmed (each named); 1 when a file cannot be read; 2 usage.
 */
export async function runPackageVerify(
  io: CommandOutput,
  file: string | undefined,
  flags: Flags,
): Promise<number> {
  if (!file) return fail(io, 'INVALID_INPUT', USAGE, 2);
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) return fail(io, 'NOT_FOUND', `无法读取文件：${file}`, 1);
  const rosterFile = typeof flags.roster === 'string' ? flags.roster : undefined;
  let roster: unknown;
  if (rosterFile) {
    const raw = await readFile(rosterFile, 'utf8').catch(() => null);
    if (raw === null) return fail(io, 'NOT_FOUND', `无法读取文件：${rosterFile}`, 1);
    try {
      roster = JSON.parse(raw) as unknown;
    } catch {
      return fail(io, 'INVALID_FILE', '密钥名册不是有效的 JSON。', 1);
    }
  }
  const verdict = await verifyFilingPackage(bytes, roster);
  if (io.json) {
    io.out(
      JSON.stringify(
        verdict.ok
          ? { ok: true, value: verdict }
          : {
              ok: false,
              error: {
                code: verdict.problems[0]?.code ?? 'INVALID_FILE',
                message: verdict.problems
                  .map((problem) => (problem.entry ? `${problem.entry}：${problem.reason}` : problem.reason))
                  .join('；'),
              },
              value: verdict,
            },
      ),
    );
    return verdict.ok ? 0 : 3;
  }
  if (verdict.manifest) {
    const { document } = verdict.manifest;
    io.out(
      `材料包：《${document.title}》（${document.docNumber}），备案字号 ${verdict.manifest.reportNumber}`,
    );
    io.out(`报送：${verdict.manifest.recipients.join('、')}；共 ${verdict.files} 个文件`);
  }
  if (verdict.ok && verdict.signer) {
    io.out(
      `材料包完整，签名有效：由${verdict.signer.name}（账号 ${verdict.signer.username}）于 ${verdict.manifest?.preparedAt ?? ''} 签署。`,
    );
    io.out(`密钥指纹：${groupFingerprint(verdict.signer.fingerprint)}`);
  } else {
    io.out('材料包不能通过验证：');
    for (const problem of verdict.problems)
      io.out(`  ${problem.entry ? `${problem.entry}：` : ''}${problem.reason}`);
  }
  if (verdict.roster)
    io.out(
      `密钥名册：${verdict.roster.agencyName}，${verdict.roster.exportedAt} 由${verdict.roster.signerName}签发，管理员密钥指纹 ${groupFingerprint(verdict.roster.signerFingerprint)}（请与本机关公布的指纹核对）`,
    );
  return verdict.ok ? 0 : 3;
}
