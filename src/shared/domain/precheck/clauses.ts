import { PRECHECK_RULES } from './rules';
import { report, sentenceAround, type ScanContext, type ScannedBlock } from './scan';
import { isAgencySubject } from './subjects';
import { COMPETITION_TRIGGERS, OBLIGATION_TRIGGERS, POWER_TRIGGERS, type Trigger } from './triggers';

/**
 * Clause-level rules: 许可/处罚/强制/收费/征收 set by the document, obligations and restrictions without a
 * basis, and fair-competition red flags. Each trigger match is read in its sentence: a negation or a
 * prohibiting list lead-in cancels it, and for powers a cited upper-law basis makes it a note.
 */

/** Right before the trigger, in the same comma clause: 不予处罚, 不收取费用, 免予处罚. */
const NEAR_NEGATION = /(?:不得|不予|免予|免于|无需|不再|禁止|严禁|取消|不)[^。；，、]{0,10}$/;
/** Anywhere earlier in the sentence: 行政机关不得滥用行政权力，限定或者变相限定… */
const SENTENCE_NEGATION =
  /不得|禁止|严禁|不准|不应|不指定|不限定|不设置|防止|避免|杜绝|反对|清理|纠正|查处|不含有/;
/** An upper-law basis; 违反《…》 names the violation, not the basis of the measure. */
const BASIS =
  /(?:依照|依据|按照|根据|适用)[^。；]{0,60}?(?:《[^》]*》|法律|法规|规章|国家有关规定|国家规定)|依法|《[^》]*》第[^。；，]{1,20}?条[^。；]{0,12}?(?:规定|所列)/g;
const OWN_DOCUMENT = /本(?:规定|办法|细则|意见|通知|决定|方案|实施细则|制度|规则)/;
const COMMA = /[，,：:]/g;
const LOOKBEHIND = 12;

interface Basis {
  start: number;
  end: number;
}

