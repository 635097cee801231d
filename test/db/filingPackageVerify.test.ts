import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../src/main/api/context';
import { parseCommandLine, runCommand, type CliIo } from '../../src/main/cli/commands';
import { runPackageVerify } from '../../src/main/cli/packageCommands';
import { writeZip, type ZipEntry } from '../../src/main/export/filingPackage/zipWriter';
import { keyFingerprint } from '../../src/main/signing/keys';
import { verifyFilingPackage } from '../../src/main/signing/verifyPackage';
import type { ApiResult, Channel, ChannelInput } from '../../src/shared/api';
import { FilingManifest } from '../../src/shared/api/schemas/filingPackage';
import { DOCUMENT_KIND_LABELS } from '../../src/shared/domain/documentKinds';
import { DOCUMENT_STATUS_LABELS } from '../../src/shared/domain/documentStatus';
import { manifestSigningPayload, renderManifest } from '../../src/shared/domain/filing/manifest';
import { plainTextToBlocks } from '../../src/shared/domain/readers/plainTextToBlocks';
import { ROLE_LABELS } from '../../src/shared/domain/roles';
import { openTestApp, type TestApp } from '../support/app';
import { issuedDocument, type IssuedDocument } from '../support/issuedDocument';

const TEXT = [
  '某区统计数据质量管理办法',
  '第一条　为了保障统计数据质量，根据《中华人民共和国统计法》，制定本办法。',
  '第二条　本办法自2026年7月1日起施行。',
].join('\n');

let app: TestApp;
let issued: IssuedDocument;
let packageFile: string;
let entries: ZipEntry[];

function cliIo(user?: string) {
  const session: Session = { accountId: null };
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    json: true,
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    call: <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<unknown>> =>
      app.dispatcher.dispatch(session, channel, input),
    password: () => Promise.resolve('secret-password-1'),
    user,
    labels: { kinds: DOCUMENT_KIND_LABELS, statuses: DOCUMENT_STATUS_LABELS, roles: ROLE_LABELS },
  };
  return { io, out, err };
}

async function verifyFile(file: string, flags: Record<string, string> = {}) {
  const { io, out } = cliIo();
  const code = await runPackageVerify(io, file, flags);
  return { code, result: JSON.parse(out[0] ?? '{}') as { ok: boolean; error?: { message: string } } };
}

beforeAll(async () => {
  app = openTestApp({});
  issued = await issuedDocument(app, plainTextToBlocks(TEXT));
  packageFile = join(app.dataDir, 'package.zip');
  const args = ['package', 'build', '--document', issued.documentId, '--out', packageFile, '--json'];
  const { io, out } = cliIo('reviewer');
  const code = await runCommand(io, parseCommandLine(args).positionals, args);
  expect(out.join('\n')).toContain('"ok":true');
  expect(code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(packageFile));
  entries = await Promise.all(
    Object.values(zip.files).map(async (file) => ({ name: file.name, data: await file.async('nodebuffer') })),
  );
}, 60_000);
afterAll(() => app.close());

const rezip = (changed: ZipEntry[]) => writeZip(changed, new Date('2026-06-05T02:00:00Z'));

describe('package verify', () => {
  test('a package as built verifies: exit 0, naming who signed', async () => {
    const { code, result } = await verifyFile(packageFile);
    expect(code).toBe(0);
    expect(result).toMatchObject({ ok: true, value: { signer: { username: 'reviewer' } } });
  });

  test('one byte changed inside a file of the .zip: exit 3 naming the file', async () => {
    const bytes = readFileSync(packageFile);
    const name = Buffer.from('02-正式文本.docx', 'utf8');
    const at = bytes.indexOf(name) + name.length + 200;
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    const tampered = join(app.dataDir, 'tampered.zip');
    writeFileSync(tampered, bytes);
    const { code, result } = await verifyFile(tampered);
    expect(code).toBe(3);
    expect(result.error?.message).toContain('02-正式文本.docx');
  });

  test('one byte changed in each entry is found and named', async () => {
    for (const entry of entries) {
      const changed = entries.map((other) => {
        if (other.name !== entry.name) return other;
        const data = Buffer.from(other.data);
        const at = Math.floor(data.length / 2);
        data[at] = (data[at] ?? 0) ^ 0x01;
        return { name: other.name, data };
      });
      const verdict = await verifyFilingPackage(rezip(changed));
      expect(verdict.ok, entry.name).toBe(false);
      expect(
        verdict.problems.some((problem) => problem.entry === entry.name),
        `${entry.name}: ${JSON.stringify(verdict.problems)}`,
      ).toBe(true);
    }
  });

  test('an extra file and a missing file are each named', async () => {
    const extra = await verifyFilingPackage(
      rezip([...entries, { name: '说明.txt', data: Buffer.from('x') }]),
    );
    expect(extra.problems).toEqual([expect.objectContaining({ code: 'ENTRY_EXTRA', entry: '说明.txt' })]);
    const missing = await verifyFilingPackage(
      rezip(entries.filter((entry) => entry.name !== '04-制定依据.docx')),
    );
    expect(missing.problems).toEqual([
      expect.objectContaining({ code: 'ENTRY_MISSING', entry: '04-制定依据.docx' }),
    ]);
  });

  const manifestOf = () =>
    FilingManifest.parse(
      JSON.parse(entries.find((entry) => entry.name === 'manifest.json')!.data.toString('utf8')),
    );
  const withManifest = (manifest: FilingManifest) =>
    rezip(
      entries.map((entry) =>
        entry.name === 'manifest.json'
          ? { name: entry.name, data: Buffer.from(renderManifest(manifest)) }
          : entry,
      ),
    );

  test('a manifest edited and written out neatly again fails its signature', async () => {
    const verdict = await verifyFilingPackage(
      withManifest({ ...manifestOf(), reportNumber: '某统规备字〔2026〕9号' }),
    );
    expect(verdict.problems.map((problem) => problem.code)).toEqual(['BAD_SIGNATURE']);
  });

  test('a manifest signed by a key the roster does not hold is refused, however well it signs', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const spki = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    const forged = { ...manifestOf(), signer: { fingerprint: keyFingerprint(spki), publicKey: spki } };
    forged.signature = sign(null, Buffer.from(manifestSigningPayload(forged)), privateKey).toString('base64');
    const verdict = await verifyFilingPackage(withManifest(forged));
    expect(verdict.problems.map((problem) => problem.code)).toEqual(['KEY_UNKNOWN']);
    const file = join(app.dataDir, 'forged.zip');
    writeFileSync(file, withManifest(forged));
    expect((await verifyFile(file)).code).toBe(3);
  });

  test('--roster checks against the office own roster instead of the one carried', async () => {
    const roster = join(app.dataDir, 'roster.json');
    writeFileSync(roster, JSON.stringify(manifestOf().roster));
    expect((await verifyFile(packageFile, { roster })).code).toBe(0);
    writeFileSync(roster, JSON.stringify({ ...manifestOf().roster, agencyName: '别的机关' }));
    const refused = await verifyFile(packageFile, { roster });
    expect(refused.code).toBe(3);
    expect(refused.result.error?.message).toContain('密钥名册的签名无效');
  });

  test('usage and unreadable files have their own exit codes', async () => {
    const { io } = cliIo();
    expect(await runPackageVerify(io, undefined, {})).toBe(2);
    expect(await runPackageVerify(io, join(app.dataDir, 'none.zip'), {})).toBe(1);
  });
});
