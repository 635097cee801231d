import type { ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import { type ReviewCaseDetail, SIGNOFF_OPINION_LABELS } from '../../shared/api/schemas/review';
import { numberFields } from '../../shared/domain/issuance';
import { opinionLetterFileName } from '../../shared/domain/opinionLetter';
import { blankLetterNumber, reviewedVersionName, suggestionPlaces } from '../../shared/domain/reviewLetter';
import { formatNumber, seriesScope } from '../../shared/domain/numbering';
import * as reviewCases from '../db/repos/reviewCases';
import {
  assignReviewLetterNumber,
  findReviewLetterNumber,
  lastReviewLetterSeq,
} from '../db/repos/reviewLetterNumbers';
import type { Deps } from '../deps';
import { DOCX_MEDIA_TYPE } from '../export/gbt9704';
import { buildReviewOpinionDocx } from '../export/reviewOpinion';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';
import { listMaterials } from './materials';
import { getReview } from './reviews';
import { activeRuleProfile, today } from './rules';
import { getAgency } from './settings';
import { listSignoffs } from './signoffs';
import { versionBlocks } from './versions';

/**
 * 审核意见书文号: the profile's template (numbering.reviewLetter) filled with this agency's 机关代字, the
 * year and the next 顺序号 of that year. Given once per case, on the reviewer's word, and kept: the letter
 * printed before it shows the line with the 顺序号 left blank for hand-filling.
 */

function letterSeries(deps: Deps) {
  const { profile } = activeRuleProfile(deps);
  const fields = numberFields(profile, getAgency(deps).agencyCode);
  return { template: profile.numbering.reviewLetter.template, known: fields };
}

/** A template that needs a field nobody set, as the refusal a user can act on. */
function numbered<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof RangeError) {
      throw new DomainError(
        'INVALID_STATE',
        `审核意见书无法编号：${error.message}。请管理员检查规则配置或机关代字。`,
      );
    }
    throw error;
  }
}

/** The 文号 line the letter prints: the number given, or the blank line for hand-filling. */
export function letterNumberLine(deps: Deps, caseId: string): string {
  const given = findReviewLetterNumber(deps.db, caseId);
  if (given) return given.number;
  const { template, known } = letterSeries(deps);
  return numbered(() => blankLetterNumber(template, known, Number(today(deps).slice(0, 4))));
}

export function assignLetterNumber(
  ctx: ServiceContext,
  input: ParsedInput<'reviews.assignLetterNumber'>,
): ReviewCaseDetail {
  const actor = requireAccount(ctx);
  const reviewCase = reviewCases.findReviewCase(ctx.db, input.caseId);
  if (!reviewCase) throw new DomainError('NOT_FOUND', '审核案件不存在。');
  if (reviewCase.state !== 'concluded') {
    throw new DomainError('INVALID_STATE', '审核结论作出后才能给审核意见书编号。');
  }
  const given = findReviewLetterNumber(ctx.db, reviewCase.id);
  if (given) {
    throw new DomainError('CONFLICT', `该审核意见书已编号：${given.number}，编号一经给予不再更改。`);
  }
  const { template, known } = letterSeries(ctx);
  const year = Number(today(ctx).slice(0, 4));
  const scope = numbered(() => seriesScope(template, known));
  const seq = lastReviewLetterSeq(ctx.db, scope, year) + 1;
  const number = numbered(() => formatNumber(template, { ...known, year, seq }));
  assignReviewLetterNumber(ctx.db, {
    caseId: reviewCase.id,
    number,
    scope,
    year,
    seq,
    assignedAt: ctx.clock.now().toISOString(),
    assignedBy: actor.id,
  });
  ctx.describeChange({
    targetType: 'review_cases',
    targetId: reviewCase.id,
    detail: { documentId: reviewCase.documentId, title: reviewCase.documentTitle, letterNumber: number },
  });
  return getReview(ctx, { caseId: reviewCase.id });
}

/** The local day of a stored timestamp, as `today` counts days. */
function localDate(at: string): string {
  const time = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/** The case's written opinion (合法性审核意见书, 合法性审查意见书, 前置审核意见 … by kind) as a Word file. */
export async function exportOpinion(ctx: ServiceContext, input: ParsedInput<'reviews.exportOpinion'>) {
  requireAccount(ctx);
  const detail = getReview(ctx, input);
  const document = mustFindDocument(ctx, detail.case.documentId);
  const reviewed = versionBlocks(ctx, detail.case.versionId);
  const data = await buildReviewOpinionDocx({
    agencyName: getAgency(ctx).agencyName,
    kind: document.kind,
    documentTitle: document.title,
    draftingUnit: document.draftingUnit,
    letterNumber: letterNumberLine(ctx, detail.case.id),
    versionName: reviewedVersionName(reviewed.seq, reviewed.label, localDate(reviewed.createdAt)),
    suggestionPlaces: suggestionPlaces(reviewed.blocks, detail.suggestions),
    detail,
    materials: listMaterials(ctx, { documentId: document.id }).checks,
    signoffs: listSignoffs(ctx, { documentId: document.id })
      .filter((signoff) => signoff.versionId === detail.case.versionId)
      .map((signoff) => ({ ...signoff, opinionLabel: SIGNOFF_OPINION_LABELS[signoff.opinion] })),
    date: today(ctx),
  });
  return {
    fileName: opinionLetterFileName(document.kind, document.title),
    mediaType: DOCX_MEDIA_TYPE,
    data: data.toString('base64'),
  };
}
