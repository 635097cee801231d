import { Tag } from 'antd';
import type { DocumentFilingView } from '../../../../shared/api';
import { useApiQuery } from '../../lib/useApi';

const COLORS: Partial<Record<DocumentFilingView['state'], string>> = {
  to_submit: 'gold',
  awaiting: 'blue',
  correction: 'orange',
  filed: 'green',
  refused: 'red',
};

/**
 * Where an issued document stands in filing (待报送 / 已报送待登记 / 暂缓补正中 / 已备案 / 不予备案), beside its
 * status: the workflow stays 印发 until every filing organ has registered it, so this tag is what changes
 * the moment a submission or an answer is recorded.
 */
export function FilingStateTag({ documentId }: { documentId: string }) {
  const filing = useApiQuery('filings.forDocument', { documentId });
  const state = filing.data?.state;
  const color = state ? COLORS[state] : undefined;
  if (!filing.data || !color) return null;
  return (
    <Tag color={color} data-testid="filing-state">
      备案：{filing.data.stateLabel}
    </Tag>
  );
}
