import { Tag } from 'antd';
import { REGISTER_ROW_STATE_LABELS, type RegisterRowState } from '../../../../shared/domain/filingRegister';

const COLORS: Record<RegisterRowState, string> = {
  to_submit: 'gold',
  awaiting: 'processing',
  correction: 'orange',
  filed: 'green',
  refused: 'red',
  superseded: 'default',
};

export function StateTag({ state, reminder = false }: { state: RegisterRowState; reminder?: boolean }) {
  return (
    <>
      <Tag color={COLORS[state]}>{REGISTER_ROW_STATE_LABELS[state]}</Tag>
      {reminder && <Tag color="purple">书面提醒</Tag>}
    </>
  );
}

/** 逾期报送: sent after its deadline (counts against 报备及时率). */
export function LateTag({ late }: { late: boolean }) {
  return late ? <Tag color="red">逾期报送</Tag> : null;
}
