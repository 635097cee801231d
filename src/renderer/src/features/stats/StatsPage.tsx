import { Alert, Card, Col, Flex, Row, Select, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import type { StatsFigure, StatsRate, StatsView } from '../../../../shared/api';
import { formatRate, periodLabel } from '../../../../shared/domain/statistics';
import { errorMessage } from '../../api/client';
import { useApiQuery } from '../../lib/useApi';
import { PageSpin } from '../../lib/PageSpin';
import { FigureButton } from './FigureButton';
import { FigureDrawer } from './FigureDrawer';
import { StatsChart } from './StatsChart';

type Quarter = 1 | 2 | 3 | 4;
const QUARTERS: { value: Quarter | 0; label: string }[] = [
  { value: 0, label: '全年' },
  { value: 1, label: '第一季度' },
  { value: 2, label: '第二季度' },
  { value: 3, label: '第三季度' },
  { value: 4, label: '第四季度' },
];

const days = (value: number | null) => (value === null ? '—' : `${value}`);

function RateCard({ rate, onOpen }: { rate: StatsRate; onOpen: (figure: StatsFigure) => void }) {
  return (
    <Card size="small" data-testid={`rate-${rate.key}`}>
      <Statistic title={rate.label} value={formatRate(rate.value)} />
      <Space size="small" wrap>
        <FigureButton figure={rate.numerator} onOpen={onOpen} />
        <Typography.Text type="secondary">/</Typography.Text>
        <FigureButton figure={rate.denominator} onOpen={onOpen} />
      </Space>
    </Card>
  );
}

function ChartCard(props: {
  title: string;
  figures: readonly StatsFigure[];
  onOpen: (figure: StatsFigure) => void;
}) {
  return (
    <Card size="small" title={props.title}>
      {props.figures.length === 0 ? (
        <Typography.Text type="secondary">本期没有</Typography.Text>
      ) : (
        <>
          <StatsChart title={props.title} figures={props.figures} onOpen={props.onOpen} />
          <Space size={[12, 4]} wrap>
            {props.figures.map((figure) => (
              <FigureButton key={figure.key} figure={figure} onOpen={props.onOpen} />
            ))}
          </Space>
        </>
      )}
    </Card>
  );
}

function Figures({ stats, onOpen }: { stats: StatsView; onOpen: (figure: StatsFigure) => void }) {
  const { documents, reviews, filings, cleanup, signoffs } = stats;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        {[filings.filingRate, filings.timelyRate, filings.regularRate].map((rate) => (
          <Col key={rate.key} xs={24} md={8}>
            <RateCard rate={rate} onOpen={onOpen} />
          </Col>
        ))}
      </Row>
      <Card size="small" title="合法性审核">
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title="审核用时中位数（工作日）" value={days(reviews.medianWorkingDays)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="90% 审核用时在（工作日）内" value={days(reviews.p90WorkingDays)} />
          </Col>
          <Col xs={24} md={12}>
            <Space size={[12, 4]} wrap>
              <FigureButton figure={reviews.received} onOpen={onOpen} />
              <FigureButton figure={reviews.concluded} onOpen={onOpen} />
              <FigureButton figure={reviews.overdue} onOpen={onOpen} />
            </Space>
          </Col>
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <ChartCard title="审核结论" figures={reviews.byOutcome} onOpen={onOpen} />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title="按审核人员" figures={reviews.byReviewer} onOpen={onOpen} />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard
            title="备案"
            figures={[
              filings.shouldFile,
              filings.filed,
              filings.onTime,
              filings.registeredClean,
              filings.correctionsRequested,
              filings.correctionsDone,
            ]}
            onOpen={onOpen}
          />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title="清理处理结果" figures={cleanup.byDisposition} onOpen={onOpen} />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard
            title={`登记文件（${documents.total.count} 件）按类别`}
            figures={documents.byKind}
            onOpen={onOpen}
          />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title="登记文件按状态" figures={documents.byStatus} onOpen={onOpen} />
        </Col>
        <Col xs={24} lg={12}>
          <ChartCard title="法律顾问签署" figures={signoffs.byCounsel} onOpen={onOpen} />
        </Col>
      </Row>
    </Space>
  );
}

/**
 * 统计: the office's figures for a year or a quarter — reviews, 报备率 / 报备及时率 / 规范率, cleanup and
 * sign-offs — as cards and charts. Every count opens the documents behind it.
 */
export function StatsPage() {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [quarter, setQuarter] = useState<Quarter | 0>(0);
  const [opened, setOpened] = useState<StatsFigure | null>(null);
  const period = quarter ? { year, quarter } : { year };
  const stats = useApiQuery('stats.get', period, { keepPrevious: true });
  const years = stats.data?.years ?? [year];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            统计{stats.data ? `：${periodLabel(stats.data.period)}` : ''}
          </Typography.Title>
          <Space wrap>
            <Select
              aria-label="年份"
              style={{ width: 120 }}
              value={year}
              options={years.map((value) => ({ value, label: `${value}年` }))}
              onChange={setYear}
            />
            <Select
              aria-label="季度"
              style={{ width: 120 }}
              value={quarter}
              options={QUARTERS}
              onChange={setQuarter}
            />
          </Space>
        </Flex>
      </Card>
      {stats.error ? <Alert type="error" showIcon title={errorMessage(stats.error)} /> : null}
      {stats.data ? <Figures stats={stats.data} onOpen={setOpened} /> : stats.error ? null : <PageSpin />}
      <FigureDrawer period={period} figure={opened} onClose={() => setOpened(null)} />
    </Space>
  );
}
