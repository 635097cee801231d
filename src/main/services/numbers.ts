import { DomainError } from '../../shared/api';
import { describeNumberFormat, formatNumber, parseNumber, seriesScope } from '../../shared/domain/numbering';
import { findDocument } from '../db/repos/documents';
import {
  findIssuedNumber,
  insertIssuedNumber,
  isSeqGiven,
  lastSeq,
  type NumberSeries,
  raiseLastSeq,
} from '../db/repos/numbers';
import type { Deps } from '../deps';

/**
 * 统一编号: numbers come from the profile's template and a counter per series and year, never typed in.
 * The next number is the counter plus one (past any number an administrator gave by hand); giving it
 * records it for good and raises the counter. Callers run inside the dispatch's IMMEDIATE transaction,
 * so the number read is the number given, even with another window or the CLI issuing at the same time.
 */

export interface NumberSeriesSpec {
  series: NumberSeries;
  /** What the series is called in messages: 发文字号, 登记号 … */
  name: string;
  /** What its running number is called: 顺序号 (发文字号, GB/T 9704) or 流水号. */
  seqName: string;
  template: string;
  /** The text fields of the template: 机关代字 and 区域简称. */
  known: { agencyCode: string; region: string };
}

export interface PlannedNumber {
  series: NumberSeries;
  scope: string;
  year: number;
  seq: number;
  number: string;
}

/** The template's problems (a field it needs and nobody set) as the refusal a user can act on. */
function formatted<T>(spec: NumberSeriesSpec, make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof RangeError) {
      throw new DomainError(
        'INVALID_STATE',
        `${spec.name}无法编号：${error.message}。请管理员检查规则配置。`,
      );
    }
    throw error;
  }
}

/** The format in words (机关代字“区统”＋六角括号年份＋顺序号＋“号”…). */
export function numberFormatWords(spec: NumberSeriesSpec): string {
  return describeNumberFormat(spec.template, spec.known, spec.seqName);
}

/** The number the series gives next in `year`, without giving it. */
export function nextNumber(deps: Deps, spec: NumberSeriesSpec, year: number): PlannedNumber {
  return formatted(spec, () => {
    const scope = seriesScope(spec.template, spec.known);
    const key = { series: spec.series, scope, year };
    let seq = lastSeq(deps.db, key) + 1;
    while (isSeqGiven(deps.db, key, seq)) seq += 1;
    return { ...key, seq, number: formatNumber(spec.template, { ...spec.known, year, seq }) };
  });
}

/**
 * A number an administrator chose instead (a number given on paper before, a correction): it must read
 * as the template with this agency's fields and never have been given to any document.
 */
export function chosenNumber(deps: Deps, spec: NumberSeriesSpec, text: string): PlannedNumber {
  const number = text.trim();
  const parsed = parseNumber(spec.template, number, spec.known);
  const canonical =
    parsed && formatted(spec, () => formatNumber(spec.template, { ...spec.known, ...parsed }));
  if (!parsed || canonical !== number) {
    throw new DomainError(
      'INVALID_INPUT',
      `${spec.name}“${number}”不符合格式：${numberFormatWords(spec)}${canonical ? `（应写作“${canonical}”）` : ''}。`,
    );
  }
  const given = findIssuedNumber(deps.db, number);
  if (given) {
    const title = findDocument(deps.db, given.documentId)?.title ?? given.documentId;
    throw new DomainError(
      'CONFLICT',
      `${spec.name}“${number}”已于 ${given.issuedAt.slice(0, 10)} 给予《${title}》，编号一经使用不得再用。`,
    );
  }
  const scope = formatted(spec, () => seriesScope(spec.template, spec.known));
  return { series: spec.series, scope, year: parsed.year, seq: parsed.seq, number };
}

/** Records the number as given to the document and moves the series' counter up to it. */
export function giveNumber(deps: Deps, planned: PlannedNumber, documentId: string, actorId: string): void {
  insertIssuedNumber(deps.db, {
    ...planned,
    documentId,
    issuedAt: deps.clock.now().toISOString(),
    issuedBy: actorId,
  });
  raiseLastSeq(deps.db, planned, planned.seq);
}
