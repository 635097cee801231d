import { addDays, type IsoDate } from '../../shared/domain/calendar/isoDate';
import { addWorkingDays } from '../../shared/domain/calendar/workingDays';
import type { DemoWalk } from './demoPath';

/** A working day's morning, as the operations' clock. */
function morningOf(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 9, 30);
}

/**
 * The demo's 政府信息公开 clocks: the disclosure request was received three weeks ago, a third party was
 * consulted, and the 负责人 approved an extension; the first issued normative document was proactively
 * disclosed on the government website two working days after its publication.
 */
export async function walkDemoDisclosures(
  walk: DemoWalk,
  disclosureId: string | undefined,
  issuedId: string | undefined,
): Promise<void> {
  const { operations, personas, holidays, today } = walk;
  if (disclosureId) {
    const receivedOn = addDays(today, -21);
    const at = morningOf(today);
    await operations.run(
      personas.drafter.id,
      'disclosure.recordRequest',
      { documentId: disclosureId, receivedOn, applicant: '张某某' },
      at,
    );
    const fromOn = addWorkingDays(receivedOn, 3, holidays);
    await operations.run(
      personas.reviewer.id,
      'disclosure.recordConsultation',
      {
        documentId: disclosureId,
        thirdParty: '某某市衡信社会调查咨询有限公司',
        fromOn,
        toOn: addWorkingDays(fromOn, 4, holidays),
      },
      at,
    );
    await operations.run(
      personas.leader.id,
      'disclosure.recordExtension',
      {
        documentId: disclosureId,
        workingDays: 15,
        reason: '申请公开的信息涉及多个年度的统计执法档案，需要逐件调取核对',
        notifiedOn: today,
      },
      at,
    );
  }
  if (issuedId) {
    const proactive = await operations.run(
      personas.reviewer.id,
      'disclosure.proactive',
      { documentId: issuedId },
      morningOf(today),
    );
    if (proactive && !proactive.disclosedOn) {
      const disclosedOn = addWorkingDays(proactive.formedOn, 2, holidays);
      await operations.run(
        personas.reviewer.id,
        'disclosure.recordProactive',
        { documentId: issuedId, disclosedOn: disclosedOn < today ? disclosedOn : today, channel: '政府网站' },
        morningOf(today),
      );
    }
  }
}
