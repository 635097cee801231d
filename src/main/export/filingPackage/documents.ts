import { chineseDate } from '../../../shared/domain/calendar/isoDate';
import { Packer, type Paragraph, type Table } from 'docx';
import type { Block } from '../../../shared/domain/blocks';
import {
  blockToDocx,
  bodyParagraph,
  gbDocument,
  gbSection,
  headingParagraph,
  titleParagraph,
  gbTable,
} from '../gbt9704';

/**
 * The Word files of a filing package other than those the app already writes (审核意见书, 对照表): the
 * 备案报告 (RULES.md §7.1), the 正式文本 with its numbers, a re-rendered 制定说明, the 制定依据 list and each
 * signed legal opinion. All in GB/T 9704 layout through gbt9704.ts.
 */

function pack(title: string, creator: string, children: (Paragraph | Table)[]): Promise<Buffer> {
  return Packer.toBuffer(gbDocument({ title, creator, sections: [gbSection(children)] }));
}

export interface FilingReportContent {
  agencyName: string;
  reportNumber: string;
  documentTitle: string;
  recipient: string;
  docNumber: string;
  registrationNumber: string | null;
  publishedOn: string;
  effectiveOn: string;
  deliberation: { meeting: string; heldOn: string } | null;
  /** The profile's materials text, 份数 included. */
  materialsText: string;
  /** The files enclosed, as named in the package. */
  enclosures: string[];
  /** Why the document takes effect sooner than the profile's days after publication; '' when not. */
  shortEffectReason: string;
  contact: string;
  date: string;
}

/** 关于《文件名》的备案报告 (RULES.md §7.1): number, addressee, body, enclosures, 附注, agency and date. */
export function buildFilingReportDocx(report: FilingReportContent): Promise<Buffer> {
  const numbers = report.registrationNumber
    ? `文号${report.docNumber}，登记号${report.registrationNumber}`
    : `文号${report.docNumber}`;
  const meeting = report.deliberation
    ? `该文件经${chineseDate(report.deliberation.heldOn)}${report.deliberation.meeting}审议通过，`
    : '';
  const children: (Paragraph | Table)[] = [
    bodyParagraph(report.reportNumber, { center: true }),
    titleParagraph(`关于《${report.documentTitle}》的备案报告`),
    bodyParagraph(`${report.recipient}：`, { indent: false }),
    bodyParagraph(
      `现将本机关${chineseDate(report.publishedOn)}公布的《${report.documentTitle}》（${numbers}）报请备案。${meeting}自${chineseDate(report.effectiveOn)}起施行。`,
    ),
    ...(report.shortEffectReason.trim()
      ? [bodyParagraph(`该文件自公布至施行不足规定期限，理由如下：${report.shortEffectReason.trim()}`)]
      : []),
    bodyParagraph(`报送材料：${report.materialsText || '见附件'}`),
    bodyParagraph(''),
    // 附件说明 (GB/T 9704 7.3.4): "附件：1. …", later lines aligned under the first name.
    ...report.enclosures.map((name, index) =>
      bodyParagraph(`${index === 0 ? '附件：' : '　　　'}${index + 1}. ${name.replace(/\.[^.]+$/, '')}`),
    ),
    bodyParagraph(''),
    bodyParagraph(report.agencyName, { right: true }),
    bodyParagraph(chineseDate(report.date), { right: true }),
    bodyParagraph(`（联系人：${report.contact}）`),
  ];
  return pack(`关于《${report.documentTitle}》的备案报告`, report.agencyName, children);
}

/** 正式文本: the issued version's blocks under its 发文字号 (and 登记号), as published. */
export function buildIssuedTextDocx(content: {
  documentTitle: string;
  docNumber: string;
  registrationNumber: string | null;
  blocks: readonly Block[];
  agencyName: string;
}): Promise<Buffer> {
  const hasTitle = content.blocks.some((block) => block.kind === 'title');
  const children: (Paragraph | Table)[] = [
    bodyParagraph(content.docNumber, { center: true }),
    ...(content.registrationNumber
      ? [bodyParagraph(`登记号：${content.registrationNumber}`, { center: true })]
      : []),
    ...(hasTitle ? [] : [titleParagraph(content.documentTitle)]),
    ...content.blocks.flatMap((block) => blockToDocx(block)),
  ];
  return pack(content.documentTitle, content.agencyName, children);
}

/** A material re-rendered from its imported blocks, so every Word file in the package has one layout. */
export function buildBlocksDocx(title: string, blocks: readonly Block[], creator: string): Promise<Buffer> {
  const hasTitle = blocks.some((block) => block.kind === 'title');
  return pack(title, creator, [
    ...(hasTitle ? [] : [titleParagraph(title)]),
    ...blocks.flatMap((block) => blockToDocx(block)),
  ]);
}

export interface LegalBasisLine {
  lawTitle: string;
  article: string;
  status: string;
  note: string;
}

/** 制定依据: the laws and articles the document rests on, with each law's status in the library. */
export function buildLegalBasesDocx(
  documentTitle: string,
  bases: readonly LegalBasisLine[],
  creator: string,
) {
  return pack(`《${documentTitle}》制定依据`, creator, [
    titleParagraph(`《${documentTitle}》制定依据`),
    headingParagraph('一、制定依据清单', 1),
    gbTable(
      [
        ['序号', 8],
        ['名称', 42],
        ['条款', 20],
        ['状态', 12],
        ['说明', 18],
      ],
      bases.map((basis, index) => [
        String(index + 1),
        `《${basis.lawTitle}》`,
        basis.article,
        basis.status,
        basis.note,
      ]),
    ),
  ]);
}

export interface SignedOpinion {
  documentTitle: string;
  signerName: string;
  signerRoleLabel: string;
  opinionLabel: string;
  text: string;
  signedAt: string;
  versionLabel: string;
  contentHash: string;
  fingerprint: string;
  valid: boolean;
}

/** One signed legal opinion as Word: its text, signer, time and key fingerprint (the .json beside it verifies). */
export function buildSignedOpinionDocx(opinion: SignedOpinion): Promise<Buffer> {
  return pack(`关于《${opinion.documentTitle}》的法律意见`, opinion.signerName, [
    titleParagraph(`关于《${opinion.documentTitle}》的法律意见`),
    headingParagraph('一、意见', 1),
    bodyParagraph(`${opinion.opinionLabel}。${opinion.text}`),
    headingParagraph('二、签署情况', 1),
    bodyParagraph(`签署人：${opinion.signerName}（${opinion.signerRoleLabel}）`),
    bodyParagraph(`签署时间：${opinion.signedAt}`),
    bodyParagraph(`所签文本：${opinion.versionLabel}（内容哈希 ${opinion.contentHash}）`),
    bodyParagraph(`签名密钥指纹：${opinion.fingerprint}`),
    bodyParagraph(
      `电子签名${opinion.valid ? '有效' : '无效'}。可用同名的签名文件（.json）离线验证签名人及签名。`,
    ),
  ]);
}
