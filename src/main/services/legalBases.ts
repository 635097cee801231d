import type { ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { LegalBasis } from '../../shared/api/schemas/drafting';
import * as legalBases from '../db/repos/legalBases';
import { requireAccount, type ServiceContext } from './context';
import { mustFindDocument } from './documents';

/** 制定依据: a law and article the document rests on, numbered in the order added. */
export function addLegalBasis(ctx: ServiceContext, input: ParsedInput<'legalBases.add'>): LegalBasis {
  const actor = requireAccount(ctx);
  mustFindDocument(ctx, input.documentId);
  const id = ctx.ids.next();
  legalBases.addLegalBasis(ctx.db, {
    ...input,
    id,
    createdAt: ctx.clock.now().toISOString(),
    createdBy: actor.id,
  });
  ctx.describeChange({ targetType: 'documents', targetId: input.documentId });
  return mustFindLegalBasis(ctx, id);
}

/** A removed entry stays in the table with the time it was removed. */
export function removeLegalBasis(ctx: ServiceContext, input: ParsedInput<'legalBases.remove'>): null {
  requireAccount(ctx);
  const basis = mustFindLegalBasis(ctx, input.id);
  legalBases.removeLegalBasis(ctx.db, basis.id, ctx.clock.now().toISOString());
  ctx.describeChange({
    targetType: 'documents',
    targetId: basis.documentId,
    detail: { legalBasisId: basis.id },
  });
  return null;
}

function mustFindLegalBasis(ctx: ServiceContext, id: string) {
  const basis = legalBases.findLegalBasis(ctx.db, id);
  if (!basis) throw new DomainError('NOT_FOUND', '制定依据条目不存在。');
  return basis;
}
