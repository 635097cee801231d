import { Alert, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { DecisionCatalogView } from '../../../../shared/api';
import { CATALOG_MOVES, type CatalogMove } from '../../../../shared/domain/decisionCatalog';
import { PUBLICATION_CHANNELS, type PublicationChannel } from '../../../../shared/domain/issuance';
import { useCatalogMutation } from './useCatalogMutation';
import { useEnterSubmit } from '../../lib/useEnterSubmit';
import { submitAgainWhenOverrun } from '../../lib/submitAgain';

interface Values {
  on: Dayjs;
  opinion?: string;
  reference?: string;
  channels?: PublicationChannel[];
}

const TITLES: Record<CatalogMove, string> = {
  recordCheck: '法治审查',
  recordApproval: '登记党委同意',
  publish: '公布目录',
};

/** The catalog's next step: 法治审查 (opinion), 党委同意 (文件 or 会议), 公布 (channels), each on a day. */
export function CatalogStepDialog({
  catalog,
  move,
  onClose,
}: {
  catalog: DecisionCatalogView;
  move: CatalogMove;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const onKeyDown = useEnterSubmit(() => form.submit());
  const check = useCatalogMutation('decisionCatalogs.recordCheck', onClose);
  const approval = useCatalogMutation('decisionCatalogs.recordApproval', onClose);
  const publication = useCatalogMutation('decisionCatalogs.publish', onClose);
  const current = move === 'recordCheck' ? check : move === 'recordApproval' ? approval : publication;

  const submit = (values: Values) => {
    const base = { year: catalog.year, on: values.on.format('YYYY-MM-DD') };
    if (move === 'recordCheck') check.run({ ...base, opinion: values.opinion ?? '' }, form);
    else if (move === 'recordApproval') approval.run({ ...base, reference: values.reference ?? '' }, form);
    else publication.run({ ...base, channels: values.channels ?? [] }, form);
  };

  return (
    <Modal
      open
      title={TITLES[move]}
      okText={CATALOG_MOVES[move].label}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={current.pending}
      mask={{ closable: false }}
    >
      {current.refusal && (
        <Alert type="error" showIcon role="alert" title={current.refusal} style={{ marginBottom: 16 }} />
      )}
      <Form
        form={form}
        onFinishFailed={submitAgainWhenOverrun(form)}
        onKeyDown={onKeyDown}
        layout="vertical"
        aria-label={TITLES[move]}
        initialValues={{ on: dayjs(), channels: ['政府网站'] }}
        onFinish={submit}
      >
        <Form.Item label="日期" name="on" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {move === 'recordCheck' && (
          <Form.Item
            label="法治审查意见"
            name="opinion"
            rules={[{ required: true, whitespace: true, message: '请填写法治审查意见' }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
          </Form.Item>
        )}
        {move === 'recordApproval' && (
          <Form.Item
            label="党委同意的文件或会议"
            name="reference"
            rules={[{ required: true, whitespace: true, message: '请填写党委同意的文件或会议' }]}
          >
            <Input maxLength={200} placeholder="如：区委常委会2026年第5次会议" />
          </Form.Item>
        )}
        {move === 'publish' && (
          <Form.Item label="公布渠道" name="channels" rules={[{ required: true, message: '请选择公布渠道' }]}>
            <Checkbox.Group
              options={PUBLICATION_CHANNELS.map((channel) => ({ value: channel, label: channel }))}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
