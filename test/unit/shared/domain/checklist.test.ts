import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  Checklist,
  checklistSummary,
  suggestedConclusion,
  type ChecklistItem,
} from '../../../../src/shared/domain/checklist';
import { DOCUMENT_KINDS } from '../../../../src/shared/domain/documentKinds';

const DIR = join(__dirname, '../../../../resources/checklists');

function load(kind: string): Checklist {
  return Checklist.parse(JSON.parse(readFileSync(join(DIR, `${kind}.json`), 'utf8')));
}

describe('checklist files', () => {
  test('one valid checklist per document kind, named after the kind', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(DOCUMENT_KINDS.map((kind) => `${kind}.json`).sort());
    for (const kind of DOCUMENT_KINDS) expect(load(kind).kind).toBe(kind);
  });

  test('行政规范性文件: the seven elements of RULES §1.6 plus fair competition and form', () => {
    const ids = load('admin_normative').elements.map((element) => element.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'issuing_body',
        'statutory_authority',
        'content_legality',
        'unlawful_powers',
        'rights_obligations',
        'agency_powers',
        'procedure',
        'fair_competition',
        'form_and_text',
      ]),
    );
  });

  test('党内规范性文件: the four dimensions of 第十一条 with their sub-points', () => {
    const checklist = load('party_normative');
    expect(checklist.groups.map((group) => group.title)).toEqual(
      expect.arrayContaining(['政治性审查', '合法合规性审查', '合理性审查', '规范性审查']),
    );
    const perGroup = (group: string) => checklist.elements.filter((e) => e.group === group).length;
    expect([
      perGroup('political'),
      perGroup('legality'),
      perGroup('rationality'),
      perGroup('standardization'),
    ]).toEqual([4, 5, 3, 3]);
    expect(checklist.elements.every((e) => e.source.article?.startsWith('第') ?? false)).toBe(true);
  });

  test('重大行政决策: 权限 / 程序 / 内容 of 第二十七条 and the five procedures', () => {
    const checklist = load('major_decision');
    expect(checklist.groups.map((group) => group.id)).toEqual(['authority', 'procedure', 'content']);
    const titles = checklist.elements.map((element) => element.title).join('|');
    for (const procedure of ['公众参与', '专家论证', '风险评估', '合法性审查', '集体讨论决定']) {
      expect(titles).toContain(procedure);
    }
  });

  test('合同 and 政府信息公开 lists are marked local', () => {
    for (const kind of ['contract', 'disclosure']) {
      const checklist = load(kind);
      expect(checklist.local).toBe(true);
      expect(checklist.elements.every((element) => element.local === true)).toBe(true);
    }
  });

  test('a duplicated element id or an unknown group is refused', () => {
    const raw = JSON.parse(readFileSync(join(DIR, 'contract.json'), 'utf8')) as {
      elements: { id: string; group: string }[];
    };
    const duplicated = { ...raw, elements: [...raw.elements, raw.elements[0]] };
    expect(Checklist.safeParse(duplicated).success).toBe(false);
    const badGroup = { ...raw, elements: [{ ...raw.elements[0], group: 'nowhere' }] };
    expect(Checklist.safeParse(badGroup).success).toBe(false);
  });
});

