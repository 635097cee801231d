import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChannelOutput, LawChangeView } from '../../../src/shared/api';
import { installBridge, signedInChannels } from '../support/fakeBridge';
import { renderApp } from '../support/renderApp';

const CHANGE: LawChangeView = {
  id: 'change-1',
  lawId: '统计法',
  title: '中华人民共和国统计法',
  change: 'amended',
  changeLabel: '修改',
  changedOn: '2026-03-15',
  supersededBy: null,
  note: '',
  origin: 'edit',
  recordedAt: '2026-03-20T02:00:00.000Z',
  recordedByName: '李审核',
  documentCount: 1,
  inForceCount: 1,
};

const IMPACT: ChannelOutput<'laws.changeImpact'> = {
  change: CHANGE,
  documents: [
    {
      documentId: 'doc-1',
      kind: 'admin_normative',
      title: '某区统计调查对象信用管理办法',
      docNumber: '某统规〔2026〕1号',
      issuingAuthority: '某区统计局',
      publishedOn: '2026-03-02',
      validUntil: '2031-04-01',
      lifecycleState: 'in_force',
      lifecycleLabel: '现行有效',
      inForce: true,
      citations: [
        {
          citedAs: '《统计法》',
          articles: '第四十一条',
          blockId: 'b4',
          path: '第二条 › 第二款',
          sentence: '拒绝提供统计资料的，依照《统计法》第四十一条的规定处理；',
          renumbered: [
            {
              cited: '第四十一条',
              oldArticle: 41,
              newArticle: 44,
              note: null,
              oldVersion: '2009-06-27',
              newVersion: '2024-09-13',
            },
          ],
        },
      ],
    },
  ],
};

describe('上位法变化', { timeout: 40_000 }, () => {
  it('lists the changes, opens the one in the address with its citing sentences, and starts 即时清理', async () => {
    const bridge = installBridge({
      ...signedInChannels(),
      'laws.changes': [CHANGE],
      'laws.changeImpact': IMPACT,
    });
    renderApp('/cleanup?tab=law-changes&change=change-1');
    const row = (await screen.findByText('《中华人民共和国统计法》', { selector: 'td' })).closest('tr');
    expect(row?.textContent).toContain('2026-03-15');
    expect(row?.textContent).toContain('1 件');
    const impacted = await screen.findByText('某区统计调查对象信用管理办法');
    const item = impacted.closest('[data-impacted-document]') as HTMLElement;
    expect(within(item).getByText('某统规〔2026〕1号')).toBeTruthy();
    expect(within(item).getByText('现行有效')).toBeTruthy();
    expect(item.querySelector('mark')?.textContent).toBe('《统计法》第四十一条');
    expect(item.querySelector('[data-citing-sentence]')?.textContent).toContain(
      '拒绝提供统计资料的，依照《统计法》第四十一条的规定处理；',
    );
    expect(within(item).getByText('第二条 › 第二款')).toBeTruthy();
    expect(within(item).getByText('第四十一条现为第四十四条')).toBeTruthy();
    expect(bridge.inputsOf('laws.changeImpact')).toEqual([{ id: 'change-1' }]);

    fireEvent.click(screen.getByRole('button', { name: '发起即时清理' }));
    await waitFor(() => expect(window.location.hash).toBe('#/cleanup?tab=campaigns&fromLawChange=change-1'));
  });
});
