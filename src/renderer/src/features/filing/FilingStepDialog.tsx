import { Modal, Spin } from 'antd';
import { useApiQuery } from '../../lib/useApi';
import { RecordOutcomeModal } from './RecordOutcomeModal';
import { SubmitFilingModal } from './SubmitFilingModal';

/** The workflow's 报送备案 / 登记备案结果 buttons open the register's dialogs, so both stay one record. */
export function FilingStepDialog(props: {
  documentId: string;
  step: 'SUBMIT_FILING' | 'RECORD_FILING_RESULT';
  onClose: () => void;
}) {
  const filing = useApiQuery('filings.forDocument', { documentId: props.documentId });
  if (!filing.data) {
    return (
      <Modal open footer={null} onCancel={props.onClose} title="备案">
        <Spin />
      </Modal>
    );
  }
  return props.step === 'SUBMIT_FILING' ? (
    <SubmitFilingModal view={filing.data} onClose={props.onClose} />
  ) : (
    <RecordOutcomeModal view={filing.data} onClose={props.onClose} />
  );
}

/** Whether a workflow step is taken in the filing register. */
export function isFilingStep(type: string): type is 'SUBMIT_FILING' | 'RECORD_FILING_RESULT' {
  return type === 'SUBMIT_FILING' || type === 'RECORD_FILING_RESULT';
}
