import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../support/app';
import { expectOk } from '../support/session';
import { bringToReviewed, workflowTeam, type WorkflowTeam } from '../support/workflowPath';

/**
 * The pre-check a review case runs reads the active rule profile and this workstation's law library:
 * a 通告 is held to the profile's term for 通告, and a regulation whose validity the library leaves in doubt
 * is reported until the office records its status.
 */

const NOTICE_TITLE = '某区统计局关于开展2027年统计执法检查的通告';
const NOTICE = [
  NOTICE_TITLE,
  '一、检查对象为本区行政区域内的规模以上工业企业。',
  '二、对检查中发现的统计违法行为，依照《中华人民共和国统计法》第四十四条的规定处理；对有关责任人员，依照《统计违法违纪行为处分规定》处理。',
  '三、本通告自2027年3月1日起施行，有效期2年。',
].join('\n');

let app: TestApp;
let team: WorkflowTeam;
let documentId: string;

beforeAll(async () => {
  app = openTestApp();
  app.clock.set('2027-01-11T02:00:00.000Z');
  team = await workflowTeam(app);
  documentId = (await bringToReviewed(app, team, { title: NOTICE_TITLE, text: NOTICE })).documentId;
});
afterAll(() => app.close());

async function findings(ofDocument = documentId) {
  const [summary] = expectOk(await app.call(team.reviewer, 'reviews.list', { documentId: ofDocument }));
  if (!summary) throw new Error('no review case');
  return expectOk(await app.call(team.reviewer, 'reviews.get', { caseId: summary.id })).findings;
}

describe('the review case’s pre-check and the rule profile', () => {
  it('holds the 通告 to the profile’s one-year term and reports the doubtful regulation', async () => {
    const found = await findings();
    const tooLong = found.filter((finding) => finding.ruleId === 'validity.too_long');
    expect(tooLong.map((finding) => finding.message)).toEqual([
      '有效期2年，超过名称为“通告”的文件1年的上限。',
    ]);
    const doubtful = found.filter((finding) => finding.ruleId === 'citation.doubtful');
    expect(doubtful.map((finding) => finding.excerpt)).toEqual(['《统计违法违纪行为处分规定》']);
    expect(doubtful[0]?.message).toContain('部分失效');
  });

  it('the law library shows why the regulation is in doubt', async () => {
    const page = expectOk(await app.call(team.reviewer, 'laws.search', { q: '行政机关公务员处分条例' }));
    const law = page.items.find((item) => item.id === '行政机关公务员处分条例');
    expect(law?.note).toMatch(/^效力存疑：现行效力未经核实/);
  });

  it('once the office records the regulation’s status, a new case no longer reports the doubt', async () => {
    expectOk(
      await app.call(team.admin, 'laws.setStatus', {
        id: '统计违法违纪行为处分规定',
        status: '有效',
        supersededBy: null,
        note: '经核对国家统计局规章清理结果，现行有效',
      }),
    );
    const title = '某区统计局关于开展2027年统计数据质量抽查的通告';
    const next = await bringToReviewed(app, team, { title, text: NOTICE.replace(NOTICE_TITLE, title) });
    const found = await findings(next.documentId);
    expect(found.filter((finding) => finding.ruleId === 'citation.doubtful')).toEqual([]);
    expect(found.filter((finding) => finding.ruleId === 'validity.too_long')).toHaveLength(1);
  });
});
