import { chineseDate } from '../../shared/domain/calendar/isoDate';
import { Packer, Paragraph } from 'docx';
import type { ReviewCaseDetail } from '../../shared/api/schemas/review';
import { VERDICT_LABELS } from '../../shared/domain/checklist';
import type { MaterialCheck } from '../../shared/domain/materials';
import { SEVERITY_LABELS } from '../../shared/domain/precheck';
import type { DocumentKind } from '../../shared/domain/documentKinds';
import { OPINION_LETTER_NAMES, opinionLetterTitle } from '../../shared/domain/opinionLetter';
import { versionTitle } from '../../shared/domain/versionName';
import {
  bodyParagraph,
  bodyRun,
  gbDocument,
  gbSection,
  headingParagraph,
  titleParagraph,
  gbTable,
} from './gbt9704';

export interface OpinionContext {
  agencyName: string;
  kind: DocumentKind;
  documentTitle: string;
  draftingUnit: string;
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
  /** The date printed under the signature (today, 成文日期 in Chinese numerals is left to the agency's seal). */
  date: string;
}

function heading(text: string): Paragraph {
  return headingParagraph(text, 1);
}

/**
 * 关于《…》的合法性审核意见书 (RULES.md §7.2; named by kind: opinionLetter.ts): basic facts, document nature, the checklist with verdicts and
 * reasons, the pre-check findings taken in, the conclusion, clause-by-clause suggestions and the signatures.
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
    titleParagraph(title),
    bodyParagraph(`${context.draftingUnit}：`, { indent: false }),
    bodyParagraph(
      `你单位报送的《${context.documentTitle}》（${versionTitle(detail.version.seq, detail.version.label)}）收悉。本机关于${chineseDate(reviewCase.receivedOn)}收到送审材料，材料于${chineseDate(reviewCase.materialsCompleteOn)}齐备，依照有关规定进行了${review}。现将${term}意见函告如下：`,
    ),
    heading('一、基本情况'),
    bodyParagraph(
      `送审单位：${context.draftingUnit}。送审稿：${detail.version.label}（内容哈希 ${detail.version.contentHash.slice(0, 16)}）。`,
    ),
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
            detail.suggestions.map((s) => [s.label || '—', s.original, s.suggestion]),
          ),
        ]
      : [bodyParagraph('无。')]),
    bodyParagraph('请你单位根据上述意见对送审稿作相应修改；未予采纳的，应当在提请审议时说明理由和依据。'),
    ...context.signoffs.map((signoff) =>
      bodyParagraph(
        `${signoff.signerRole === 'counsel' ? '法律顾问' : `${term}人员`}意见：${signoff.opinionLabel}。${signoff.text}（${signoff.signerName}，${signoff.signedAt.slice(0, 10)}，电子签名${signoff.valid ? '有效' : '无效'}）`,
      ),
    ),
    new Paragraph({ children: [bodyRun('')] }),
    bodyParagraph(`${term}人：${reviewCase.reviewerName}`, { right: true }),
    bodyParagraph(context.agencyName, { right: true }),
    bodyParagraph(chineseDate(context.date), { right: true }),
  ];
  return Packer.toBuffer(
    gbDocument({
      title,
      creator: reviewCase.reviewerName,
      sections: [gbSection(children)],
    }),
  );
}
