import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { theme } from 'antd';
import { useEffect, useRef } from 'react';
import type { StatsFigure } from '../../../../shared/api';

echarts.use([BarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

interface StatsChartProps {
  title: string;
  figures: readonly StatsFigure[];
  onOpen: (figure: StatsFigure) => void;
}

/**
 * A horizontal bar per figure, drawn as SVG in the app's colours. Printed in black and white it still
 * reads: every bar carries its count as a label and a hatching pattern (ECharts' decal), never colour alone.
 * Clicking a bar opens the documents behind it.
 */
export function StatsChart({ title, figures, onOpen }: StatsChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const { token } = theme.useToken();

  useEffect(() => {
    const host = element.current;
    if (!host) return undefined;
    const chart = echarts.init(host, undefined, { renderer: 'svg' });
    const rows = [...figures].reverse();
    chart.setOption({
      animation: false,
      aria: { enabled: true, label: { description: title }, decal: { show: true } },
      color: [token.colorPrimary],
      textStyle: { fontFamily: token.fontFamily, color: token.colorText },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'item', formatter: '{b}：{c} 件' },
      xAxis: {
        type: 'value',
        minInterval: 1,
        splitLine: { lineStyle: { color: token.colorBorderSecondary } },
      },
      yAxis: { type: 'category', data: rows.map((figure) => figure.label), axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 22,
          data: rows.map((figure) => figure.count),
          label: { show: true, position: 'right', formatter: '{c} 件', color: token.colorText },
          itemStyle: { borderColor: token.colorText, borderWidth: 1 },
        },
      ],
    });
    chart.on('click', (event) => {
      const figure = rows[event.dataIndex];
      if (figure) onOpen(figure);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [figures, title, token, onOpen]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={title}
      data-testid="stats-chart"
      style={{ width: '100%', height: Math.max(120, figures.length * 36 + 32) }}
    />
  );
}
