import { Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { LIFECYCLE_STATE_LABELS, LIFECYCLE_STATES } from '../../../../shared/domain/cleanup/lifecycle';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/domain/documentKinds';
import { useApiQuery } from '../../lib/useApi';
import { LawSearchBox } from '../laws';

/** The kinds that are issued (and so can be cleaned up). */
const ISSUED_KINDS = ['admin_normative', 'party_normative', 'major_decision'] as const;

/** The form's filter fields; `scopeOf` turns their values into a campaign scope. */
export interface ScopeValues {
  kinds?: string[];
  issuingAuthority?: string;
  inGovernmentName?: boolean;
  yearFrom?: number | null;
  yearTo?: number | null;
  states?: string[];
  citesLaw?: string;
  text?: string;
}

/** A law picked from the library: search by name or short title, then choose one of the matches. */
function LawPicker({ value, onChange }: { value?: string; onChange?: (id: string | undefined) => void }) {
  const [q, setQ] = useState('');
  const laws = useApiQuery('laws.search', { q, page: 1, pageSize: 20 }, { enabled: q !== '' });
  const options = (laws.data?.items ?? []).map((law) => ({
    value: law.id,
    label: `《${law.title}》（${law.status}）`,
  }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <LawSearchBox q={q} onSearch={setQ} />
      {q !== '' || value ? (
        <Select
          aria-label="引用法规"
          allowClear
          placeholder={laws.isFetching ? '正在查询…' : '从查询结果中选择法规'}
          value={value}
          options={
            value && !options.some((option) => option.value === value)
              ? [...options, { value, label: value }]
              : options
          }
          onChange={(id?: string) => onChange?.(id)}
          style={{ width: 360 }}
        />
      ) : null}
    </Space>
  );
}

/** The scope filters of a campaign: 文件类型、制定机关、以区政府名义印发、年份起止、效力状态、引用法规、关键词. */
export function ScopeFields() {
  return (
    <>
      <Form.Item label="文件类型" name="kinds">
        <Select
          mode="multiple"
          allowClear
          placeholder="全部已印发的文件类型"
          options={ISSUED_KINDS.map((kind) => ({ value: kind, label: DOCUMENT_KIND_LABELS[kind] }))}
        />
      </Form.Item>
      <Form.Item label="制定机关" name="issuingAuthority">
        <Input allowClear placeholder="包含的文字，例如：统计局" maxLength={100} />
      </Form.Item>
      <Form.Item name="inGovernmentName" valuePropName="checked">
        <Checkbox>以区政府名义印发</Checkbox>
      </Form.Item>
      <Form.Item label="公布年份">
        <Space>
          <Form.Item name="yearFrom" noStyle>
            <InputNumber aria-label="起始年份" min={1949} max={2100} placeholder="起" />
          </Form.Item>
          <Typography.Text>至</Typography.Text>
          <Form.Item name="yearTo" noStyle>
            <InputNumber aria-label="截止年份" min={1949} max={2100} placeholder="止" />
          </Form.Item>
        </Space>
      </Form.Item>
      <Form.Item label="效力状态" name="states">
        <Select
          mode="multiple"
          allowClear
          placeholder="不限"
          options={LIFECYCLE_STATES.map((state) => ({ value: state, label: LIFECYCLE_STATE_LABELS[state] }))}
        />
      </Form.Item>
      <Form.Item label="引用法规" name="citesLaw">
        <LawPicker />
      </Form.Item>
      <Form.Item label="关键词" name="text">
        <Input allowClear placeholder="标题、文号或登记号包含的文字" maxLength={100} />
      </Form.Item>
    </>
  );
}
