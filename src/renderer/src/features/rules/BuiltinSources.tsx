import { Collapse, Table, Tag, Typography } from 'antd';
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS } from '../../../../shared/domain/documentKinds';
import { MATERIAL_KIND_LABELS, MATERIAL_REQUIREMENTS } from '../../../../shared/domain/materials';
import { PRECHECK_RULE_IDS, PRECHECK_RULES } from '../../../../shared/domain/precheck/rules';
import type { RuleConfidence } from '../../../../shared/domain/ruleCodes';
import { CONFIDENCE_TAGS } from './confidence';

interface SourceRow {
  key: string;
  item: string;
  basis: string;
  source: string;
  confidence: RuleConfidence;
}

const PRECHECK_ROWS: SourceRow[] = PRECHECK_RULE_IDS.map((id) => {
  const rule = PRECHECK_RULES[id];
  return { key: id, item: rule.title, basis: rule.basis, source: rule.source, confidence: rule.confidence };
});

const MATERIAL_ROWS: SourceRow[] = DOCUMENT_KINDS.flatMap((kind) =>
  MATERIAL_REQUIREMENTS[kind].map((requirement) => ({
    key: `${kind}-${requirement.kind}-${requirement.stage}`,
    item: `${DOCUMENT_KIND_LABELS[kind]}：${MATERIAL_KIND_LABELS[requirement.kind]}`,
    basis: requirement.source,
    source: requirement.origin ?? '',
    confidence: requirement.confidence,
  })),
);

const COLUMNS = [
  { title: '项目', dataIndex: 'item', width: 220 },
  { title: '依据（页面上的写法）', dataIndex: 'basis' },
  {
    title: '出处和可信度',
    dataIndex: 'source',
    width: 320,
    render: (source: string, row: SourceRow) => (
      <>
        <Tag color={CONFIDENCE_TAGS[row.confidence].color}>{CONFIDENCE_TAGS[row.confidence].text}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {source}
        </Typography.Text>
      </>
    ),
  },
];

function SourceTable({ rows }: { rows: SourceRow[] }) {
  return (
    <Table<SourceRow> rowKey="key" size="small" pagination={false} columns={COLUMNS} dataSource={rows} />
  );
}

/**
 * Where the built-in checks come from: each pre-check rule and material requirement with the basis the
 * pages cite, its internal source (the rules reference it was built from, the localities it follows) and
 * its confidence tag. Only here, for the administrator who checks them against local rules.
 */
export function BuiltinSources() {
  return (
    <Collapse
      style={{ marginTop: 24 }}
      items={[
        {
          key: 'precheck',
          label: `预审规则的依据出处（${PRECHECK_ROWS.length} 条）`,
          children: <SourceTable rows={PRECHECK_ROWS} />,
        },
        {
          key: 'materials',
          label: `送审材料要求的依据出处（${MATERIAL_ROWS.length} 项）`,
          children: <SourceTable rows={MATERIAL_ROWS} />,
        },
      ]}
    />
  );
}
