import { Alert, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import {
  LEGAL_ADVISER_ROLE_LABELS,
  LEGAL_ADVISER_ROLES,
  LEGAL_OPINION_LABELS,
  LEGAL_OPINIONS,
} from '../../../../../shared/domain/majorDecisionCodes';
import { useCurrentAccount } from '../../../lib/session';
import { useApiQuery } from '../../../lib/useApi';

/**
 * 登记法律顾问意见 (重大行政决策程序暂行条例第二十八条): who gave it, when, the opinion and its text, and
 * optionally the signed opinion among the document's materials. A 法律顾问 signed in records their own
 * opinion under their own name.
 */
export function LegalOpinionFields({ documentId }: { documentId: string }) {
  const account = useCurrentAccount();
  const own = !!account && account.roles.includes('counsel') && !account.roles.includes('reviewer');
  const materials = useApiQuery('materials.list', { documentId });
  const letters = (materials.data?.files ?? []).filter(
    (file) => file.materialKind === 'legal_opinion' && !file.withdrawnAt,
  );
  const opinion = Form.useWatch<string | undefined>('opinion');

  return (
    <>
      <Form.Item
        label="出具意见的人员"
        name="adviserRole"
        initialValue="legal_adviser"
        rules={[{ required: true, message: '请选择法律顾问或公职律师' }]}
      >
        <Radio.Group
          options={LEGAL_ADVISER_ROLES.map((role) => ({
            value: role,
            label: LEGAL_ADVISER_ROLE_LABELS[role],
          }))}
        />
      </Form.Item>
      {own ? (
        <Form.Item label="姓名">
          <Input value={account.displayName} disabled />
        </Form.Item>
      ) : (
        <Form.Item
          label="姓名"
          name="adviserName"
          rules={[{ required: true, whitespace: true, message: '请填写法律顾问或公职律师姓名' }]}
        >
          <Input maxLength={40} />
        </Form.Item>
      )}
      <Form.Item
        label="出具日期"
        name="givenOn"
        initialValue={dayjs()}
        rules={[{ required: true, message: '请选择出具日期' }]}
      >
        <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item label="法律意见" name="opinion" rules={[{ required: true, message: '请选择法律意见' }]}>
        <Radio.Group
          options={LEGAL_OPINIONS.map((code) => ({ value: code, label: LEGAL_OPINION_LABELS[code] }))}
        />
      </Form.Item>
      {opinion === 'disagree' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="认为不合法的，不得提交集体讨论决定；属于国家尚无明确规定的探索性改革决策事项的，审核人员可以说明理由并明示法律风险后提交讨论。"
        />
      )}
      <Form.Item
        label="意见内容"
        name="text"
        rules={[{ required: true, whitespace: true, message: '请填写法律意见' }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
      </Form.Item>
      <Form.Item
        label="书面法律意见书"
        name="attachmentId"
        extra="可在“材料”中以“法律顾问、公职律师法律意见书”上传后选择。"
      >
        <Select
          allowClear
          aria-label="书面法律意见书"
          placeholder={letters.length === 0 ? '尚未上传' : '选择已上传的意见书'}
          options={letters.map((file) => ({ value: file.id, label: file.fileName }))}
        />
      </Form.Item>
    </>
  );
}

/** 明示法律风险后提交讨论 (第二十五条): why it goes forward and the risk stated to the meeting. */
export function LegalRiskFields() {
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="对国家尚无明确规定的探索性改革决策事项，可以明示法律风险，提交决策机关讨论（重大行政决策程序暂行条例第二十五条）。"
      />
      <Form.Item
        label="提交讨论的理由"
        name="reason"
        rules={[{ required: true, whitespace: true, message: '请填写提交讨论的理由' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
      <Form.Item
        label="法律风险"
        name="legalRisk"
        rules={[{ required: true, whitespace: true, message: '请填写法律风险' }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
    </>
  );
}
