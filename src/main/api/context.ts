import type { Channel, ChannelOutput, ParsedInput } from '../../shared/api';
import type { ServiceContext, StagedOperation } from '../services/context';

/** Who is signed in on one window (Electron) or one browser (local host). */
export interface Session {
  accountId: string | null;
}

/** What a handler gets: the service context, plus the session it may sign in or out. */
export interface HandlerContext extends ServiceContext {
  session: Session;
}

type PlainHandler<C extends Channel> = (
  ctx: HandlerContext,
  input: ParsedInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

/** A mutation with slow work: `prepare` outside any transaction, then `apply` inside one. */
export type StagedHandler<C extends Channel, P = unknown> = StagedOperation<
  ParsedInput<C>,
  P,
  ChannelOutput<C>
>;

export type Handler<C extends Channel> = PlainHandler<C> | StagedHandler<C, never>;

export type Handlers = { [C in Channel]: Handler<C> };

export function staged<C extends Channel, P>(operation: StagedHandler<C, P>): StagedHandler<C, never> {
  return operation as unknown as StagedHandler<C, never>;
}
