import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionCatalogView } from '../../src/shared/api';
import { auditCount, openTestApp, rowCount, type TestApp } from '../support/app';
import { expectError, expectOk } from '../support/session';
import { documentXml, paragraphs } from '../support/wordXml';
import {
  bringToDeliberated,
  bringToReviewed,
  type WorkflowTeam,
  workflowTeam,
} from '../support/workflowPath';

/**
 * 重大行政决策事项目录 on a real database through the dispatcher: collected by drafters and reviewers,
 * checked by a reviewer, approved by the 负责人, published, then adjusted with reasons; the five
 * procedures read from real 重大行政决策 documents moved along their workflow; the Word file read back.
 */

let app: TestApp;
let team: WorkflowTeam;
/** 重大行政决策 through 集体讨论决定 (风险评估 not applicable). */
let deliberatedId: string;
/** 重大行政决策 only registered. */
let draftId: string;
/** 重大行政决策 through its 合法性审查 only. */
let reviewedId: string;
/** A 行政规范性文件, which may not be linked. */
let normativeId: string;

const PLAN = {
  year: 2026,
  name: '某区统计数据质量提升三年行动方案',
  decisionType: 'public_policy' as const,
  leadUnit: '综合统计科',
  basis: '《中华人民共和国统计法》第六条',
  plannedCompletion: '2026-06',
};

beforeAll(async () => {
  app = openTestApp();
  app.clock.set('2026-03-02T02:00:00.000Z');
  team = await workflowTeam(app);
  deliberatedId = (
    await bringToDeliberated(app, team, { kind: 'major_decision', notApplicable: ['risk_assessment'] })
  ).documentId;
  draftId = expectOk(
    await app.call(team.drafter, 'documents.create', {
      kind: 'major_decision',
      title: '某区统计发展第十五个五年规划',
      draftingUnit: '综合统计科',
      issuingAuthority: '某区统计局',
    }),
  ).id;
  reviewedId = (
    await bringToReviewed(app, team, { kind: 'major_decision', title: '某区统计信息化建设项目实施方案' })
  ).documentId;
  normativeId = (await bringToReviewed(app, team, { kind: 'admin_normative' })).documentId;
}, 120_000);
afterAll(() => app.close());

function active(view: DecisionCatalogView) {
  return view.items.filter((item) => item.state === 'active');
}

