import { createHash } from 'node:crypto';
import type { ChannelOutput, ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import {
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  type FilingManifest,
  type FilingPackageCheck,
  type FilingPackageSummary,
} from '../../shared/api/schemas/filingPackage';
import { SIGNOFF_OPINION_LABELS } from '../../shared/api/schemas/review';
import { yearOf } from '../../shared/domain/calendar/isoDate';
import { DOCUMENT_KIND_LABELS } from '../../shared/domain/documentKinds';
import {
  checkFilingPackage as checkCompleteness,
  ISSUER_LEVEL_LABELS,
} from '../../shared/domain/filing/completeness';
import { manifestSigningPayload, renderManifest } from '../../shared/domain/filing/manifest';
import { formatNumber } from '../../shared/domain/numbering';
import { OPINION_LETTER_NAMES } from '../../shared/domain/opinionLetter';
import { reviewOutcomeOf } from '../../shared/domain/ruleProfileSchema';
import { versionTitle } from '../../shared/domain/versionName';
import * as attachments from '../db/repos/attachments';
import { latestDeliberation } from '../db/repos/deliberations';
import type { DocumentRecord } from '../db/repos/documents';
import * as filingPackages from '../db/repos/filingPackages';
import type { FilingPackageRecord } from '../db/repos/filingPackages';
import * as numbers from '../db/repos/numbers';
import { findIssuance, type IssuanceRecord, listIssuanceHistory } from '../db/repos/issuances';
import { listLegalBases } from '../db/repos/legalBases';
import * as reviewCases from '../db/repos/reviewCases';
import { findUserById } from '../db/repos/users';
import { findVersion, listVersions } from '../db/repos/versions';
import type { Deps } from '../deps';
import {
  buildBlocksDocx,
  buildFilingReportDocx,
  buildIssuedTextDocx,
  buildLegalBasesDocx,
  buildSignedOpinionDocx,
} from '../export/filingPackage/documents';
import { writeZip, type ZipEntry } from '../export/filingPackage/zipWriter';
import { convertDocx } from '../import/docxImport';
import { exportCompare } from './compare';
import { requireAccount, type ServiceContext, type StagedOperation } from './context';
import { mustFindDocument } from './documents';
import { lawLibrary } from './lawLibrary';
import { verifyPassword } from './passwords';
import { exportOpinion } from './reviewLetters';
import { activeRuleProfile, holidayTable, today } from './rules';
import { getAgency } from './settings';
import { exportSignoff, listSignoffs } from './signoffs';
import { signNamingKey, signedRosterForExport } from './signingKeys';
import { findCurrentKey } from '../db/repos/signingKeyRoster';
import { versionBlocks } from './versions';

/**
 * The sign-offs a package is checked against: after 修改后重新印发, those on the texts of earlier
 * issuances (up to the last version issued before) belong to the earlier filing, not to this one.
 */
function currentCycleSignoffs(deps: Deps, documentId: string) {
  const signoffs = listSignoffs(deps, { documentId });
  const replaced = listIssuanceHistory(deps.db, documentId).at(-1);
  const lastIssuedSeq = replaced ? (findVersion(deps.db, replaced.versionId)?.seq ?? 0) : 0;
  return signoffs.filter((signoff) => signoff.versionSeq > lastIssuedSeq);
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * A package names its signer through the agency's signed key roster: without one that holds the
 * preparer's current key, `package verify` cannot say who signed, so the package would be refused.
 */
function rosterGap(deps: Deps, preparerId: string | null): string | null {
  const signed = signedRosterForExport(deps);
  if (!signed) {
    return '本机关的密钥名册尚未签发，材料包无法离线核验签名人。请管理员在设置中签发密钥名册后再生成。';
  }
  const current = preparerId ? findCurrentKey(deps.db, preparerId) : null;
  if (current && signed.entries.some((entry) => entry.fingerprint === current.fingerprint)) return null;
  return '最新签发的密钥名册中没有您当前的签名密钥，材料包无法离线核验签名人。请管理员重新签发密钥名册后再生成。';
}

/** Everything the completeness check and the build read about one document. */
function gather(deps: Deps, documentId: string, chosen: string[] | undefined, preparerId: string | null) {
  const document = mustFindDocument(deps, documentId);
  const { profile } = activeRuleProfile(deps);
  const issuance = findIssuance(deps.db, document.id);
  const concluded = reviewCases
    .listReviews(deps.db, { documentId: document.id, state: 'concluded' })
    .sort((a, b) => b.round - a.round)[0];
  const outcome = concluded?.conclusion
    ? reviewOutcomeOf(profile, document.kind, concluded.conclusion)
    : null;
  const explanation = attachments
    .listAttachments(deps.db, document.id)
    .filter((file) => file.materialKind === 'drafting_explanation' && !file.withdrawnAt)
    .at(-1);
  const signoffs = currentCycleSignoffs(deps, document.id);
  const bases = listLegalBases(deps.db, document.id);
  const facts = {
    kind: document.kind,
    title: document.title,
    issuingAuthority: document.issuingAuthority,
    issuance,
    review: concluded
      ? {
          concluded: true,
          conclusionLabel: concluded.conclusionLabel,
          allowsDeliberation: outcome?.allowsDeliberation ?? false,
        }
      : null,
    draftingExplanation: explanation ? { fileName: explanation.fileName } : null,
    legalBases: bases.length,
    signoffs: signoffs.map((signoff) => ({
      ...signoff,
      versionLabel: versionTitle(signoff.versionSeq, signoff.versionLabel),
    })),
    recipients: [] as string[],
    today: today(deps),
  };
  const suggested = checkCompleteness(profile, facts, holidayTable(deps))
    .recipientOptions.filter((option) => option.suggested)
    .map((option) => option.name);
  facts.recipients = chosen ?? suggested;
  const check = checkCompleteness(profile, facts, holidayTable(deps));
  const roster = rosterGap(deps, preparerId);
  if (roster) check.gaps.push(roster);
  return { document, profile, issuance, concluded, explanation, signoffs, bases, facts, check };
}

/** The 备案字号 the next allocation gives, in the profile's format; null when the format cannot be filled. */
function reportNumberFormat(deps: Deps) {
  const { profile } = activeRuleProfile(deps);
  const agency = getAgency(deps);
  // Without a 区域简称 in the profile, the agency's 机关代字 stands in for it (e.g. 某统规备字〔2026〕1号).
  const region = profile.numbering.registration.region || (agency.agencyCode ?? '');
  const scope = region;
  const year = yearOf(today(deps));
  const format = (seq: number) =>
    formatNumber(profile.numbering.filingReport.template, {
      year,
      seq,
      region,
      agencyCode: agency.agencyCode ?? undefined,
    });
  return { scope, year, format };
}

function peekReportNumber(deps: Deps): string | null {
  const { scope, year, format } = reportNumberFormat(deps);
  try {
    return format(numbers.lastSeq(deps.db, { series: 'filing_report', scope, year }) + 1);
  } catch {
    return null;
  }
}

/**
 * Takes the next 备案字号 inside the transaction that stores the package (a failed build gives none);
 * once given it is never given again, even when the package is superseded.
 */
function allocateReportNumber(ctx: ServiceContext, documentId: string, actorId: string, at: string) {
  const { scope, year, format } = reportNumberFormat(ctx);
  const key = { series: 'filing_report' as const, scope, year };
  const seq = numbers.lastSeq(ctx.db, key) + 1;
  const number = format(seq);
  numbers.raiseLastSeq(ctx.db, key, seq);
  numbers.insertIssuedNumber(ctx.db, { ...key, seq, number, documentId, issuedAt: at, issuedBy: actorId });
  return { seq, number };
}

function mayOverride(ctx: ServiceContext): boolean {
  return ctx.account?.roles.includes('admin') ?? false;
}

export function checkFilingPackage(
  ctx: ServiceContext,
  input: ParsedInput<'filingPackages.check'>,
): FilingPackageCheck {
  requireAccount(ctx);
  const { document, issuance, check } = gather(
    ctx,
    input.documentId,
    input.recipients,
    ctx.account?.id ?? null,
  );
  return {
    ...check,
    issuerLevelLabel: ISSUER_LEVEL_LABELS[check.issuerLevel],
    recipients: input.recipients ?? check.recipientOptions.filter((o) => o.suggested).map((o) => o.name),
    nextReportNumber: peekReportNumber(ctx),
    versions: listVersions(ctx.db, document.id).map((v) => ({ id: v.id, seq: v.seq, label: v.label })),
    issuedVersionId: issuance?.versionId ?? null,
    canOverride: mayOverride(ctx),
  };
}

interface PreparedPackage {
  reportNumber: string;
  reports: { recipient: string; data: Buffer }[];
  files: ZipEntry[];
  gaps: string[];
  issuance: IssuanceRecord;
  document: DocumentRecord;
  filingDueOn: string | null;
}

const decode = (file: { data: string }) => Buffer.from(file.data, 'base64');

/** The files after the 备案报告, in the order the report lists them. */
async function materialFiles(
  ctx: ServiceContext,
  input: ParsedInput<'filingPackages.build'>,
  gathered: ReturnType<typeof gather>,
  issuance: IssuanceRecord,
): Promise<ZipEntry[]> {
  const { document, explanation, concluded, bases, signoffs } = gathered;
  const agencyName = getAgency(ctx).agencyName;
  const files: ZipEntry[] = [];
  const { blocks } = versionBlocks(ctx, issuance.versionId);
  files.push({
    name: '02-正式文本.docx',
    data: await buildIssuedTextDocx({
      documentTitle: document.title,
      docNumber: issuance.docNumber,
      registrationNumber: issuance.registrationNumber,
      blocks,
      agencyName,
    }),
  });
  if (explanation) {
    const content = attachments.readAttachmentContent(ctx.db, explanation.id);
    if (content && /\.docx$/i.test(explanation.fileName)) {
      const converted = await convertDocx(content, () => ctx.ids.next());
      files.push({
        name: '03-制定说明.docx',
        data: await buildBlocksDocx(`关于《${document.title}》的制定说明`, converted.blocks, agencyName),
      });
    } else if (content) {
      const extension = /\.[A-Za-z0-9]{1,8}$/.exec(explanation.fileName)?.[0] ?? '';
      files.push({ name: `03-制定说明${extension}`, data: content });
    }
  }
  const library = lawLibrary(ctx.db);
  files.push({
    name: '04-制定依据.docx',
    data: await buildLegalBasesDocx(
      document.title,
      bases.map((basis) => ({
        lawTitle: basis.lawTitle,
        article: basis.article,
        status: library.find(basis.lawTitle)?.law.status ?? '未收录',
        note: basis.note,
      })),
      agencyName,
    ),
  });
  if (concluded) {
    files.push({
      name: `05-${OPINION_LETTER_NAMES[document.kind].letter}.docx`,
      data: decode(await exportOpinion(ctx, { caseId: concluded.id })),
    });
  }
  const current = signoffs.filter((signoff) => signoff.versionId === issuance.versionId);
  for (const [index, signoff] of current.entries()) {
    const stem = `06-法律意见${index + 1}-${signoff.signerName}`;
    files.push({
      name: `${stem}.docx`,
      data: await buildSignedOpinionDocx({
        documentTitle: document.title,
        signerName: signoff.signerName,
        signerRoleLabel: signoff.signerRole === 'counsel' ? '法律顾问' : '审核人员',
        opinionLabel: SIGNOFF_OPINION_LABELS[signoff.opinion],
        text: signoff.text,
        signedAt: signoff.signedAt,
        versionLabel: versionTitle(signoff.versionSeq, signoff.versionLabel),
        contentHash: signoff.contentHash,
        fingerprint: signoff.keyFingerprint,
        valid: signoff.valid,
      }),
    });
    files.push({ name: `${stem}.json`, data: decode(exportSignoff(ctx, { id: signoff.id })) });
  }
  if (input.comparisonBaseVersionId) {
    const table = await exportCompare(ctx, {
      documentId: document.id,
      fromVersionId: input.comparisonBaseVersionId,
      toVersionId: issuance.versionId,
      ignoreWhitespace: true,
      normalizeWidth: true,
      format: 'table',
    });
    files.push({ name: '07-修改对照表.docx', data: decode(table) });
  }
  return files;
}

/**
 * Builds the filing package (RULES.md §2.2, §7.1): the Word files are written first, outside the
 * transaction; the 备案字号 is then taken, the manifest signed, the .zip written and stored in one
 * transaction. Gaps block the build unless an administrator gives a reason.
 */
export const buildFilingPackage: StagedOperation<
  ParsedInput<'filingPackages.build'>,
  PreparedPackage,
  ChannelOutput<'filingPackages.build'>
> = {
  async prepare(ctx, input) {
    const actor = requireAccount(ctx);
    const gathered = gather(ctx, input.documentId, input.recipients, ctx.account?.id ?? null);
    const { document, issuance, check, profile } = gathered;
    const override = input.overrideReason?.trim() ?? '';
    if (override && !mayOverride(ctx))
      throw new DomainError('FORBIDDEN', '只有管理员可以在材料不齐全时强制生成备案材料包。');
    if (!issuance)
      throw new DomainError('INVALID_STATE', '文件尚未印发（未登记文号和公布日期），不能生成备案材料包。');
    if (check.gaps.length > 0 && !override)
      throw new DomainError('INVALID_STATE', `备案材料不齐全：${check.gaps.join('；')}`);
    const user = findUserById(ctx.db, actor.id);
    if (!user || !verifyPassword(input.password, user.passwordHash))
      throw new DomainError('BAD_CREDENTIALS', '密码不正确，未生成材料包。');
    const reportNumber = peekReportNumber(ctx);
    if (!reportNumber)
      throw new DomainError(
        'INVALID_STATE',
        '规则配置中的备案字号格式无法填写（请检查区域简称或机关代字）。',
      );

    const files = await materialFiles(ctx, input, gathered, issuance);
    const deliberation = latestDeliberation(ctx.db, document.id);
    const enclosures = files.map((file) => file.name.replace(/^\d+-/, ''));
    const reports = await Promise.all(
      input.recipients.map(async (recipient) => ({
        recipient,
        data: await buildFilingReportDocx({
          agencyName: getAgency(ctx).agencyName,
          reportNumber,
          documentTitle: document.title,
          recipient,
          docNumber: issuance.docNumber,
          registrationNumber: issuance.registrationNumber,
          publishedOn: issuance.publishedOn,
          effectiveOn: issuance.effectiveOn,
          deliberation: deliberation
            ? { meeting: deliberation.meetingName || deliberation.meetingType, heldOn: deliberation.heldOn }
            : null,
          materialsText: profile.filing[document.kind].materials,
          enclosures,
          shortEffectReason: issuance.shortEffectReason,
          contact: actor.displayName,
          date: today(ctx),
        }),
      })),
    );
    return { reportNumber, reports, files, gaps: check.gaps, issuance, document, filingDueOn: check.due };
  },

  apply(ctx, input, prepared) {
    const actor = requireAccount(ctx);
    const { document, issuance } = prepared;
    const at = ctx.clock.now().toISOString();
    const allocated = allocateReportNumber(ctx, document.id, actor.id, at);
    if (allocated.number !== prepared.reportNumber)
      throw new DomainError('CONFLICT', '备案字号已被同时生成的另一个材料包占用，请重新生成。');
    const entries: ZipEntry[] = [
      ...prepared.reports.map((report) => ({
        name: prepared.reports.length > 1 ? `01-备案报告-${report.recipient}.docx` : '01-备案报告.docx',
        data: report.data,
      })),
      ...prepared.files,
    ];
    const roster = signedRosterForExport(ctx);
    const unsigned: FilingManifest = {
      format: MANIFEST_FORMAT,
      agencyName: getAgency(ctx).agencyName,
      document: {
        id: document.id,
        title: document.title,
        kind: document.kind,
        kindLabel: DOCUMENT_KIND_LABELS[document.kind],
        issuingAuthority: document.issuingAuthority,
        docNumber: issuance.docNumber,
        registrationNumber: issuance.registrationNumber,
        publishedOn: issuance.publishedOn,
        effectiveOn: issuance.effectiveOn,
        validUntil: issuance.validUntil,
      },
      reportNumber: allocated.number,
      recipients: input.recipients,
      filingDueOn: prepared.filingDueOn,
      files: entries.map((entry) => ({
        name: entry.name,
        size: entry.data.length,
        sha256: sha256(entry.data),
      })),
      gaps: prepared.gaps,
      overrideReason: input.overrideReason?.trim() ?? '',
      preparedAt: at,
      preparedBy: { id: actor.id, username: actor.username, name: actor.displayName },
      signer: { fingerprint: '', publicKey: '' },
      roster,
      signature: '',
    };
    let manifest = unsigned;
    const { signature } = signNamingKey(ctx, actor.id, input.password, (key) => {
      manifest = { ...unsigned, signer: { fingerprint: key.fingerprint, publicKey: key.publicKey } };
      return manifestSigningPayload(manifest);
    });
    manifest = { ...manifest, signature };
    const manifestText = renderManifest(manifest);
    const zip = writeZip(
      [...entries, { name: MANIFEST_FILE, data: Buffer.from(manifestText, 'utf8') }],
      ctx.clock.now(),
    );
    const record: FilingPackageRecord = {
      id: ctx.ids.next(),
      documentId: document.id,
      reportNumber: allocated.number,
      recipients: input.recipients,
      fileName: `备案材料包-${document.title}-${allocated.number}.zip`,
      size: zip.length,
      sha256: sha256(zip),
      manifest: manifestText,
      overrideReason: manifest.overrideReason,
      builtAt: at,
      builtBy: actor.id,
    };
    filingPackages.insertFilingPackage(ctx.db, record, zip);
    ctx.describeChange({
      targetType: 'filing_packages',
      targetId: record.id,
      detail: {
        documentId: document.id,
        title: document.title,
        reportNumber: record.reportNumber,
        recipients: record.recipients,
        sha256: record.sha256,
        files: manifest.files.length,
        ...(record.overrideReason ? { overrideReason: record.overrideReason, gaps: prepared.gaps } : {}),
      },
    });
    return toSummary(ctx, record);
  },
};

function toSummary(deps: Deps, record: FilingPackageRecord): FilingPackageSummary {
  const manifest = JSON.parse(record.manifest) as Pick<FilingManifest, 'files'>;
  return {
    id: record.id,
    documentId: record.documentId,
    reportNumber: record.reportNumber,
    recipients: record.recipients,
    fileName: record.fileName,
    size: record.size,
    sha256: record.sha256,
    files: manifest.files,
    overrideReason: record.overrideReason,
    builtAt: record.builtAt,
    builtByName: findUserById(deps.db, record.builtBy)?.displayName ?? '',
  };
}

export function listFilingPackages(
  deps: Deps,
  input: ParsedInput<'filingPackages.list'>,
): FilingPackageSummary[] {
  mustFindDocument(deps, input.documentId);
  return filingPackages
    .listFilingPackages(deps.db, input.documentId)
    .map((record) => toSummary(deps, record));
}

export function downloadFilingPackage(ctx: ServiceContext, input: ParsedInput<'filingPackages.download'>) {
  requireAccount(ctx);
  const record = filingPackages.findFilingPackage(ctx.db, input.id);
  const content = record ? filingPackages.filingPackageContent(ctx.db, record.id) : null;
  if (!record || !content) throw new DomainError('NOT_FOUND', '备案材料包不存在。');
  return { fileName: record.fileName, mediaType: 'application/zip', data: content.toString('base64') };
}
