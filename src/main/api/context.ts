import type { Account, Channel, ChannelOutput, ParsedInput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { Deps } from '../deps';

/** Who is signed in on one window (Electron) or one browser (local host). */
export interface Session {
  accountId: string | null;
}

/** What the audit entry of a mutation records; the dispatch fills in what a handler leaves out. */
export interface AuditNote {
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
  /** The account the change is attributed to when nobody is signed in yet (first-run setup). */
  actor?: Account;
}

export interface HandlerContext extends Deps {
  account: Account | null;
  session: Session;
  audit: AuditNote;
}

export function requireAccount(ctx: HandlerContext): Account {
  if (!ctx.account) throw new DomainError('UNAUTHENTICATED');
  return ctx.account;
}

type PlainHandler<C extends Channel> = (
  ctx: HandlerContext,
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/**
 * A mutation with slow work (parsing a file, rendering a document): `prepare` runs first, outside any
 * transaction and without writing; `apply` then writes everything in one transaction.
 */
export interface StagedHandler<C extends Channel, P = unknown> {
  prepare(ctx: HandlerContext, input: ParsedInput<C>): Promise<P>;
  apply(ctx: HandlerContext, input: ParsedInput<C>, prepared: P): ChannelOutput<C>;
}

export type Handler<C extends Channel> = PlainHandler<C> | StagedHandler<C, never>;

export type Handlers = { [C in Channel]: Handler<C> };

export function staged<C extends Channel, P>(handler: StagedHandler<C, P>): StagedHandler<C, never> {
  return handler as unknown as StagedHandler<C, never>;
}
