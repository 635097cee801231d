import type { IssuancePreview } from '../../shared/api';

type Flags = Record<string, string | boolean | undefined>;

/** A list flag: `--attendees 张局长,李副局长` (also ，、 as separators). */
function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(/[,，、]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The fields of a `workflow step` event from its flags; the API checks them against the step's schema
 * (and gives the numbers of 印发 itself: --doc-number / --registration-number are an administrator's
 * correction).
 */
export function workflowStepFields(flags: Flags): Record<string, unknown> {
  const text = (name: string) => (typeof flags[name] === 'string' ? flags[name] : undefined);
  const years = text('validity-years');
  const fields: Record<string, unknown> = {
    versionId: text('version'),
    reason: text('reason'),
    note: text('note'),
    conclusion: text('conclusion'),
    meetingType: text('meeting-type'),
    meetingName: text('meeting'),
    heldOn: text('held-on'),
    attendees: list(text('attendees')),
    decision: text('decision'),
    dissent: text('dissent'),
    minutesAttachmentId: text('minutes'),
    publishedOn: text('published-on'),
    effectiveOn: text('effective-on'),
    publishedIn: list(text('published-in')),
    validityYears: years === undefined ? undefined : Number(years),
    shortEffectReason: text('short-effect-reason'),
    longValidityReason: text('long-validity-reason'),
    docNumber: text('doc-number'),
    registrationNumber: text('registration-number'),
    // RECORD_PROCEDURE (评估论证, 公开征求意见 …)
    procedure: text('procedure'),
    commentPeriod:
      text('comment-from') || text('comment-to')
        ? { from: text('comment-from'), to: text('comment-to') }
        : undefined,
    shortenedReason: text('shortened-reason'),
    completedOn: text('completed-on'),
    notApplicableReason: text('not-applicable-reason'),
    attachmentIds: list(text('attachments')),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** `issuance preview` for people: the numbers, each format in words, and the profile's rules with sources. */
export function describeIssuancePreview(preview: IssuancePreview): string {
  const lines = [`公布日期：${preview.publishedOn}`];
  const number = (label: string, planned: IssuancePreview['docNumber']) => {
    lines.push(`${label}：${planned.number}（格式：${planned.format}）`);
    if (planned.note) lines.push(`  注：${planned.note}`);
  };
  number('发文字号', preview.docNumber);
  if (preview.registrationNumber) number('登记号', preview.registrationNumber);
  else lines.push('登记号：该类文件不编登记号');
  lines.push(preview.canChangeNumbers ? '编号可由管理员修改。' : '编号由系统统一分配，不能修改。');
  const { validity, effectiveDate } = preview;
  if (validity) {
    lines.push(`有效期：${validity.basis}（依据：${validity.source}）`);
    if (validity.validUntil) lines.push(`有效期至：${validity.validUntil}`);
  }
  if (effectiveDate) {
    lines.push(
      `施行日期：一般自公布之日起 ${effectiveDate.minDaysAfterPublication} 日后施行，即不早于 ${effectiveDate.earliestEffectiveOn}` +
        `${effectiveDate.reasonRequired ? '，早于此日须说明理由' : ''}（依据：${effectiveDate.source}）`,
    );
  }
  if (preview.filingDueOn) lines.push(`报送备案期限：${preview.filingDueOn}`);
  return lines.join('\n');
}
