import { Alert, Button, Card, Spin } from 'antd';
import type { ChannelInput } from '../../../../shared/api';
import { errorMessage } from '../../api/client';
import { CompareWorkspace } from './CompareWorkspace';
import type { CompareView } from './useCompareParams';
import { useComparison } from './useComparison';

/**
 * Runs the chosen comparison and shows it. The call is asynchronous (the work happens in main, on a worker
 * for long texts), so the window stays usable; the previous result stays visible under 正在比对… while a
 * new one is computed.
 */
export function ComparisonArea({
  input,
  view,
  onViewChange,
  height,
}: {
  input: ChannelInput<'compare.run'>;
  view: CompareView;
  onViewChange: (view: CompareView) => void;
  height: number;
}) {
  const comparison = useComparison(input);

  if (comparison.isPending) {
    return (
      <Card>
        <Spin description="正在比对…" size="large">
          <div style={{ height: 240 }} aria-busy="true" />
        </Spin>
      </Card>
    );
  }
  if (comparison.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title="比对失败"
        description={errorMessage(comparison.error)}
        action={
          <Button size="small" onClick={() => void comparison.refetch()}>
            重试
          </Button>
        }
      />
    );
  }
  const { data } = comparison;
  // A new pair of sides or new options start with the navigator at the top.
  const key = [
    data.from.id,
    data.to?.id ?? 'draft',
    data.result.options.ignoreWhitespace,
    data.result.options.normalizeWidth,
  ].join('|');
  return (
    <Spin
      spinning={comparison.isPlaceholderData || comparison.isFetching}
      description="正在比对…"
      size="large"
    >
      <CompareWorkspace
        key={key}
        comparison={data}
        documentId={input.documentId}
        view={view}
        onViewChange={onViewChange}
        height={height}
      />
    </Spin>
  );
}
