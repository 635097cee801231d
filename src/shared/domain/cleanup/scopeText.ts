import { DOCUMENT_KIND_LABELS } from '../documentKinds';
import type { CampaignScope } from './campaigns';
import { LIFECYCLE_STATE_LABELS } from './lifecycle';

/**
 * A campaign's scope in words, as the campaign view and the 清理情况报告 state it: 文件类型、制定机关、
 * 以区政府名义印发、公布年份、效力状态、引用法规、关键词, and the documents added by hand.
 * `lawTitle` names the cited law (the scope holds its library id).
 */
export function describeScope(scope: CampaignScope, lawTitle?: string | null): string {
  const parts: string[] = [];
  if (scope.kinds?.length) parts.push(scope.kinds.map((kind) => DOCUMENT_KIND_LABELS[kind]).join('、'));
  if (scope.issuingAuthority) parts.push(`制定机关含“${scope.issuingAuthority}”`);
  if (scope.inGovernmentName) parts.push('以区政府名义印发');
  if (scope.yearFrom !== undefined && scope.yearTo !== undefined) {
    parts.push(
      scope.yearFrom === scope.yearTo
        ? `${scope.yearFrom}年公布`
        : `${scope.yearFrom}年至${scope.yearTo}年公布`,
    );
  } else if (scope.yearFrom !== undefined) parts.push(`${scope.yearFrom}年以来公布`);
  else if (scope.yearTo !== undefined) parts.push(`${scope.yearTo}年及以前公布`);
  if (scope.states?.length)
    parts.push(`效力状态为${scope.states.map((state) => LIFECYCLE_STATE_LABELS[state]).join('或')}`);
  if (scope.citesLaw) parts.push(`引用《${lawTitle ?? scope.citesLaw}》`);
  if (scope.text) parts.push(`标题、文号或登记号含“${scope.text}”`);
  const filtered = parts.length > 0 ? `${parts.join('，')}的已印发文件` : '全部已印发文件';
  const named = scope.documentIds?.length ? `，另加指定的${scope.documentIds.length}件文件` : '';
  return `${filtered}${named}`;
}
