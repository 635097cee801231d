import type { Account, Channel, ChannelInput, ChannelOutput } from '../../shared/api';
import type { HolidayTable } from '../../shared/domain/calendar/holidayTable';
import { addDays, type IsoDate } from '../../shared/domain/calendar/isoDate';
import { addWorkingDays, firstWorkingDayFrom } from '../../shared/domain/calendar/workingDays';
import type { DocumentMetadataInput } from '../../shared/api';
import { textToBlocks } from '../../shared/domain/textToBlocks';
import type { OperationRunner } from './context';

/**
 * How far along its path a demonstration document is taken. Each step is an ordinary operation of the
 * persona whose role takes it, dated in the recent past, so the demo shows what a user's work leaves:
 * the same guards, deadlines, signatures and audit entries.
 */
export const DEMO_REACHES = [
  'drafting',
  'submitted',
  'returned',
  'in_review',
  'reviewed',
  'deliberated',
  'issued',
  'awaiting',
  'correction',
  'filed',
] as const;
export type DemoReach = (typeof DEMO_REACHES)[number];

export interface DemoPersonas {
  admin: Account;
  drafter: Account;
  reviewer: Account;
  counsel: Account;
  leader: Account;
}

export interface DemoDocument {
  metadata: DocumentMetadataInput;
  versions: { label: string; note: string; lines: string[] }[];
  reach: DemoReach;
  /** When its story starts, in calendar days before setup. */
  startDaysAgo: number;
}

export interface DemoWalk {
  operations: OperationRunner;
  personas: DemoPersonas;
  /** The personas' password: signing unlocks their keys with it. */
  password: string;
  holidays: HolidayTable;
  today: IsoDate;
}

/** A working day's morning, as the operations' clock. */
function morningOf(date: IsoDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 9, 30);
}

/** The days of a document's story: working days from its start, never later than today. */
class Timeline {
  private day: IsoDate;
  constructor(
    start: IsoDate,
    private readonly walk: DemoWalk,
  ) {
    this.day = firstWorkingDayFrom(start, walk.holidays);
  }
  get on(): IsoDate {
    return this.day;
  }
  at(): Date {
    return morningOf(this.day > this.walk.today ? this.walk.today : this.day);
  }
  advance(workingDays: number): void {
    this.day = addWorkingDays(this.day, workingDays, this.walk.holidays);
  }
}

