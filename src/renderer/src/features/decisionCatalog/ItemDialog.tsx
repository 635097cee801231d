import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { DecisionCatalogView, DecisionItemView } from '../../../../shared/api';
import { DOCUMENT_STATUS_LABELS } from '../../../../shared/domain/documentStatus';
import {
  DECISION_TYPE_LABELS,
  DECISION_TYPES,
  type DecisionType,
} from '../../../../shared/domain/decisionCatalog';
import { useApiQuery } from '../../lib/useApi';
import { useCatalogMutation } from './useCatalogMutation';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface Values {
  name: string;
  decisionType: DecisionType;
  leadUnit: string;
  basis?: string;
  plannedCompletion: Dayjs;
  documentId?: string | null;
  reason?: string;
}

/**
 * 增加事项 / 修改事项. The linked document is chosen among the 重大行政决策 documents; once the catalog is
 * published, the change is an adjustment (调整) and its reason is asked for.
 */
export function ItemDialog({
  catalog,
  item,
  onClose,
}: {
  catalog: DecisionCatalogView;
  /** The item to change; a new item when absent. */
  item?: DecisionItemView;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const adding = useCatalogMutation('decisionCatalogs.addItem', onClose);
  const updating = useCatalogMutation('decisionCatalogs.updateItem', onClose);
  const { refusal, pending } = item ? updating : adding;
  const published = catalog.status === 'published';
  const decisions = useApiQuery('documents.list', {
    kind: 'major_decision',
    sort: 'updatedAt',
    order: 'desc',
    page: 1,
    pageSize: 500,
  });

  const submit = (values: Values) => {
    const fields = {
      name: values.name,
      decisionType: values.decisionType,
      leadUnit: values.leadUnit,
      basis: values.basis ?? '',
      plannedCompletion: values.plannedCompletion.format('YYYY-MM'),
      documentId: values.documentId ?? null,
      reason: values.reason,
    };
    if (item) updating.run({ ...fields, itemId: item.id }, form);
    else adding.run({ ...fields, year: catalog.year }, form);
  };

  return (
    <Modal
      open
      title={item ? (published ? '调整事项' : '修改事项') : published ? '增加事项（调整）' : '增加事项'}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      mask={{ closable: false }}
      width={640}
    >
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />}
      {published && (
        <Alert
          type="info"
          showIcon
          title="目录已经公布，调整事项应当说明理由，并列入导出目录的“调整情况”。"
          style={{ marginBottom: 16 }}
        />
      )}
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        aria-label={item ? '修改事项' : '增加事项'}
        initialValues={
          item
            ? {
                name: item.name,
                decisionType: item.decisionType,
                leadUnit: item.leadUnit,
                basis: item.basis,
                plannedCompletion: dayjs(`${item.plannedCompletion}-01`),
                documentId: item.documentId,
              }
            : { decisionType: 'public_policy', plannedCompletion: dayjs(`${catalog.year}-12-01`) }
        }
        onFinish={submit}
      >
        <Form.Item
          label="事项名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请填写事项名称' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          label="决策类型"
          name="decisionType"
          rules={[{ required: true, message: '请选择决策类型' }]}
        >
          <Select
            options={DECISION_TYPES.map((type) => ({ value: type, label: DECISION_TYPE_LABELS[type] }))}
          />
        </Form.Item>
        <Form.Item
          label="承办单位"
          name="leadUnit"
          rules={[{ required: true, whitespace: true, message: '请填写承办单位' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="决策依据" name="basis">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
        </Form.Item>
        <Form.Item
          label="计划完成时间"
          name="plannedCompletion"
          rules={[{ required: true, message: '请选择计划完成时间' }]}
        >
          <DatePicker picker="month" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="关联重大行政决策文件" name="documentId">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="可不关联"
            loading={decisions.isPending}
            options={(decisions.data?.items ?? []).map((document) => ({
              value: document.id,
              label: `${document.title}（${DOCUMENT_STATUS_LABELS[document.status]}）`,
            }))}
          />
        </Form.Item>
        {published && (
          <Form.Item
            label="调整理由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: '请说明调整理由' }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