describe('verdicts', () => {
  const admin = load('admin_normative');
  const all = (verdict: ChecklistItem['verdict']): ChecklistItem[] =>
    admin.elements.map((element) => ({ elementId: element.id, verdict }));
  const withVerdicts = (changes: Record<string, ChecklistItem['verdict']>) =>
    all('conforming').map((item) => ({ ...item, verdict: changes[item.elementId] ?? item.verdict }));

  test('summary counts, with missing elements as 待定 when the checklist is given', () => {
    const items: ChecklistItem[] = [
      { elementId: 'issuing_body', verdict: 'conforming' },
      { elementId: 'unlawful_powers', verdict: 'nonconforming', note: '第七条设定罚款' },
      { elementId: 'fair_competition', verdict: 'not_applicable' },
      { elementId: 'no_such_element', verdict: 'nonconforming' },
    ];
    const summary = checklistSummary(items, admin);
    expect(summary.total).toBe(admin.elements.length);
    expect(summary.counts).toEqual({
      conforming: 1,
      nonconforming: 1,
      not_applicable: 1,
      pending: admin.elements.length - 3,
    });
    expect(summary.anyNonconforming).toBe(true);
    expect(summary.allDecided).toBe(false);
    expect(checklistSummary(items).counts.nonconforming).toBe(2);
    expect(checklistSummary(all('conforming'), admin)).toMatchObject({
      anyNonconforming: false,
      allDecided: true,
    });
  });

  test('all 符合 suggests 合法; clause-level failures suggest 修改后提交', () => {
    expect(suggestedConclusion(admin, all('conforming'))).toEqual({
      conclusion: 'LAWFUL',
      becauseOf: [],
      provisional: false,
    });
    const result = suggestedConclusion(
      admin,
      withVerdicts({ unlawful_powers: 'nonconforming', rights_obligations: 'nonconforming' }),
    );
    expect(result).toEqual({
      conclusion: 'LAWFUL_WITH_CHANGES',
      becauseOf: ['unlawful_powers', 'rights_obligations'],
      provisional: false,
    });
  });

  test('主体 or 权限 不符合 outweighs everything but 不属于规范性文件', () => {
    const items = withVerdicts({
      statutory_authority: 'nonconforming',
      procedure: 'nonconforming',
      form_and_text: 'nonconforming',
    });
    expect(suggestedConclusion(admin, items).conclusion).toBe('UNLAWFUL');
    const notNormative = withVerdicts({ document_nature: 'nonconforming', issuing_body: 'nonconforming' });
    expect(suggestedConclusion(admin, notNormative)).toMatchObject({
      conclusion: 'NOT_A_NORMATIVE_DOC',
      becauseOf: ['document_nature'],
    });
  });

  test('程序 不符合 returns the draft for the procedure; missing materials return it for materials', () => {
    const procedure = withVerdicts({ procedure: 'nonconforming', content_legality: 'nonconforming' });
    expect(suggestedConclusion(admin, procedure).conclusion).toBe('RETURN_FOR_PROCEDURE');
    const materials = withVerdicts({ materials_complete: 'nonconforming' });
    expect(suggestedConclusion(admin, materials).conclusion).toBe('RETURN_INCOMPLETE_MATERIALS');
  });

  test('a suggestion made while elements are 待定 is provisional', () => {
    const items: ChecklistItem[] = [{ elementId: 'content_legality', verdict: 'nonconforming' }];
    expect(suggestedConclusion(admin, items)).toMatchObject({
      conclusion: 'LAWFUL_WITH_CHANGES',
      provisional: true,
    });
  });

  test('党内规范性文件: a 政治性 failure is not cured by 规范性 ones', () => {
    const party = load('party_normative');
    const items: ChecklistItem[] = party.elements.map((element) => ({
      elementId: element.id,
      verdict:
        element.id === 'political_decisions' || element.id === 'norm_wording'
          ? 'nonconforming'
          : 'conforming',
    }));
    expect(suggestedConclusion(party, items)).toMatchObject({
      conclusion: 'PARTY_NOT_PASSED',
      becauseOf: ['political_decisions'],
    });
  });

  test('党内规范性文件 are concluded in the Party outcome set: 通过, 通过并书面提醒, 不予通过', () => {
    const party = load('party_normative');
    const judged = (failing: readonly string[]): ChecklistItem[] =>
      party.elements.map((element) => ({
        elementId: element.id,
        verdict: failing.includes(element.id) ? 'nonconforming' : 'conforming',
      }));
    expect(suggestedConclusion(party, judged([])).conclusion).toBe('PARTY_PASSED');
    expect(suggestedConclusion(party, judged(['norm_wording', 'rational_fairness']))).toMatchObject({
      conclusion: 'PARTY_PASSED_WITH_REMINDER',
      becauseOf: ['rational_fairness', 'norm_wording'],
    });
    expect(suggestedConclusion(party, judged(['legal_streamlining'])).conclusion).toBe('PARTY_NOT_PASSED');
    const adminCodes = ['LAWFUL', 'LAWFUL_WITH_CHANGES', 'UNLAWFUL', 'RETURN_FOR_PROCEDURE'];
    expect(party.elements.filter((element) => adminCodes.includes(element.onNonconforming))).toEqual([]);
  });
});
