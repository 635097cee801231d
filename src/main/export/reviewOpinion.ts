import { chineseDate } from '../../shared/domain/calendar/isoDate';
import { Packer, Paragraph } from 'docx';
import type { ReviewCaseDetail } from '../../shared/api/schemas/review';
import { VERDICT_LABELS } from '../../shared/domain/checklist';
import type { MaterialCheck } from '../../shared/domain/materials';
import { SEVERITY_LABELS } from '../../shared/domain/precheck';
import type { DocumentKind } from '../../shared/domain/documentKinds';
import { OPINION_LETTER_NAMES, opinionLetterTitle } from '../../shared/domain/opinionLetter';
import {
  bodyParagraph,
  bodyRun,
  gbDocument,
  gbSection,
  headingParagraph,
  letterNumberParagraph,
  signatureParagraph,
  titleParagraph,
  gbTable,
} from './gbt9704';

export interface OpinionContext {
  agencyName: string;
  kind: DocumentKind;
  documentTitle: string;
  draftingUnit: string;
  /** 文号: the number given, or the line with its 顺序号 blank for hand-filling (reviewLetter.ts). */
  letterNumber: string;
  /** The reviewed version as people name it: 送审稿（第3版，2026年4月30日）. */
  versionName: string;
  /** Where each of `detail.suggestions` sits: 第五条第二款第（一）项, a heading, or 全文. */
  suggestionPlaces: readonly string[];
  detail: ReviewCaseDetail;
  materials: readonly MaterialCheck[];
  signoffs: {
    signerName: string;
    signerRole: string;
    opinionLabel: string;
    text: string;
    signedAt: string;
    valid: boolean;
  }[];
  /** 成文日期 under the signature (today), printed in Arabic numerals in full: 2026年12月8日. */
  date: string;
}

function heading(text: string): Paragraph {
  return headingParagraph(text, 1);
}

/**
 * 关于《…》的合法性审核意见书 (RULES.md §7.2; named by kind: opinionLetter.ts) as a 函: the 文号, basic facts,
 * document nature, the checklist with verdicts and reasons, the pre-check findings taken in, the conclusion,
 * clause-by-clause suggestions, the signatures, then 署名 and 成文日期 右空四字. Short lines are left-aligned:
 * only running text is justified. The reviewed version's content hash is not part of the letter; it goes
 * into the file's properties (备注) and the signature file, where a reader verifies it.
 */
export function buildReviewOpinionDocx(context: OpinionContext): Promise<Buffer> {
  const { detail } = context;
  const reviewCase = detail.case;
  const nature = detail.items.find((item) => item.element.id === 'document_nature');
  const materialsLine = context.materials
    .filter((check) => check.stage === 'review')
    .map(
      (check) =>
        `${check.label}${check.present ? '（已提交）' : check.required ? '（未提交）' : '（未提交，视情况）'}`,
    )
    .join('；');
  const accepted = detail.findings.filter((finding) => finding.state === 'accepted');
  const title = opinionLetterTitle(context.kind, context.documentTitle);
  const review = OPINION_LETTER_NAMES[context.kind].review;
  const term = review.endsWith('审查') ? '审查' : '审核';
  const children = [
    letterNumberParagraph(context.letterNumber),
    titleParagraph(title),
    // 主送机关: 顶格 (GB/T 9704 7.3.2).
    bodyParagraph(`${context.draftingUnit}：`, { indent: false, left: true }),
    bodyParagraph(
      `你单位报送的《${context.documentTitle}》${context.versionName}收悉。本机关于${chineseDate(reviewCase.receivedOn)}收到送审材料，材料于${chineseDate(reviewCase.materialsCompleteOn)}齐备，依照有关规定进行了${review}。现将${term}意见函告如下：`,
    ),
    heading('一、基本情况'),
    bodyParagraph(`送审单位：${context.draftingUnit}`, { left: true }),
    bodyParagraph(`送审文本：${context.versionName}`, { left: true }),
    bodyParagraph(`收到日期：${chineseDate(reviewCase.receivedOn)}`, { left: true }),
    bodyParagraph(`材料齐备日期：${chineseDate(reviewCase.materialsCompleteOn)}`, { left: true }),
    bodyParagraph(`送审材料：${materialsLine || '无'}。`),
    heading('二、文件性质认定'),
    bodyParagraph(
      nature
        ? `${nature.element.title}：${VERDICT_LABELS[nature.verdict]}。${nature.note}`
        : '经审查，该文件涉及公民、法人和其他组织权利义务，具有普遍约束力，在一定期限内反复适用，属于规范性文件。',
    ),
    heading(`三、${term}内容`),
    gbTable(
      [
        ['审核要素', 30],
        ['结论', 12],
        ['理由及依据', 58],
      ],
      detail.items.map((item) => [item.element.title, VERDICT_LABELS[item.verdict], item.note]),
    ),
    ...(accepted.length > 0
      ? [
          heading(`四、智能预审发现（经${term}采纳）`),
          gbTable(
            [
              ['条款', 15],
              ['类别', 10],
              ['问题', 75],
            ],
            accepted.map((finding) => [
              finding.label || '—',
              SEVERITY_LABELS[finding.severity],
              `${finding.message}\n依据：${finding.basis}`,
            ]),
          ),
        ]
      : []),
    heading(`${accepted.length > 0 ? '五' : '四'}、${term}结论`),
    bodyParagraph(
      reviewCase.conclusionLabel
        ? `${term}结论：${reviewCase.conclusionLabel}。${detail.opinion}`
        : `${term}结论：尚未作出。${detail.opinion}`,
    ),
    heading(`${accepted.length > 0 ? '六' : '五'}、具体修改意见`),
    ...(detail.suggestions.length > 0
      ? [
          gbTable(
            [
              ['条款', 15],
              ['原条文', 40],
              ['修改意见', 45],
            ],
            detail.suggestions.map((s, index) => [
              context.suggestionPlaces[index] ?? (s.label || '全文'),
              s.original,
              s.suggestion,
            ]),
          ),
        ]
      : [bodyParagraph('无。')]),
    bodyParagraph('请你单位根据上述意见对送审稿作相应修改；未予采纳的，应当在提请审议时说明理由和依据。'),
    ...context.signoffs.map((signoff) =>
      bodyParagraph(
        `${signoff.signerRole === 'counsel' ? '法律顾问' : `${term}人员`}意见：${signoff.opinionLabel}。${signoff.text}（${signoff.signerName}，${signoff.signedAt.slice(0, 10)}，电子签名${signoff.valid ? '有效' : '无效'}）`,
      ),
    ),
    bodyParagraph(`${term}人：${reviewCase.reviewerName}`, { left: true }),
    // The seal or signature needs room above 署名 (GB/T 9704 7.3.5.1): two empty lines.
    new Paragraph({ children: [bodyRun('')] }),
    new Paragraph({ children: [bodyRun('')] }),
    signatureParagraph(context.agencyName),
    signatureParagraph(chineseDate(context.date)),
  ];
  return Packer.toBuffer(
    gbDocument({
      title,
      creator: reviewCase.reviewerName,
      description: `核验信息：送审文本${context.versionName}，内容哈希 ${detail.version.contentHash}`,
      sections: [gbSection(children)],
    }),
  );
}
