import { App, Alert, DatePicker, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useDeferredValue } from 'react';
import { useNavigate } from 'react-router';
import type { ScopeDocument } from '../../../../shared/api';
import {
  CAMPAIGN_KIND_LABELS,
  CAMPAIGN_KINDS,
  type CampaignKind,
} from '../../../../shared/domain/cleanup/campaigns';
import { call, errorMessage } from '../../api/client';
import { useApiError } from '../../lib/useApiError';
import { useApiQuery } from '../../lib/useApi';
import { ScopeFields, type ScopeValues } from './ScopeFields';
import { NamedDocumentsField } from './NamedDocumentsField';
import { scopeOf } from './scopeOf';
import { useEnterSubmit } from '../../lib/useEnterSubmit';

interface FormValues extends ScopeValues {
  kind: CampaignKind;
  name: string;
  dueOn: Dayjs;
  /** Documents taken in whatever the filters say. */
  documentIds?: string[];
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** A 即时清理 started from a law's change (清理 page, 上位法变化). */
  lawChangeId?: string | null;
}

const previewColumns = [
  { title: '文件名称', dataIndex: 'title', key: 'title' },
  { title: '文号', dataIndex: 'docNumber', key: 'docNumber', width: 170 },
  { title: '公布日期', dataIndex: 'publishedOn', key: 'publishedOn', width: 110 },
  {
    title: '效力状态',
    key: 'state',
    width: 130,
    render: (_: unknown, row: ScopeDocument) => <Tag>{row.stateLabel}</Tag>,
  },
];

/**
 * 新建清理: kind, name, due date and the scope filters, with the documents they select now shown below
 * before saving. Opened from a law's change it is a 即时清理 of the documents citing that law.
 */
export function CreateCampaignDialog({ open, onClose, lawChangeId }: Props) {
  const { message } = App.useApp();
  const showError = useApiError();
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const values = Form.useWatch([], form) as Partial<FormValues> | undefined;
  const named = values?.documentIds ?? [];
  const scope = { ...scopeOf(values ?? {}), ...(named.length > 0 ? { documentIds: named } : {}) };
  const input = lawChangeId ? { lawChangeId, scope } : { scope };
  const deferred = useDeferredValue(input);
  const preview = useApiQuery('cleanup.preview', deferred, { enabled: open, keepPrevious: true });

  const create = useMutation({
    mutationFn: (form: FormValues) =>
      call('cleanup.create', {
        kind: form.kind,
        name: form.name,
        dueOn: form.dueOn.format('YYYY-MM-DD'),
        ...(lawChangeId ? { lawChangeId } : {}),
        scope: scopeOf(form),
        ...(form.documentIds?.length ? { documentIds: form.documentIds } : {}),
      }),
    onSuccess: (campaign) => {
      void message.success(`已新建清理活动“${campaign.name}”，共 ${campaign.total} 件文件。`);
      onClose();
      void navigate(`/cleanup/campaigns/${campaign.id}`);
    },
    onError: (error) => showError(error),
  });

  return (
    <Modal
      open={open}
      title={lawChangeId ? '新建即时清理' : '新建清理'}
      width={960}
      okText="新建"
      cancelText="取消"
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<FormValues>
        form={form}
        onKeyDown={onKeyDown}
        layout="vertical"
        preserve={false}
        initialValues={{
          kind: lawChangeId ? 'immediate' : 'periodic',
          name: lawChangeId ? '上位法变化即时清理' : `${dayjs().year()}年规范性文件清理`,
          dueOn: dayjs().add(3, 'month'),
        }}
        onFinish={(submitted) => create.mutate(submitted)}
        data-testid="create-campaign-form"
      >
        <Form.Item label="清理类型" name="kind" rules={[{ required: true, message: '请选择清理类型' }]}>
          <Select
            options={CAMPAIGN_KINDS.map((kind) => ({ value: kind, label: CAMPAIGN_KIND_LABELS[kind] }))}
          />
        </Form.Item>
        <Form.Item
          label="名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请填写清理活动名称' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="截止日期" name="dueOn" rules={[{ required: true, message: '请选择截止日期' }]}>
          <DatePicker aria-label="截止日期" />
        </Form.Item>
        <Typography.Title level={5}>清理范围</Typography.Title>
        {lawChangeId ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="由上位法变化启动：未另选条件时，范围为引用该法规的全部已印发文件；另行列入的文件一并清理。"
          />
        ) : null}
        <ScopeFields />
        <Form.Item
          label="另行列入的文件"
          name="documentIds"
          extra="不论上述条件如何，所选文件都列入本次清理。"
        >
          <NamedDocumentsField />
        </Form.Item>
      </Form>
      {preview.isError ? (
        <Alert type="error" showIcon title={`预览失败：${errorMessage(preview.error)}`} />
      ) : (
        <>
          <Typography.Paragraph data-testid="scope-preview-summary">
            {preview.data
              ? `按当前条件（${preview.data.scopeText}）将列入 ${preview.data.total} 件文件；已废止、已宣布失效或正在修改的文件不列入。`
              : '正在预览…'}
          </Typography.Paragraph>
          <Table<ScopeDocument>
            size="small"
            rowKey="documentId"
            columns={previewColumns}
            dataSource={preview.data?.documents ?? []}
            loading={preview.isFetching}
            pagination={{ pageSize: 8, showSizeChanger: false }}
            data-testid="scope-preview"
          />
        </>
      )}
    </Modal>
  );
}