describe('a year of the 重大行政决策事项目录', () => {
  it('is collected, checked, approved and published in order, each step by its role', async () => {
    expect(expectOk(await app.call(team.drafter, 'decisionCatalogs.get', { year: 2026 }))).toBeNull();
    expectError(await app.call(team.leader, 'decisionCatalogs.create', { year: 2026 }), 'FORBIDDEN');
    const created = expectOk(await app.call(team.drafter, 'decisionCatalogs.create', { year: 2026 }));
    expect(created.title).toBe('某市某区统计局2026年度重大行政决策事项目录');
    expect(created.status).toBe('collecting');
    expect(created.nextMove).toBe('recordCheck');
    const again = expectError(
      await app.call(team.reviewer, 'decisionCatalogs.create', { year: 2026 }),
      'CONFLICT',
    );
    expect(again.message).toContain('已经建立');

    // Nothing to check yet.
    const empty = expectError(
      await app.call(team.reviewer, 'decisionCatalogs.recordCheck', {
        year: 2026,
        on: '2026-03-02',
        opinion: '目录事项符合规定。',
      }),
      'INVALID_STATE',
    );
    expect(empty.message).toContain('还没有事项');

    expectOk(
      await app.call(team.drafter, 'decisionCatalogs.addItem', { ...PLAN, documentId: deliberatedId }),
    );
    const added = expectOk(
      await app.call(team.reviewer, 'decisionCatalogs.addItem', {
        ...PLAN,
        name: '某区统计发展第十五个五年规划',
        decisionType: 'important_plan',
        plannedCompletion: '2026-12',
        documentId: draftId,
      }),
    );
    expect(active(added).map((item) => [item.number, item.name, item.decisionTypeLabel])).toEqual([
      [1, '某区统计数据质量提升三年行动方案', '重大公共政策和措施'],
      [2, '某区统计发展第十五个五年规划', '重要规划'],
    ]);
    expect(added.changes.map((change) => [change.change, change.afterPublication])).toEqual([
      ['added', false],
      ['added', false],
    ]);

    // Out of order: approval and publication before the check.
    const early = expectError(
      await app.call(team.leader, 'decisionCatalogs.recordApproval', {
        year: 2026,
        on: '2026-03-02',
        reference: '区委常委会2026年第5次会议',
      }),
      'INVALID_STATE',
    );
    expect(early.message).toBe('目录征集中，应先完成法治审查，才能报同级党委同意。');
    expectError(
      await app.call(team.reviewer, 'decisionCatalogs.publish', {
        year: 2026,
        on: '2026-03-02',
        channels: ['政府网站'],
      }),
      'INVALID_STATE',
    );
    // The 法治审查 is a reviewer's; a drafter is refused by the contract.
    expectError(
      await app.call(team.drafter, 'decisionCatalogs.recordCheck', {
        year: 2026,
        on: '2026-03-02',
        opinion: '同意。',
      }),
      'FORBIDDEN',
    );
    const future = expectError(
      await app.call(team.reviewer, 'decisionCatalogs.recordCheck', {
        year: 2026,
        on: '2026-03-05',
        opinion: '同意。',
      }),
      'INVALID_INPUT',
    );
    expect(future.message).toContain('不能晚于今天');

    const checked = expectOk(
      await app.call(team.reviewer, 'decisionCatalogs.recordCheck', {
        year: 2026,
        on: '2026-03-02',
        opinion: '目录所列事项均属第三条规定的决策事项，决策机关权限合法。',
      }),
    );
    expect(checked.status).toBe('checked');
    expect(checked.check).toEqual({
      on: '2026-03-02',
      byName: 'reviewer 用户',
      opinion: '目录所列事项均属第三条规定的决策事项，决策机关权限合法。',
    });
    const twice = expectError(
      await app.call(team.reviewer, 'decisionCatalogs.recordCheck', {
        year: 2026,
        on: '2026-03-02',
        opinion: '同意。',
      }),
      'INVALID_STATE',
    );
    expect(twice.message).toContain('法治审查已经完成');
    // Between the check and the publication the list is the one checked and approved.
    const frozen = expectError(
      await app.call(team.drafter, 'decisionCatalogs.addItem', { ...PLAN, name: '新增事项' }),
      'INVALID_STATE',
    );
    expect(frozen.message).toContain('不能修改');

    expectError(
      await app.call(team.reviewer, 'decisionCatalogs.recordApproval', {
        year: 2026,
        on: '2026-03-02',
        reference: '区委常委会2026年第5次会议',
      }),
      'FORBIDDEN',
    );
    const approved = expectOk(
      await app.call(team.leader, 'decisionCatalogs.recordApproval', {
        year: 2026,
        on: '2026-03-02',
        reference: '区委常委会2026年第5次会议',
      }),
    );
    expect(approved.approval).toMatchObject({ on: '2026-03-02', reference: '区委常委会2026年第5次会议' });

    const published = expectOk(
      await app.call(team.reviewer, 'decisionCatalogs.publish', {
        year: 2026,
        on: '2026-03-02',
        channels: ['政府网站', '政府公报'],
      }),
    );
    expect(published.status).toBe('published');
    expect(published.statusLabel).toBe('已公布');
    expect(published.nextMove).toBeNull();
    expect(published.publication).toMatchObject({ on: '2026-03-02', channels: ['政府网站', '政府公报'] });
  });

  it('refuses an adjustment after publication without a reason, and keeps it with its reason', async () => {
    app.clock.set('2026-07-15T02:00:00.000Z');
    const catalog = expectOk(await app.call(team.drafter, 'decisionCatalogs.get', { year: 2026 }));
    const plan = active(catalog!)[1]!;
    const edit = {
      itemId: plan.id,
      name: plan.name,
      decisionType: plan.decisionType,
      leadUnit: plan.leadUnit,
      basis: plan.basis,
      plannedCompletion: '2027-03',
      documentId: plan.documentId,
    };
    const audits = auditCount(app);
    const changes = rowCount(app, 'decision_catalog_changes');
    const refused = expectError(
      await app.call(team.drafter, 'decisionCatalogs.updateItem', edit),
      'INVALID_INPUT',
    );
    expect(refused.message).toBe('目录已经公布，调整事项应当说明理由。');
    expectError(
      await app.call(team.drafter, 'decisionCatalogs.updateItem', { ...edit, reason: '   ' }),
      'INVALID_INPUT',
    );
    expect(auditCount(app)).toBe(audits);
    expect(rowCount(app, 'decision_catalog_changes')).toBe(changes);

    const reason = '上级规划编制时间调整，本区规划相应顺延。';
    const adjusted = expectOk(
      await app.call(team.drafter, 'decisionCatalogs.updateItem', { ...edit, reason }),
    );
    const last = adjusted.changes.at(-1)!;
    expect(last).toMatchObject({
      change: 'edited',
      itemId: plan.id,
      reason,
      afterPublication: true,
      changedOn: '2026-07-15',
      changedByName: 'drafter 用户',
    });
    expect(last.before?.plannedCompletion).toBe('2026-12');
    expect(last.after?.plannedCompletion).toBe('2027-03');
    expect(auditCount(app)).toBe(audits + 1);

    const removedReason = '经区政府常务会议研究，该事项不再列入本年度决策计划。';
    expectError(
      await app.call(team.reviewer, 'decisionCatalogs.removeItem', { itemId: plan.id }),
      'INVALID_INPUT',
    );
    const removed = expectOk(
      await app.call(team.reviewer, 'decisionCatalogs.removeItem', {
        itemId: plan.id,
        reason: removedReason,
      }),
    );
    // Never deleted: the item stays, marked removed, without a 序号.
    expect(removed.items.find((item) => item.id === plan.id)).toMatchObject({
      state: 'removed',
      number: null,
    });
    expect(active(removed)).toHaveLength(1);
    expect(removed.changes.at(-1)).toMatchObject({ change: 'removed', reason: removedReason });
    expect(rowCount(app, 'decision_catalog_items')).toBe(2);
    expectError(
      await app.call(team.reviewer, 'decisionCatalogs.removeItem', {
        itemId: plan.id,
        reason: removedReason,
      }),
      'INVALID_STATE',
    );
  });

  it('links only 重大行政决策 documents, and says which kind was refused', async () => {
    const refused = expectError(
      await app.call(team.drafter, 'decisionCatalogs.addItem', {
        ...PLAN,
        name: '统计调查项目管理',
        documentId: normativeId,
        reason: '年中新增',
      }),
      'INVALID_INPUT',
    );
    expect(refused.message).toBe('只能关联重大行政决策文件；《某区统计调查项目管理办法》是行政规范性文件。');
    const twice = expectError(
      await app.call(team.drafter, 'decisionCatalogs.addItem', {
        ...PLAN,
        name: '重复关联',
        documentId: deliberatedId,
        reason: '年中新增',
      }),
      'CONFLICT',
    );
    expect(twice.message).toContain('已关联到本目录的事项');
  });

  it('shows which of the five procedures each linked decision has done', async () => {
    const catalog = expectOk(await app.call(team.drafter, 'decisionCatalogs.get', { year: 2026 }))!;
    const [deliberated, draft] = catalog.items;
    expect(deliberated?.document?.title).toBe('某区统计数据质量提升三年行动方案');
    expect(deliberated?.document?.procedures.map((p) => [p.label, p.state])).toEqual([
      ['公众参与', 'done'],
      ['专家论证', 'done'],
      ['风险评估', 'not_applicable'],
      ['合法性审查', 'done'],
      ['集体讨论决定', 'done'],
    ]);
    expect(deliberated?.document?.procedures[2]?.note).toContain('不属于该程序的适用情形');
    expect(deliberated?.document?.procedures[4]?.on).toBe('2026-03-02');
    expect(draft?.document?.procedures.every((p) => p.state === 'pending')).toBe(true);
    expect(draft?.document?.statusLabel).toBe('起草');

    // A decision part way: its 合法性审查 concluded, not yet put to the meeting.
    const withReviewed = expectOk(
      await app.call(team.reviewer, 'decisionCatalogs.addItem', {
        ...PLAN,
        name: '某区统计信息化建设项目',
        decisionType: 'public_project',
        documentId: reviewedId,
        reason: '区政府年中部署新增建设项目',
      }),
    );
    const project = withReviewed.items.find((item) => item.documentId === reviewedId);
    expect(project?.number).toBe(2);
    expect(project?.document?.procedures.map((p) => [p.label, p.state])).toEqual([
      ['公众参与', 'done'],
      ['专家论证', 'done'],
      ['风险评估', 'done'],
      ['合法性审查', 'done'],
      ['集体讨论决定', 'pending'],
    ]);
    expect(withReviewed.changes.at(-1)).toMatchObject({ change: 'added', afterPublication: true });
  });

  it('exports the catalog as a GB/T 9704 Word file with the approval, the publication and the 调整情况', async () => {
    const file = expectOk(await app.call(team.leader, 'decisionCatalogs.export', { year: 2026 }));
    expect(file.fileName).toBe('某市某区统计局2026年度重大行政决策事项目录.docx');
    const xml = await documentXml(Buffer.from(file.data, 'base64'));
    expect(/<w:pgSz [^>]*w:orient="landscape"/.test(xml)).toBe(true);
    const texts = paragraphs(xml).map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );
    expect(texts[0]).toBe('某市某区统计局2026年度重大行政决策事项目录');
    expect(paragraphs(xml)[0]).toContain('w:eastAsia="方正小标宋简体"');
    const rows = xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
    const cells = (row: string) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((tc) =>
        [...tc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
      );
    expect(rows).toHaveLength(3);
    expect(cells(rows[0]!)).toEqual([
      '序号',
      '事项名称',
      '决策类型',
      '承办单位',
      '决策依据',
      '计划完成时间',
      '履行程序',
    ]);
    expect(cells(rows[1]!)).toEqual([
      '1',
      '某区统计数据质量提升三年行动方案',
      '重大公共政策和措施',
      '综合统计科',
      '《中华人民共和国统计法》第六条',
      '2026年6月',
      '公众参与、专家论证、风险评估（不适用）、合法性审查、集体讨论决定',
    ]);
    expect(texts).toContain('本目录经同级党委同意（区委常委会2026年第5次会议，2026年3月2日）。');
    expect(texts).toContain('本目录于2026年3月2日通过政府网站、政府公报向社会公布。');
    const adjustments = texts.slice(texts.indexOf('调整情况') + 1);
    expect(texts).toContain('调整情况');
    expect(adjustments).toEqual([
      '1．2026年7月15日调整事项“某区统计发展第十五个五年规划”：计划完成时间由“2026年12月”调整为“2027年3月”。理由：上级规划编制时间调整，本区规划相应顺延。',
      '2．2026年7月15日移出事项“某区统计发展第十五个五年规划”。理由：经区政府常务会议研究，该事项不再列入本年度决策计划。',
      '3．2026年7月15日增加事项“某区统计信息化建设项目”。理由：区政府年中部署新增建设项目。',
    ]);
    expect(cells(rows[2]!).slice(0, 3)).toEqual(['2', '某区统计信息化建设项目', '重大公共建设项目']);
    expect(cells(rows[2]!)[6]).toBe('公众参与、专家论证、风险评估、合法性审查');
  });
});