/** Registers one demonstration document and takes it as far as its reach, each step as its persona. */
export async function walkDemoDocument(walk: DemoWalk, demo: DemoDocument): Promise<string> {
  const { operations: ops, personas } = walk;
  const time = new Timeline(addDays(walk.today, -demo.startDaysAgo), walk);
  const as = (persona: Account) => ({
    run: <C extends Channel>(channel: C, input: ChannelInput<C>) =>
      ops.run(persona.id, channel, input, time.at()),
  });
  const drafter = as(personas.drafter);
  const reviewer = as(personas.reviewer);
  const counsel = as(personas.counsel);
  const leader = as(personas.leader);

  // The drafter answers 涉及市场主体经济活动? on registration (the demo's statistics rules do not).
  const document = await drafter.run('documents.create', {
    ...demo.metadata,
    touchesBusiness: demo.metadata.touchesBusiness ?? false,
  });
  const documentId = document.id;
  let versionId = '';
  for (const version of demo.versions) {
    const blocks = textToBlocks(version.lines, () => crypto.randomUUID());
    const { revision } = await drafter.run('drafts.get', { documentId });
    await drafter.run('drafts.save', { documentId, blocks, revision });
    versionId = (await drafter.run('versions.save', { documentId, label: version.label, note: version.note }))
      .id;
    time.advance(1);
  }
  if (demo.reach === 'drafting' || versionId === '') return documentId;

  const title = demo.metadata.title;
  const upload = (materialKind: 'drafting_explanation' | 'consultation', fileName: string, text: string) =>
    drafter.run('materials.upload', {
      documentId,
      materialKind,
      fileName,
      data: Buffer.from(text, 'utf8').toString('base64'),
    });
  await upload(
    'drafting_explanation',
    '起草说明.txt',
    `关于《${title}》的起草说明\n一、制定的必要性\n二、主要依据\n三、起草过程\n四、需要说明的问题`,
  );
  await upload('consultation', '征求意见及采纳情况.txt', `《${title}》征求意见及采纳情况`);
  await drafter.run('legalBases.add', { documentId, lawTitle: '中华人民共和国统计法' });
  if (demo.metadata.kind === 'admin_normative') await recordDraftingProcedures(drafter.run, documentId, time);
  await drafter.run('workflow.transition', { documentId, event: { type: 'SUBMIT', versionId } as never });
  if (demo.reach === 'submitted') return documentId;

  time.advance(1);
  if (demo.reach === 'returned') {
    await reviewer.run('workflow.transition', {
      documentId,
      event: {
        type: 'RETURN',
        reason: '未附公开征求意见的起止日期和意见采纳情况，请补充后重新报送。',
      } as never,
    });
    return documentId;
  }
  await reviewer.run('workflow.transition', { documentId, event: { type: 'START_REVIEW' } as never });
  if (demo.reach === 'in_review') return documentId;

  time.advance(6);
  const [reviewCase] = await reviewer.run('reviews.list', { documentId });
  if (reviewCase) {
    await reviewer.run('reviews.setOpinion', {
      caseId: reviewCase.id,
      opinion: '经审核，该文件制定主体适格，内容未发现与法律、法规、规章相抵触的情形，程序符合规定。',
    });
  }
  await counsel.run('signoffs.sign', {
    documentId,
    versionId,
    opinion: 'agree',
    text: '经审查，同意合法性审核意见。',
    password: walk.password,
  });
  await reviewer.run('workflow.transition', { documentId, event: conclusionOf(demo) as never });
  // A document that went on past its review has a numbered 意见书; one just reviewed shows the blank 文号 line.
  if (reviewCase && demo.reach !== 'reviewed')
    await reviewer.run('reviews.assignLetterNumber', { caseId: reviewCase.id });
  if (demo.reach === 'reviewed') return documentId;

  time.advance(3);
  const party = demo.metadata.kind === 'party_normative';
  const meetingType = party ? '党组会议' : '局务会议';
  const minutes = await leader.run('materials.upload', {
    documentId,
    materialKind: 'deliberation_record',
    fileName: `${meetingType}纪要.txt`,
    data: Buffer.from(`${meetingType}纪要：审议《${title}》，会议同意印发。`, 'utf8').toString('base64'),
  });
  await leader.run('workflow.transition', {
    documentId,
    event: {
      type: 'RECORD_DELIBERATION',
      meetingType,
      meetingName: `${time.on.slice(0, 4)}年第${Number(time.on.slice(5, 7))}次${meetingType}`,
      attendees: [personas.leader.displayName, '刘副局长', '陈副局长', personas.reviewer.displayName],
      decision: 'approved',
      minutesAttachmentId: minutes.id,
    } as never,
  });
  if (demo.reach === 'deliberated') return documentId;

  time.advance(2);
  await leader.run('workflow.transition', {
    documentId,
    event: {
      type: 'ISSUE',
      publishedOn: time.on,
      effectiveOn: addDays(time.on, 30),
      publishedIn: ['政府网站'],
    } as never,
  });
  if (demo.reach === 'issued') return documentId;

  time.advance(3);
  const check = await reviewer.run('filingPackages.check', { documentId });
  const built = await reviewer.run('filingPackages.build', {
    documentId,
    recipients: check.recipients,
    password: walk.password,
  });
  const sent = await reviewer.run('filings.submit', {
    documentId,
    packageId: built.id,
    method: 'electronic',
  });
  if (demo.reach === 'awaiting') return documentId;

  time.advance(8);
  const [first, ...others] = sent.submissions.filter((submission) => submission.state === 'awaiting');
  if (demo.reach === 'correction' && first) {
    await reviewer.run('filings.recordOutcome', {
      submissionId: first.id,
      outcome: 'DEFERRED',
      note: '制定依据未列明所依据的具体条款，请补充后重新报送。',
    });
    return documentId;
  }
  for (const submission of [first, ...others]) {
    if (!submission) continue;
    await reviewer.run('filings.recordOutcome', {
      submissionId: submission.id,
      outcome: party ? 'PARTY_PASSED' : 'REGISTERED',
    });
  }
  return documentId;
}

/** A lawful conclusion in the words of the kind's review (党内: all four dimensions assessed). */
function conclusionOf(demo: DemoDocument) {
  if (demo.metadata.kind !== 'party_normative') return { type: 'CONCLUDE_REVIEW', conclusion: 'LAWFUL' };
  const clear = { hasProblem: false };
  return {
    type: 'CONCLUDE_REVIEW',
    conclusion: 'PARTY_PASSED',
    dimensions: { political: clear, compliance: clear, reasonableness: clear, standardization: clear },
  };
}

type Run = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/**
 * 行政规范性文件: 评估论证 (with its report) and 公开征求意见 (a 30-day window that ended the day before,
 * with the 征求意见及采纳情况 already on file) recorded before 送审, as 地方组织法第七十五条 describes.
 */
async function recordDraftingProcedures(run: Run, documentId: string, time: Timeline): Promise<void> {
  const day = time.at();
  const pad = (n: number) => String(n).padStart(2, '0');
  const on = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  const report = await run('materials.upload', {
    documentId,
    materialKind: 'assessment_report',
    fileName: '评估论证报告.txt',
    data: Buffer.from(
      '评估论证报告\n一、必要性\n二、可行性\n三、合法性\n四、可能产生的影响',
      'utf8',
    ).toString('base64'),
  });
  await run('workflow.transition', {
    documentId,
    event: { type: 'RECORD_PROCEDURE', procedure: 'assessment', attachmentIds: [report.id] } as never,
  });
  await run('workflow.transition', {
    documentId,
    event: {
      type: 'RECORD_PROCEDURE',
      procedure: 'public_consultation',
      commentPeriod: { from: addDays(on, -31), to: addDays(on, -1) },
    } as never,
  });
}
