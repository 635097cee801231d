import type { Account, Channel, ChannelInput, ChannelOutput } from '../../shared/api';
import { DomainError } from '../../shared/api';
import type { Deps } from '../deps';

/** What a change did, for its audit entry; the dispatch fills in what a service leaves out. */
export interface ChangeDescription {
  /** The kind of record changed (a table name) and its id; by default the channel's area and the id in the input or output. */
  targetType?: string;
  targetId?: string;
  /** What changed; by default the operation's input, with secrets removed. */
  detail?: Record<string, unknown>;
  /** The account the change is attributed to when nobody is signed in yet (first-run setup). */
  actor?: Account;
}

/**
 * What a service operation works with: the dependencies, the acting account (null before sign-in) and a
 * way to describe what it changed. The API layer builds it for each call and owns the transaction and
 * the audit entry.
 */
export interface ServiceContext extends Deps {
  readonly account: Account | null;
  /** Adds to the description of this call's change; later calls override earlier fields. */
  describeChange(change: ChangeDescription): void;
  /**
   * Work that goes on after this change is committed, as further operations of their own (each with its
   * own transaction, checks and audit entry): first-run setup fills the demo workspace this way.
   */
  afterCommit?(work: FollowUp): void;
}

/** Runs one operation as the given account at the given time, as a user would; throws its error. */
export interface OperationRunner {
  run<C extends Channel>(
    accountId: string,
    channel: C,
    input: ChannelInput<C>,
    at: Date,
  ): Promise<ChannelOutput<C>>;
}

export type FollowUp = (operations: OperationRunner) => Promise<void>;

export function requireAccount(ctx: ServiceContext): Account {
  if (!ctx.account) throw new DomainError('UNAUTHENTICATED');
  return ctx.account;
}

/**
 * An operation with slow work (parsing a file, comparing large texts): `prepare` runs first, outside any
 * transaction and without writing; `apply` then writes everything in one transaction.
 */
export interface StagedOperation<I, P, O> {
  prepare(ctx: ServiceContext, input: I): Promise<P>;
  apply(ctx: ServiceContext, input: I, prepared: P): O;
}
