import type { ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { LawEntry } from '../../shared/domain/laws/types';
import type { Db } from '../db/connection';
import * as lawOverrides from '../db/repos/lawOverrides';
import { requireAccount, type ServiceContext } from './context';
import { lawEntries } from './lawLibrary';

function toView(law: LawEntry, edited: Map<string, { note: string }>) {
  const override = edited.get(law.id);
  return {
    id: law.id,
    title: law.title,
    level: law.level ?? '',
    issuer: law.issuer ?? '',
    promulgated: law.promulgated ?? '',
    effective: law.effective ?? '',
    status: law.status,
    supersededBy: law.supersededBy ?? null,
    // The workstation's own note first; otherwise what the shipped library says (repeal basis, renumbering,
    // a validity left in doubt).
    note:
      override?.note ||
      [
        law.note ?? (law.doubt ? `${law.doubt.kind}：${law.doubt.reason}` : ''),
        law.repealed ? `废止日期：${law.repealed}` : '',
      ]
        .filter(Boolean)
        .join('；'),
    edited: override !== undefined,
  };
}

/** The law reference library: title / short title / alias contains the text, optionally by status. */
export function searchLaws(ctx: ServiceContext, input: ParsedInput<'laws.search'>) {
  const { entries, edited } = lawEntries(ctx.db);
  const q = input.q.replace(/[《》]/g, '');
  const matches = entries.filter(
    (law) =>
      (!input.status || law.status === input.status) &&
      (!q ||
        law.title.includes(q) ||
        law.shortTitle.includes(q) ||
        (law.aliases ?? []).some((alias) => alias.includes(q))),
  );
  const start = (input.page - 1) * input.pageSize;
  return {
    items: matches.slice(start, start + input.pageSize).map((law) => toView(law, edited)),
    total: matches.length,
  };
}

function findLaw(db: Db, id: string) {
  const { entries, edited } = lawEntries(db);
  const law = entries.find((entry) => entry.id === id);
  if (!law) throw new DomainError('NOT_FOUND', '法律法规库中没有这一项。');
  return { law, edited };
}

/** Records a change of a law's status (修改、废止) in this workstation; audited like every change. */
export function setLawStatus(ctx: ServiceContext, input: ParsedInput<'laws.setStatus'>) {
  return applyLawStatus(ctx, input);
}

/** The one path a law's status changes by: 修改状态 on the law-library page and a recorded law change. */
export function applyLawStatus(ctx: ServiceContext, input: ParsedInput<'laws.setStatus'>) {
  const actor = requireAccount(ctx);
  const before = findLaw(ctx.db, input.id).law;
  lawOverrides.setLawStatus(ctx.db, {
    title: input.id,
    status: input.status,
    supersededBy: input.status === '有效' ? null : input.supersededBy,
    note: input.note,
    at: ctx.clock.now().toISOString(),
    by: actor.id,
  });
  ctx.describeChange({
    targetType: 'laws',
    targetId: input.id,
    detail: {
      title: before.title,
      before: { status: before.status, supersededBy: before.supersededBy ?? null },
      after: { status: input.status, supersededBy: input.supersededBy },
      note: input.note,
    },
  });
  const { law, edited } = findLaw(ctx.db, input.id);
  return toView(law, edited);
}
