// The statistics' charts (ECharts, loaded with this page only): meetings and issues per month,
// the categories' shares, and each village's 办结率 and 满意率. One option per chart serves the
// screen (SVG) and the 统计表 (a PNG drawn on a canvas at twice the size, for print).
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import type { Settings } from '../../../shared/domain/schemas';
import type { Statistics } from '../../../shared/domain/statistics';
import type { MonthCount } from '../../../shared/domain/statistics-months';
import { ratePart, rateLabels, satisfiedAnswers } from '../../../shared/domain/statistics-rates';
import { statisticsLabels as t } from './labels';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
  SVGRenderer,
]);

/** A chart: what it draws, the table of the 统计表 it prints under, and its words for a reader. */
export type ChartSpec = {
  key: string;
  title: string;
  table: string;
  option: EChartsCoreOption;
  text: string;
};

const font =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
const base = { animation: false, textStyle: { fontFamily: font, fontSize: 13 } };

/** "2026-03" → "2026年3月"; the axis shows "3月", and "2026年1月" where a year starts. */
const monthName = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;
const axisName = (month: string, i: number) =>
  i === 0 || month.endsWith('-01') ? monthName(month) : `${Number(month.slice(5, 7))}月`;

function monthlyChart(months: readonly MonthCount[]): ChartSpec {
  return {
    key: 'monthly',
    title: t.monthly,
    table: '会议开展情况',
    text: t.chartText(
      t.monthly,
      months
        .filter((m) => m.meetings > 0 || m.issues > 0)
        .map((m) => `${monthName(m.month)}${m.meetings}场、${m.issues}条`),
    ),
    option: {
      ...base,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: months.map((m, i) => axisName(m.month, i)) },
      yAxis: [
        { type: 'value', name: t.monthlyMeetings, minInterval: 1 },
        { type: 'value', name: t.monthlyIssues, minInterval: 1 },
      ],
      series: [
        { name: t.monthlyMeetings, type: 'bar', data: months.map((m) => m.meetings) },
        {
          name: t.monthlyIssues,
          type: 'line',
          yAxisIndex: 1,
          data: months.map((m) => m.issues),
        },
      ],
    },
  };
}

function categoryChart(stats: Statistics): ChartSpec {
  const shares = stats.categories
    .map((c) => ({ name: c, value: stats.township.current.byCategory[c] ?? 0 }))
    .filter((s) => s.value > 0);
  const title = t.categories(stats.label);
  return {
    key: 'categories',
    title,
    table: '问题分类情况',
    text: t.chartText(
      title,
      shares.map((s) => `${s.name}${s.value}条`),
    ),
    option: {
      ...base,
      tooltip: { trigger: 'item', formatter: '{b}：{c} 条（{d}%）' },
      legend: { type: 'scroll', orient: 'vertical', right: 8, top: 8 },
      series: [
        {
          type: 'pie',
          radius: ['30%', '65%'],
          center: ['40%', '52%'],
          label: { formatter: '{b} {d}%' },
          data: shares,
        },
      ],
    },
  };
}

function rateChart(stats: Statistics, settings: Settings): ChartSpec {
  const satisfied = satisfiedAnswers(settings);
  const percent = (key: 'completion' | 'satisfaction', f: Statistics['township']['current']) => {
    const part = ratePart(key, f, settings.statistics, satisfied);
    return part.denominator === 0
      ? '-'
      : Math.round((part.numerator * 1000) / part.denominator) / 10;
  };
  const villages = stats.villages.filter((v) => v.current.issues > 0);
  const title = t.rates(stats.label);
  const keys = ['completion', 'satisfaction'] as const;
  return {
    key: 'rates',
    title,
    table: '问题办理情况',
    text: t.chartText(
      title,
      villages.map(
        (v) =>
          `${v.village}${keys
            .map((k) => {
              const value = percent(k, v.current);
              return `${rateLabels[k]}${value === '-' ? '无' : `${value}%`}`;
            })
            .join('、')}`,
      ),
    ),
    option: {
      ...base,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: unknown) => (v === '-' ? '—' : `${String(v)}%`),
      },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 48 },
      xAxis: {
        type: 'category',
        data: villages.map((v) => v.village),
        axisLabel: { interval: 0, rotate: villages.length > 8 ? 30 : 0 },
      },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: keys.map((k) => ({
        name: rateLabels[k],
        type: 'bar',
        data: villages.map((v) => percent(k, v.current)),
      })),
    },
  };
}

export function statisticsCharts(
  stats: Statistics,
  months: readonly MonthCount[],
  settings: Settings,
): ChartSpec[] {
  return [monthlyChart(months), categoryChart(stats), rateChart(stats, settings)];
}

/** Draws a chart into an element (SVG, sized to it); returns the clean-up. */
export function mountChart(element: HTMLElement, option: EChartsCoreOption): () => void {
  const chart = echarts.init(element, undefined, { renderer: 'svg' });
  chart.setOption(option);
  const resize = new ResizeObserver(() => chart.resize());
  resize.observe(element);
  return () => {
    resize.disconnect();
    chart.dispose();
  };
}

/**
 * The chart as a PNG for print, its title drawn above it (the page has no caption of its own):
 * drawn off screen at twice the pixels of its size on the page.
 */
export function chartPng(spec: ChartSpec, width: number, height: number): Uint8Array {
  const element = document.createElement('div');
  const chart = echarts.init(element, undefined, {
    renderer: 'canvas',
    width,
    height,
    devicePixelRatio: 2,
  });
  try {
    chart.setOption(spec.option);
    // Below the title: the legend when it runs across the top, and the plot.
    chart.setOption({
      title: { text: spec.title, left: 'center', top: 0, textStyle: { fontSize: 15 } },
      ...(spec.key === 'categories' ? {} : { legend: { top: 26 }, grid: { top: 64 } }),
    });
    const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    return Uint8Array.from(atob(url.slice(url.indexOf(',') + 1)), (c) => c.charCodeAt(0));
  } finally {
    chart.dispose();
  }
}
