import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../../src/shared/api';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_AREA_LABELS,
  auditActionLabel,
  auditActionOptions,
} from '../../../../src/shared/domain/audit/auditActions';
import {
  type AuditSubjectFacts,
  auditDetailFields,
  describeAuditSubject,
} from '../../../../src/shared/domain/audit/auditSubject';

const NO_NAMES: Omit<AuditSubjectFacts, 'action' | 'targetType' | 'detail'> = {
  documentTitle: null,
  versionSeq: null,
  versionLabel: null,
  versionCreatedAt: null,
  userName: null,
  userLogin: null,
  reviewRound: null,
  attachmentName: null,
  reportNumber: null,
  filingRecipient: null,
  campaignName: null,
  catalogYear: null,
  itemName: null,
};

describe('audit action labels', () => {
  it('names every channel of the contract in Chinese, and every area', () => {
    for (const channel of CHANNELS) {
      const label = (AUDIT_ACTION_LABELS as Record<string, string | undefined>)[channel];
      expect(label, channel).toMatch(/^[\u4e00-\u9fa5][^.]*$/u);
      expect(AUDIT_AREA_LABELS[channel.split('.')[0] ?? ''], channel).toBeTruthy();
    }
    expect(Object.keys(AUDIT_ACTION_LABELS).sort()).toEqual([...CHANNELS].sort());
  });

  it('names a workflow step by the step, and never shows an unknown code', () => {
    expect(auditActionLabel('workflow.transition', { event: { type: 'SUBMIT' } })).toMatch(/^办理流程：/);
    expect(auditActionLabel('workflow.transition', { event: { type: 'NOT_A_STEP' } })).toBe('办理流程');
    expect(auditActionLabel('auth.signIn.failed')).toBe('登录失败');
    expect(auditActionLabel('something.unknown')).toBe('其他操作');
  });

  it('offers every action under its area for the filter', () => {
    const versions = auditActionOptions().find((group) => group.area === 'versions');
    expect(versions?.actions.map((option) => option.label)).toEqual([
      '保存版本',
      '查看版本',
      '恢复版本为草稿',
      '导出版本 Word 文件',
    ]);
  });
});

describe('audit subjects', () => {
  it('names a version by its document, number, name and day', () => {
    const subject = describeAuditSubject({
      ...NO_NAMES,
      action: 'versions.save',
      targetType: 'versions',
      detail: {},
      documentTitle: '某区统计数据质量管理办法',
      versionSeq: 2,
      versionLabel: '送审稿',
      versionCreatedAt: '2025-03-05T04:00:00.000Z',
    });
    expect(subject).toBe('《某区统计数据质量管理办法》第2版（送审稿，2025-03-05）');
  });

  it('falls back to what the entry recorded when the object is gone', () => {
    const base = { ...NO_NAMES, action: 'documents.create', targetType: 'documents' };
    expect(describeAuditSubject({ ...base, detail: { title: '登记文件', input: { title: '旧办法' } } })).toBe(
      '《旧办法》',
    );
    expect(
      describeAuditSubject({
        ...base,
        action: 'users.create',
        targetType: 'users',
        detail: { input: { username: 'lisi', displayName: '李四' } },
      }),
    ).toBe('账号 李四（lisi）');
    expect(
      describeAuditSubject({
        ...base,
        action: 'materials.upload',
        targetType: 'attachments',
        detail: { fileName: '说明.txt' },
      }),
    ).toBe('材料“说明.txt”');
    expect(describeAuditSubject({ ...base, targetType: null, detail: {} })).toBe('—');
  });

  it('shows recorded fields under Chinese names, without ids or the operation title', () => {
    const fields = auditDetailFields({
      title: '新建账号',
      input: { id: 'u-9', username: 'lisi', roles: ['drafter', 'reviewer'], password: '[已隐去]' },
    });
    expect(fields).toEqual([
      { label: '登录名', value: 'lisi' },
      { label: '角色', value: '起草人员、审核人员' },
    ]);
  });
});