/** Upper-law bases cited in `text` (offsets relative to it), not counting references to the document itself. */
function bases(text: string): Basis[] {
  const found: Basis[] = [];
  BASIS.lastIndex = 0;
  for (let match = BASIS.exec(text); match; match = BASIS.exec(text)) {
    if (!OWN_DOCUMENT.test(match[0])) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/**
 * A basis before the trigger covers it, unless the sentence says 除依照…外 (the measure comes on top of
 * the cited one: 除依照《…》第二十三条的规定处罚外，可以单处或者并处…罚款).
 */
function coveredByBasis(prefix: string): boolean {
  return bases(prefix).some((basis) => {
    const exception = prefix.lastIndexOf('除', basis.start) >= 0 && prefix.indexOf('外', basis.end) >= 0;
    return !exception;
  });
}

function lastCommaClause(prefix: string): string {
  let cut = 0;
  COMMA.lastIndex = 0;
  for (let match = COMMA.exec(prefix); match; match = COMMA.exec(prefix)) cut = match.index + 1;
  return prefix.slice(cut);
}

function negated(trigger: Trigger, scanned: ScannedBlock, prefix: string, matched: string): boolean {
  if (NEAR_NEGATION.test(lastCommaClause(prefix))) return true;
  // A trigger that is itself a prohibition (不得参与政府采购) restricts the public; an earlier 不得 in the
  // sentence does not turn it around.
  if (matched.startsWith('不得')) return false;
  return trigger.negation === 'sentence' && (scanned.negatedList || SENTENCE_NEGATION.test(prefix));
}

/**
 * The lead-in of an enumeration covers its items: …有《统计法》第四十四条第一款所列行为之一的，按照下列阶次
 * 裁量：（一）…给予警告，可以并处3万元以下的罚款. The lead-in is the text before the last 下列…： in the block
 * before the match, or the first block of the article for an item paragraph.
 */
function leadIn(scanned: ScannedBlock, start: number): string {
  const colon = Math.max(scanned.text.lastIndexOf('：', start), scanned.text.lastIndexOf(':', start));
  const inBlock =
    colon > 0 && scanned.text.slice(0, colon).includes('下列') ? scanned.text.slice(0, colon) : '';
  return `${scanned.leadIn ?? ''}${inBlock}`;
}

/** The burdened party of an obligation: the comma clause before it, or the sentence when that is empty. */
function burdensAgency(prefix: string): boolean {
  const clause = lastCommaClause(prefix).trim();
  return isAgencySubject(clause === '' ? prefix : clause);
}

function scanTriggers(
  scanned: ScannedBlock,
  triggers: readonly Trigger[],
  handle: (trigger: Trigger, start: number, end: number, sentence: [number, number]) => void,
): void {
  for (const trigger of triggers) {
    trigger.pattern.lastIndex = 0;
    for (let match = trigger.pattern.exec(scanned.text); match; match = trigger.pattern.exec(scanned.text)) {
      const start = match.index;
      const end = start + match[0].length;
      const sentence = sentenceAround(scanned, start);
      const prefix = scanned.text.slice(sentence[0], start);
      if (trigger.excludeBefore?.test(scanned.text.slice(Math.max(sentence[0], start - LOOKBEHIND), start)))
        continue;
      if (trigger.exclude?.test(scanned.text.slice(sentence[0], sentence[1]))) continue;
      if (trigger.excludeAfter?.test(scanned.text.slice(end, sentence[1]))) continue;
      if (negated(trigger, scanned, prefix, match[0])) continue;
      if (trigger.publicOnly && burdensAgency(prefix)) continue;
      handle(trigger, start, end, sentence);
    }
  }
}

/** One finding per rule and sentence: a clause with 处以…罚款 twice is one problem to fix. */
function once(seen: Set<string>, key: string): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}

const POWERS_HINT =
  /罚|没收|吊销|暂扣|责令|资质|从业|拘留|警告|通报批评|查封|扣押|冻结|强制|滞纳金|人身自由|代履行|批|许可|准入|核准|费|征|未经|方可|才能|始得/;
const OBLIGATION_HINT = /应当|必须|须|不得|一律|取消|暂停/;
const COMPETITION_HINT =
  /设置|特许|本地|本区|本市|本县|本省|本镇|外地|采购|招标|招投标|指定|限定|特定|注册资|开办资金|实缴资本|认缴资本|出具|统一由|税|财政/;

/** Contracts oblige their parties and Party rules their organs: the obligation rule reads public documents. */
const OBLIGATION_KINDS = new Set(['admin_normative', 'major_decision']);

export function checkClauses(context: ScanContext): void {
  const seen = new Set<string>();
  const kind = context.document.kind;
  const obligations = kind === undefined || OBLIGATION_KINDS.has(kind);
  for (const scanned of context.blocks) {
    if (scanned.role === 'title' || scanned.role === 'toc') continue;
    const { text, index } = scanned;
    if (POWERS_HINT.test(text)) {
      scanTriggers(scanned, POWER_TRIGGERS, (trigger, start, end, sentence) => {
        const prefix = text.slice(sentence[0], start);
        // An earlier sentence of the paragraph citing the basis covers the sentences that follow it
        // (…依照《…》第四十四条第一款…给予警告，可以并处1万元以下的罚款；迟报统计资料的，…并处1000元以下的罚款).
        const earlier = text.slice(0, sentence[0]);
        const covered = coveredByBasis(prefix) || bases(`${leadIn(scanned, start)}${earlier}`).length > 0;
        if (trigger.basisAware && covered) {
          if (once(seen, `cited:${index}:${sentence[0]}`)) {
            report(context, 'power.cited', scanned, sentence[0], sentence[1]);
          }
          return;
        }
        if (!once(seen, `${trigger.rule}:${index}:${sentence[0]}`)) return;
        report(
          context,
          trigger.rule,
          scanned,
          start,
          end,
          `${trigger.what}：${PRECHECK_RULES[trigger.rule].explanation}`,
        );
      });
    }
    if (obligations && OBLIGATION_HINT.test(text)) {
      scanTriggers(scanned, OBLIGATION_TRIGGERS, (trigger, start, end, sentence) => {
        // The basis of an obligation may follow it: 应当按照国家有关规定设置原始记录.
        if (bases(text.slice(sentence[0], sentence[1])).length > 0) return;
        if (!once(seen, `${trigger.rule}:${index}:${sentence[0]}`)) return;
        report(context, trigger.rule, scanned, start, end);
      });
    }
    if (COMPETITION_HINT.test(text)) {
      scanTriggers(scanned, COMPETITION_TRIGGERS, (trigger, start, end, sentence) => {
        if (!once(seen, `${trigger.rule}:${index}:${sentence[0]}`)) return;
        report(context, trigger.rule, scanned, start, end);
      });
    }
  }
}
