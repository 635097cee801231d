import { FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Select,
  Space,
  Steps,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { DecisionCatalogView, DecisionItemView } from '../../../../shared/api';
import {
  CATALOG_MOVES,
  CATALOG_STEP_LABELS,
  type CatalogMove,
  itemChangeRule,
} from '../../../../shared/domain/decisionCatalog';
import type { Role } from '../../../../shared/domain/roles';
import { call, errorMessage } from '../../api/client';
import { downloadFile } from '../../lib/downloadFile';
import { useHasRole } from '../../lib/session';
import { useApiQuery } from '../../lib/useApi';
import { useApiError } from '../../lib/useApiError';
import { CatalogItemsTable } from './CatalogItemsTable';
import { CatalogStepDialog } from './CatalogStepDialog';
import { ChangeHistory } from './ChangeHistory';
import { ItemDialog } from './ItemDialog';
import { RemoveItemDialog } from './RemoveItemDialog';
import { useCatalogMutation } from './useCatalogMutation';

/** Who takes each step (the contract checks it again in main). */
const MOVE_ROLES: Record<CatalogMove, { roles: Role[]; name: string }> = {
  recordCheck: { roles: ['reviewer'], name: '审核人员' },
  recordApproval: { roles: ['leader'], name: '负责人' },
  publish: { roles: ['reviewer'], name: '审核人员' },
};

type Dialog =
  | { kind: 'item'; item?: DecisionItemView }
  | { kind: 'remove'; item: DecisionItemView }
  | { kind: 'step'; move: CatalogMove };

function yearOptions(current: number) {
  return Array.from({ length: 8 }, (_, index) => current + 1 - index).map((year) => ({
    value: year,
    label: `${year}年度`,
  }));
}

/** 征集 → 法治审查 → 党委同意 → 公布, each finished step with its day. */
function CatalogSteps({ catalog }: { catalog: DecisionCatalogView }) {
  const order = ['collecting', 'checked', 'approved', 'published'] as const;
  const index = order.indexOf(catalog.status);
  const current = catalog.status === 'collecting' ? 0 : Math.min(index + 1, 3);
  const days = [null, catalog.check?.on, catalog.approval?.on, catalog.publication?.on];
  return (
    <Steps
      size="small"
      current={current}
      status={catalog.status === 'published' ? 'finish' : 'process'}
      items={CATALOG_STEP_LABELS.map((label, step) => ({
        key: label,
        title: label,
        ...(days[step] ? { content: days[step] } : {}),
      }))}
    />
  );
}

/**
 * 重大行政决策事项目录 (重大行政决策程序暂行条例 第三条第三款): the year's catalog, its items with their
 * decisions' five procedures, the next step for whoever may take it, the change history and the Word file.
 */
export function DecisionCatalogPanel() {
  const { message } = App.useApp();
  const showError = useApiError();
  const currentYear = dayjs().year();
  const [year, setYear] = useState(currentYear);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const query = useApiQuery('decisionCatalogs.get', { year });
  const catalog = query.data ?? null;
  const collector = useHasRole('drafter', 'reviewer');
  const reviewer = useHasRole('reviewer');
  const leader = useHasRole('leader');
  const create = useCatalogMutation(
    'decisionCatalogs.create',
    () => void message.success(`已新建${year}年度目录`),
  );
  const exportWord = useMutation({
    mutationFn: () => call('decisionCatalogs.export', { year }),
    onSuccess: (file) => {
      downloadFile(file);
      void message.success(`已导出：${file.fileName}`);
    },
    onError: (error) => showError(error),
  });

  const close = () => setDialog(null);
  const mayMove = (move: CatalogMove) =>
    MOVE_ROLES[move].roles.some((role) => (role === 'leader' ? leader : reviewer));
  const editable = catalog !== null && collector && itemChangeRule(catalog.status) !== 'frozen';
  const next = catalog?.nextMove ?? null;

  return (
    <Card
      title="重大行政决策事项目录"
      data-testid="decision-catalog-panel"
      extra={
        <Space wrap>
          <Select
            aria-label="年度"
            value={year}
            options={yearOptions(currentYear)}
            onChange={setYear}
            style={{ width: 120 }}
          />
          {catalog && (
            <Button
              icon={<FileWordOutlined />}
              loading={exportWord.isPending}
              onClick={() => exportWord.mutate()}
            >
              导出 Word
            </Button>
          )}
        </Space>
      }
    >
      {query.isError && <Alert type="error" showIcon title={`目录加载失败：${errorMessage(query.error)}`} />}
      {query.isSuccess && !catalog && (
        <Empty description={`${year}年度的重大行政决策事项目录尚未建立`}>
          {create.refusal && (
            <Alert type="error" showIcon role="alert" title={create.refusal} style={{ marginBottom: 16 }} />
          )}
          {collector ? (
            <Button type="primary" loading={create.pending} onClick={() => create.run({ year })}>
              新建
            </Button>
          ) : (
            <Typography.Text type="secondary">由起草人员或审核人员新建并征集事项。</Typography.Text>
          )}
        </Empty>
      )}
      {catalog && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Title level={5} style={{ margin: 0, textAlign: 'center' }}>
            {catalog.title}
          </Typography.Title>
          <CatalogSteps catalog={catalog} />
          <Space wrap>
            <Typography.Text>状态：{catalog.statusLabel}</Typography.Text>
            {next &&
              (mayMove(next) ? (
                <Button type="primary" onClick={() => setDialog({ kind: 'step', move: next })}>
                  {CATALOG_MOVES[next].label}
                </Button>
              ) : (
                <Tooltip title={`由${MOVE_ROLES[next].name}办理`}>
                  <Button disabled>{CATALOG_MOVES[next].label}</Button>
                </Tooltip>
              ))}
            {editable && (
              <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'item' })}>
                增加事项
              </Button>
            )}
          </Space>
          {(catalog.check || catalog.approval || catalog.publication) && (
            <Descriptions size="small" column={1} bordered>
              {catalog.check && (
                <Descriptions.Item label="法治审查">
                  {catalog.check.on} {catalog.check.byName}：{catalog.check.opinion}
                </Descriptions.Item>
              )}
              {catalog.approval && (
                <Descriptions.Item label="党委同意">
                  {catalog.approval.on} {catalog.approval.reference}（{catalog.approval.byName}登记）
                </Descriptions.Item>
              )}
              {catalog.publication && (
                <Descriptions.Item label="公布">
                  {catalog.publication.on} {catalog.publication.channels.join('、')}
                </Descriptions.Item>
              )}
            </Descriptions>
          )}
          <CatalogItemsTable
            items={catalog.items}
            {...(editable
              ? {
                  onEdit: (item: DecisionItemView) => setDialog({ kind: 'item', item }),
                  onRemove: (item: DecisionItemView) => setDialog({ kind: 'remove', item }),
                }
              : {})}
          />
          <Typography.Title level={5} style={{ margin: 0 }}>
            变更记录
          </Typography.Title>
          <ChangeHistory changes={catalog.changes} />
        </Space>
      )}
      {catalog && dialog?.kind === 'item' && (
        <ItemDialog catalog={catalog} item={dialog.item} onClose={close} />
      )}
      {catalog && dialog?.kind === 'remove' && (
        <RemoveItemDialog catalog={catalog} item={dialog.item} onClose={close} />
      )}
      {catalog && dialog?.kind === 'step' && (
        <CatalogStepDialog catalog={catalog} move={dialog.move} onClose={close} />
      )}
    </Card>
  );
}
