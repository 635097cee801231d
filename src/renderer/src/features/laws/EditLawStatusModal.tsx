import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Input, Modal, Radio, Result } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { type LawChangeView, SetLawStatusInput } from '../../../../shared/api';
import { LAW_CHANGE_LABELS, type LawChangeKind } from '../../../../shared/domain/cleanup/lawChanges';
import { call } from '../../api/client';
import { zodRule } from '../../lib/formRules';
import { useApiError } from '../../lib/useApiError';
import { LAW_STATUSES, type Law, type LawStatus } from './lawStatus';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface StatusValues {
  status: LawStatus;
  change?: LawChangeKind;
  changedOn?: Dayjs;
  supersededBy: string;
  note: string;
}

interface Props {
  law: Law;
  onClose: () => void;
}

const CHANGES_FOR: Record<Exclude<LawStatus, '有效'>, LawChangeKind[]> = {
  已修改: ['amended', 'renumbered'],
  已废止: ['repealed'],
};

/**
 * 修改状态 (administrators and reviewers): a law amended, renumbered or repealed since the library was
 * shipped. The change is recorded with the day it took effect, the pre-check of every later review reads
 * the new status, and the issued documents citing the law become candidates for 即时清理.
 */
export function EditLawStatusModal({ law, onClose }: Props) {
  const [form] = Form.useForm<StatusValues>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const status = Form.useWatch('status', form) ?? law.status;
  const [recorded, setRecorded] = useState<LawChangeView | null>(null);
  const { message } = App.useApp();
  const showError = useApiError();
  const save = useMutation({
    mutationFn: async (values: StatusValues) => {
      const supersededBy = values.status === '有效' ? null : values.supersededBy.trim() || null;
      if (values.status === '有效' || !values.change || !values.changedOn) {
        const saved = await call('laws.setStatus', {
          id: law.id,
          status: values.status,
          supersededBy,
          note: values.note.trim(),
        });
        return { saved, change: null };
      }
      const impact = await call('laws.mark', {
        lawId: law.id,
        change: values.change,
        changedOn: values.changedOn.format('YYYY-MM-DD'),
        supersededBy,
        note: values.note.trim(),
      });
      return { saved: null, change: impact.change };
    },
    onSuccess: ({ saved, change }) => {
      if (change) {
        setRecorded(change);
        return;
      }
      if (saved) void message.success(`已将《${saved.title}》标为${saved.status}`);
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  if (recorded) {
    return (
      <Modal
        open
        title={`《${recorded.title}》`}
        onCancel={onClose}
        footer={<Button onClick={onClose}>关闭</Button>}
      >
        <Result
          status="success"
          title={`已记录：${recorded.changeLabel}，${recorded.changedOn}起施行`}
          subTitle={`引用该法规、在此之前印发的文件 ${recorded.documentCount} 件（现行有效 ${recorded.inForceCount} 件）。`}
          extra={
            <Link to={`/cleanup?tab=law-changes&change=${encodeURIComponent(recorded.id)}`} onClick={onClose}>
              查看涉及的文件
            </Link>
          }
        />
      </Modal>
    );
  }

  const changes = status === '有效' ? [] : CHANGES_FOR[status];
  return (
    <Modal
      open
      title={`修改状态：《${law.title}》`}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="智能预审按此处的状态检查送审稿中引用的法律法规；记录修改或废止后，引用该法规的已印发文件列入即时清理线索。修改会记入审计日志。"
      />
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        initialValues={{
          status: law.status,
          supersededBy: law.supersededBy ?? '',
          note: law.note,
          changedOn: dayjs(),
        }}
        onValuesChange={(changed: Partial<StatusValues>) => {
          if (changed.status && changed.status !== '有效')
            form.setFieldValue('change', CHANGES_FOR[changed.status][0]);
        }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item label="状态" name="status">
          <Radio.Group optionType="button" options={LAW_STATUSES.map((value) => ({ value, label: value }))} />
        </Form.Item>
        {changes.length > 0 && (
          <>
            <Form.Item
              label="变化类型"
              name="change"
              rules={[{ required: status !== law.status, message: '请选择变化类型' }]}
              extra="记录变化后，引用该法规、在生效日期前印发的文件列入即时清理线索。"
            >
              <Radio.Group
                optionType="button"
                options={changes.map((value) => ({ value, label: LAW_CHANGE_LABELS[value] }))}
              />
            </Form.Item>
            <Form.Item
              label="生效日期"
              name="changedOn"
              rules={[{ required: true, message: '请选择生效日期' }]}
            >
              <DatePicker style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </>
        )}
        <Form.Item
          label={status === '已废止' ? '被替代为' : '修改后的名称（如有变化）'}
          name="supersededBy"
          rules={[zodRule(SetLawStatusInput.shape.supersededBy.unwrap().unwrap())]}
          extra="填写法律法规名称，不加书名号，例如：中华人民共和国统计法实施条例"
        >
          <Input maxLength={200} allowClear disabled={status === '有效'} />
        </Form.Item>
        <Form.Item
          label="备注"
          name="note"
          extra="例如：依据的废止决定及其文号、施行日期。"
          rules={[zodRule(SetLawStatusInput.shape.note.unwrap())]}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
