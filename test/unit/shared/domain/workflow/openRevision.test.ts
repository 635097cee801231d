import { describe, expect, it } from 'vitest';
import type { DocumentStatus } from '../../../../../src/shared/domain/documentStatus';
import { applyEffects, transition, workflowMachine } from '../../../../../src/shared/domain/workflow';
import { env, expectAllowed, expectGroupCovered, expectRefused, happyPath, pointAt, walk } from './fixtures';

/**
 * 启动修改 (OPEN_REVISION): a cleanup campaign's 修改 decision sends an issued document back to 起草; the
 * new cycle starts without the earlier review, meeting and filing, and keeps the issuance it revises.
 */

const FULL_PATH = ['admin_normative', 'party_normative', 'major_decision'] as const;
const event = {
  type: 'OPEN_REVISION',
  on: '2027-03-01',
  reason: '与修改后的上位法不一致',
  campaignId: 'c1',
} as const;

describe('OPEN_REVISION', () => {
  it.each(FULL_PATH)('%s: from every issued state back to drafting, the issuance kept', (kind) => {
    const machine = workflowMachine(kind, env);
    const states: DocumentStatus[] = env.profile.filing[kind].required
      ? ['issued', 'filed', 'in_force']
      : ['issued', 'in_force'];
    for (const state of states) {
      const point = pointAt(machine, state);
      const result = expectAllowed(machine, point, event);
      expect(result.state).toBe('drafting');
      expect(result.timeline).toMatchObject({ kind: 'status_changed', from: state, to: 'drafting' });
      expect(result.timeline.description).toBe(
        '经文件清理决定修改，以印发文本为底稿重新起草：与修改后的上位法不一致',
      );
      expect(result.effects).toEqual([
        { type: 'revision_opened', on: '2027-03-01', reason: '与修改后的上位法不一致', campaignId: 'c1' },
      ]);
      const next = applyEffects(point.context, result.effects);
      expect(next.review).toBeNull();
      expect(next.deliberation).toBeNull();
      expect(next.filing).toBeNull();
      expect(next.issuance).toEqual(point.context.issuance);
    }
  });

  it.each(FULL_PATH)('%s: the revised text goes round again and can be issued anew', (kind) => {
    const machine = workflowMachine(kind, env);
    const inForce = pointAt(machine, 'in_force');
    const [reopened] = walk(machine, [event], inForce).slice(-1);
    const path = happyPath(kind).filter(
      (step) => step.type !== 'RECORD_PROCEDURE' || kind === 'major_decision',
    );
    // Procedures stay recorded from the first cycle; the review starts again from 送审.
    const fromSubmit = path.slice(path.findIndex((step) => step.type === 'SUBMIT'));
    const reissued = walk(
      machine,
      fromSubmit.map((step) =>
        step.type === 'ISSUE'
          ? { ...step, docNumber: '某统字〔2027〕1号', registrationNumber: '某区规〔2027〕001' }
          : step,
      ),
      reopened,
    ).at(-1);
    expect(reissued?.state).toBe('in_force');
  });

  it('is refused before issuance, in states without it, and for the light review kinds', () => {
    const admin = workflowMachine('admin_normative', env);
    for (const state of ['drafting', 'submitted', 'in_review', 'reviewed', 'deliberated'] as const) {
      const result = transition(admin, state, event, pointAt(admin, state).context);
      expect(result).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    }
    const issued = pointAt(admin, 'issued');
    expectRefused(
      admin,
      { ...issued, context: { ...issued.context, issuance: null } },
      event,
      'revision_of_issued_text',
      '尚未印发',
    );
    for (const kind of ['contract', 'disclosure'] as const) {
      const machine = workflowMachine(kind, env);
      const result = transition(machine, 'reviewed', event, pointAt(machine, 'reviewed').context);
      expect(result).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    }
    expectGroupCovered('cleanup', 'admin_normative');
  });

  it('needs a reason', () => {
    const admin = workflowMachine('admin_normative', env);
    const result = transition(admin, 'issued', { ...event, reason: ' ' }, pointAt(admin, 'issued').context);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });
});
