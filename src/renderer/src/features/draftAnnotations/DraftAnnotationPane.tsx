import { CommentOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { AnnotationPanel } from '../annotations';
import type { DraftAnnotations } from './useDraftAnnotations';

/** Beside the draft editor: 添加批注 for the editor's selection, and the margin panel of threads. */
export function DraftAnnotationPane({ annotations }: { annotations: DraftAnnotations }) {
  const { message } = App.useApp();
  const { documentId, blocks, view, selection } = annotations;
  const start = () => {
    if (!selection) return;
    if (!selection.selector.exact.trim()) {
      void message.warning('所选内容只有空白，请选择要批注的文字。');
      return;
    }
    if (selection.clipped) void message.info('选区跨越了多个段落，只批注第一个段落中选中的文字。');
    view.setPending(selection.selector);
  };
  return (
    <>
      <Tooltip title={selection ? undefined : '先在正文中选择文字'}>
        <Button
          block
          icon={<CommentOutlined />}
          disabled={!selection}
          style={{ marginBottom: 12 }}
          // Keep the editor's selection while the button is pressed.
          onMouseDown={(event) => event.preventDefault()}
          onClick={start}
        >
          添加批注
        </Button>
      </Tooltip>
      <AnnotationPanel documentId={documentId} versionId={null} blocks={blocks} view={view} />
    </>
  );
}
