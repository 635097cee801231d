/** Kinds of entry on a document's timeline, with the words the timeline shows. */
export const DOCUMENT_EVENT_LABELS: Record<string, string> = {
  registered: '登记',
  metadata_changed: '修改文件信息',
  version_saved: '保存版本',
  status_changed: '状态变更',
  /** A workflow step that keeps the status (a 决策程序 recorded, a filing sent or its result). */
  workflow_step: '流程记录',
  /** A cleanup campaign's decision applied to the issued document (继续有效 / 修改 / 废止 / 宣布失效). */
  cleanup_decision: '清理决定',
};

export function documentEventLabel(kind: string): string {
  return DOCUMENT_EVENT_LABELS[kind] ?? kind;
}
