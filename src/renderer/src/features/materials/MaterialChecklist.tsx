import { EditOutlined } from '@ant-design/icons';
import { Alert, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router';
import { basisNote } from '../../../../shared/domain/basisStanding';
import { BasisLegend } from '../../lib/BasisLegend';
import { BasisNote } from '../../lib/BasisNote';
import { explanationPath, STAGE_LABELS, type MaterialCheck } from './materialLabels';

interface Props {
  documentId: string;
  checks: MaterialCheck[];
}

function presence(check: MaterialCheck) {
  if (check.present) {
    return (
      <Typography.Text type="success" data-present="yes">
        ✓ 已提供
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type={check.required ? 'danger' : 'secondary'} data-present="no">
      ✗ {check.required ? '缺少' : '未提供'}
    </Typography.Text>
  );
}

function columns(documentId: string): TableProps<MaterialCheck>['columns'] {
  return [
    {
      title: '材料',
      dataIndex: 'label',
      render: (_value, check) => (
        <>
          <div>{check.label}</div>
          {check.kind === 'drafting_explanation' && (
            <Link to={explanationPath(documentId)}>
              <EditOutlined /> 在编辑器中撰写起草说明
            </Link>
          )}
        </>
      ),
    },
    { title: '阶段', dataIndex: 'stage', width: 90, render: (_value, check) => STAGE_LABELS[check.stage] },
    {
      title: '要求',
      key: 'required',
      width: 220,
      render: (_value, check) =>
        check.required ? (
          <Tag color="red">必需</Tag>
        ) : (
          <>
            <Tag color="gold">视情况</Tag>
            {check.condition && <Typography.Text type="secondary">{check.condition}</Typography.Text>}
          </>
        ),
    },
    {
      title: '依据',
      dataIndex: 'source',
      render: (_value, check) => (
        <>
          <Typography.Text type="secondary">{check.source}</Typography.Text>
          <BasisNote confidence={check.confidence} citedAs={[check.source, check.origin]} />
        </>
      ),
    },
    { title: '状态', key: 'present', width: 100, render: (_value, check) => presence(check) },
  ];
}

/** 送审材料清单: what this kind of document must (or may) come with, and what is already there. */
export function MaterialChecklist({ documentId, checks }: Props) {
  const missing = checks.filter((check) => check.required && !check.present);
  return (
    <>
      {missing.length === 0 ? (
        <Alert type="success" showIcon title="必需材料已齐备" style={{ marginBottom: 12 }} />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={`还缺 ${missing.length} 项必需材料：${missing.map((check) => check.label).join('、')}`}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<MaterialCheck>
        rowKey="kind"
        size="small"
        columns={columns(documentId)}
        dataSource={checks}
        pagination={false}
      />
      {checks.some((check) => basisNote(check.confidence)) && (
        <div style={{ marginTop: 8 }}>
          <BasisLegend />
        </div>
      )}
    </>
  );
}
