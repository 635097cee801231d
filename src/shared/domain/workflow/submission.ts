import { holidayDataWarnings, type CalendarWarning } from '../calendar/deadline';
import type { IsoDate } from '../calendar/isoDate';
import { addWorkingDays } from '../calendar/workingDays';
import { DOCUMENT_KIND_LABELS } from '../documentKinds';
import type { Guard, KindEnv } from './types';

/**
 * 送审 with a requested answer date (期望答复日期). The minimum review period (115号: 原则上不少于5个工作日
 * [M]; 重大行政决策程序暂行条例第二十六条第二款: 一般不少于7个工作日 [P]) protects the reviewer's time, so it
 * binds the sender: a requested date earlier than the submission day plus the minimum is recorded with a
 * warning naming the earliest day the rule allows. The reviewer is never asked why a review ends early.
 */
export interface SubmissionTiming {
  /** The day the drafter asked for the answer, when given. */
  requestedAnswerOn: IsoDate | null;
  /** Submission day + the profile's minimum working days for the kind. */
  earliestAnswerOn: IsoDate;
  /** The requested date leaves the reviewer less than the minimum period. */
  tooSoon: boolean;
  /** The warning shown and stored with the submission, or null. */
  warning: string | null;
  calendarWarnings: CalendarWarning[];
}

export function submissionTiming(
  submittedOn: IsoDate,
  requestedAnswerOn: IsoDate | null,
  env: KindEnv,
): SubmissionTiming {
  const rule = env.profile.reviewPeriod[env.kind];
  const earliestAnswerOn = addWorkingDays(submittedOn, rule.minWorkingDays, env.holidays);
  const tooSoon = requestedAnswerOn !== null && requestedAnswerOn < earliestAnswerOn;
  const warning = tooSoon
    ? `期望答复日期（${requestedAnswerOn}）过早：${DOCUMENT_KIND_LABELS[env.kind]}的审核期限一般不少于 ${rule.minWorkingDays} 个工作日，送审单位应当为审核留出必要时间，最早可要求于 ${earliestAnswerOn} 答复。`
    : null;
  return {
    requestedAnswerOn,
    earliestAnswerOn,
    tooSoon,
    warning,
    calendarWarnings: holidayDataWarnings(submittedOn, earliestAnswerOn, env.holidays),
  };
}

/** A requested answer date must lie after the submission day; one that is merely too soon is only warned. */
export const requestedAnswerNotPast: Guard<'SUBMIT'> = {
  id: 'requested_answer_not_past',
  check: (event) =>
    event.requestedAnswerOn && event.requestedAnswerOn <= event.on
      ? `期望答复日期（${event.requestedAnswerOn}）应当晚于送审日期（${event.on}）。`
      : null,
};
