import { Steps } from 'antd';
import type { WorkflowView } from '../../../../shared/api';

/**
 * The kind's lifecycle as steps. 退回补正 is a side branch shown on the review step; 失效/废止 end the
 * line and appear only when the document has reached them.
 */
export function WorkflowSteps({ view }: { view: WorkflowView }) {
  const line = view.states.filter((state) => !state.final && state.id !== 'returned');
  const returned = view.state === 'returned';
  const ended = view.states.find((state) => state.id === view.state && state.final);
  const steps = ended ? [...line, ended] : line;
  const anchor = returned ? 'in_review' : view.state;
  const current = Math.max(
    0,
    steps.findIndex((state) => state.id === anchor),
  );
  return (
    <Steps
      size="small"
      current={current}
      status={returned ? 'error' : ended ? 'finish' : 'process'}
      items={steps.map((state, index) => ({
        key: state.id,
        title: state.label,
        ...(index === current && returned ? { content: view.stateLabel } : {}),
        ...(index === current ? { status: returned ? ('error' as const) : ('process' as const) } : {}),
      }))}
    />
  );
}
