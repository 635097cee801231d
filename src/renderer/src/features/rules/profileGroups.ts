import { describePeriod } from '../../../../shared/domain/calendar/deadline';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';
import { formatNumber } from '../../../../shared/domain/numbering';
import { ISSUER_LEVEL_LABELS } from '../../../../shared/domain/ruleCodes';
import type { RuleProfile } from '../../../../shared/domain/ruleProfileSchema';
import { outcomeGroups } from './outcomeGroups';
import { countingRule } from './periodText';
import type { RuleGroup, RuleRow } from './ruleRows';

const kindLabel = (kind: (typeof DOCUMENT_KINDS)[number]) => DOCUMENT_KIND_LABELS[kind];
const kindList = (kinds: readonly (typeof DOCUMENT_KINDS)[number][]) =>
  kinds.length > 0 ? kinds.map(kindLabel).join('、') : '（无）';

function single(key: string, item: string, lines: string[], source: RuleRow['source']): RuleRow {
  return { key, item, lines, source, span: 1 };
}

function reviewPeriodGroup(profile: RuleProfile): RuleGroup {
  return {
    key: 'reviewPeriod',
    title: '审核期限',
    rows: DOCUMENT_KINDS.map((kind) => {
      const rule = profile.reviewPeriod[kind];
      const text =
        rule.minWorkingDays > 0
          ? `不少于 ${rule.minWorkingDays} 个工作日，最长不超过 ${rule.maxWorkingDays} 个工作日`
          : `不超过 ${rule.maxWorkingDays} 个工作日`;
      return single(`reviewPeriod-${kind}`, kindLabel(kind), [text, '自材料齐备之日起计算'], rule.source);
    }),
  };
}

function commentPeriodGroup(profile: RuleProfile): RuleGroup {
  return {
    key: 'commentPeriod',
    title: '征求意见期限',
    rows: DOCUMENT_KINDS.map((kind) => {
      const rule = profile.commentPeriod[kind];
      const lines = !rule.required
        ? ['不要求公开征求意见']
        : [
            ...(rule.general ? [`一般不少于 ${describePeriod(rule.general)}`] : []),
            ...(rule.marketRelated
              ? [`与市场主体生产经营活动密切相关的不少于 ${describePeriod(rule.marketRelated)}`]
              : []),
          ];
      return single(`commentPeriod-${kind}`, kindLabel(kind), lines, rule.source);
    }),
  };
}

function validityGroup(profile: RuleProfile): RuleGroup {
  const { validity } = profile;
  const term = (t: { defaultYears: number; maxYears: number }) =>
    `默认 ${t.defaultYears} 年，最长 ${t.maxYears} 年`;
  const rows = [
    single('validity-appliesTo', '适用文件', [kindList(validity.appliesTo)], validity.source),
    single('validity-general', '一般文件', [term(validity.general)], validity.source),
    single(
      'validity-provisional',
      `名称含“${validity.provisional.titleContains.join('”“')}”的`,
      [term(validity.provisional.term)],
      validity.source,
    ),
    single(
      'validity-notice',
      `名称为“${validity.notice.titleEndsWith.join('”“')}”的`,
      [term(validity.notice.term)],
      validity.source,
    ),
    single(
      'validity-reminder',
      '到期提醒',
      [`有效期届满前 ${validity.expiryReminderMonths} 个月提醒评估`],
      validity.source,
    ),
  ];
  return { key: 'validity', title: '有效期', rows };
}

function effectiveDateGroup(profile: RuleProfile): RuleGroup {
  const rule = profile.effectiveDate;
  const lines = [
    `自公布之日起至少 ${rule.minDaysAfterPublication} 日后施行`,
    rule.reasonRequiredIfShorter ? '不足的应当说明理由' : '不足的无需说明理由',
    `适用：${kindList(rule.appliesTo)}`,
  ];
  return {
    key: 'effectiveDate',
    title: '施行日间隔',
    rows: [single('effectiveDate', '公布至施行', lines, rule.source)],
  };
}

function filingGroup(profile: RuleProfile): RuleGroup {
  const rows = DOCUMENT_KINDS.map((kind) => {
    const rule = profile.filing[kind];
    if (!rule.required || !rule.period) {
      return single(`filing-${kind}`, kindLabel(kind), ['不报送备案'], rule.source);
    }
    const lines = [
      `自公布之日起 ${describePeriod(rule.period)}内报送备案`,
      `计算方式：${countingRule(rule.period.unit)}`,
      ...rule.recipients.map(
        (recipient) => `${ISSUER_LEVEL_LABELS[recipient.issuer]}报${recipient.to.join('、')}`,
      ),
      ...(rule.materials ? [`材料：${rule.materials}`] : []),
    ];
    return single(`filing-${kind}`, kindLabel(kind), lines, rule.source);
  });
  const { deferredRegistration, rectification } = profile.correctionPeriods;
  rows.push(
    single(
      'correction-deferred',
      '暂缓登记后补正',
      [
        `自通知之日起 ${describePeriod(deferredRegistration.period)}内补正`,
        `计算方式：${countingRule(deferredRegistration.period.unit)}`,
      ],
      deferredRegistration.source,
    ),
    single(
      'correction-rectification',
      '限期纠正',
      [
        `自通知之日起 ${describePeriod(rectification.period)}内纠正并报告`,
        `计算方式：${countingRule(rectification.period.unit)}`,
      ],
      rectification.source,
    ),
  );
  return { key: 'filing', title: '备案期限与计算方式', rows };
}

/** The template and what it gives for a sample number, so a wrong template is visible at once. */
function numberingLines(template: string, region: string): string[] {
  try {
    const example = formatNumber(template, {
      year: 2025,
      seq: 7,
      agencyCode: '某统字',
      region: region || '某',
    });
    return [`格式：${template}`, `示例：${example}`];
  } catch (error) {
    return [`格式：${template}`, error instanceof Error ? error.message : '编号格式有误'];
  }
}

function numberingGroup(profile: RuleProfile): RuleGroup {
  const { docNumber, registration, filingReport, reviewLetter } = profile.numbering;
  const region = registration.region;
  return {
    key: 'numbering',
    title: '文号与登记号格式',
    rows: [
      single(
        'numbering-doc',
        '发文字号',
        [
          ...numberingLines(docNumber.template, region),
          ...DOCUMENT_KINDS.flatMap((kind) => {
            const own = docNumber.byKind?.[kind];
            return own ? [`${kindLabel(kind)}另用：${numberingLines(own, region).join('，')}`] : [];
          }),
        ],
        docNumber.source,
      ),
      single(
        'numbering-registration',
        '规范性文件登记号',
        [
          ...numberingLines(registration.template, region),
          `区域简称：${region || '（未填写）'}`,
          `适用：${kindList(registration.requiredFor)}`,
        ],
        registration.source,
      ),
      single(
        'numbering-filing',
        '备案报告字号',
        numberingLines(filingReport.template, region),
        filingReport.source,
      ),
      single(
        'numbering-review-letter',
        '审核意见书文号',
        numberingLines(reviewLetter.template, region),
        reviewLetter.source,
      ),
    ],
  };
}

/** Every value of the profile, in the order the settings page shows them. */
export function profileGroups(profile: RuleProfile): RuleGroup[] {
  return [
    reviewPeriodGroup(profile),
    commentPeriodGroup(profile),
    validityGroup(profile),
    effectiveDateGroup(profile),
    filingGroup(profile),
    ...outcomeGroups(profile),
    numberingGroup(profile),
  ];
}
