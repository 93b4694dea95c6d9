/**
 * The balance chart: management and leadership stacked per period, the leadership share as a line
 * on a 0–100 % axis, the target as a band. Only the chart.js parts used are imported and
 * registered, so the bundle stays small. Colours come from the theme (`--vscode-charts-*`).
 */
import {
  BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, Legend, LineController, LineElement,
  LinearScale, type Plugin, PointElement, Tooltip,
} from 'chart.js';
import type { ChartPoint, Series } from '../protocol';
import { readTheme, withAlpha } from './theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

/** Half the width of the target band, in share points (target ± 5 %). */
const BAND = 0.05;

export interface BarGeometry {
  readonly x: number;
  /** Top and bottom of each stacked part; equal when the part is empty. */
  readonly management: readonly [number, number];
  readonly leadership: readonly [number, number];
}

export interface BalanceChart {
  update(points: readonly ChartPoint[], series: Series, target: number): void;
  /** Re-reads the theme's colours and redraws. */
  retheme(): void;
  /** Where a period's bar is drawn (canvas pixels), for tests that click and measure it like a person would. */
  bar(index: number): BarGeometry | undefined;
}

export function createChart(canvas: HTMLCanvasElement, onSelect: (index: number) => void): BalanceChart {
  let theme = readTheme();
  let target = 0.4;
  let shown: readonly ChartPoint[] = [];
  let seriesShown: Series = 'hours';

  // Periods that overlap a time audit get a tinted background behind their bars.
  const auditBands: Plugin<'bar'> = {
    id: 'auditBands',
    beforeDatasetsDraw(chart) {
      const scale = chart.scales.x;
      const { top, bottom } = chart.chartArea;
      const width = shown.length > 0 ? (scale.right - scale.left) / shown.length : 0;
      const context = chart.ctx;
      context.save();
      context.fillStyle = withAlpha(theme.audit, 0.16);
      shown.forEach((point, i) => {
        if (point.audit) {
          context.fillRect(scale.getPixelForValue(i) - width / 2, top, width, bottom - top);
        }
      });
      context.restore();
    },
  };

  const targetBand: Plugin<'bar'> = {
    id: 'targetBand',
    beforeDatasetsDraw(chart) {
      const scale = chart.scales.share;
      const { left, right } = chart.chartArea;
      const top = scale.getPixelForValue(Math.min(1, target + BAND));
      const bottom = scale.getPixelForValue(Math.max(0, target - BAND));
      const context = chart.ctx;
      context.save();
      context.fillStyle = withAlpha(theme.target, 0.18);
      context.fillRect(left, top, right - left, bottom - top);
      context.strokeStyle = withAlpha(theme.target, 0.8);
      context.setLineDash([4, 4]);
      context.beginPath();
      const y = scale.getPixelForValue(target);
      context.moveTo(left, y);
      context.lineTo(right, y);
      context.stroke();
      context.restore();
    },
  };

  const config: ChartConfiguration<'bar' | 'line', Array<number | null>, string> = {
    type: 'bar',
    data: { labels: [], datasets: [] },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      onClick: (_event, elements) => {
        if (elements.length > 0) {
          onSelect(elements[0].index);
        }
      },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12, sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0) } },
        tooltip: {
          callbacks: {
            footer: (items) => {
              const point = shown[items[0]?.dataIndex ?? -1];
              if (!point) {
                return '';
              }
              const notes = seriesShown === 'hours' && point.logged > 0 ? `${point.logged} time-log ${point.logged === 1 ? 'note' : 'notes'}` : '';
              return [point.audit ? 'Time audit' : '', notes].filter(Boolean).join(' · ');
            },
            label: (item) => {
              const value = item.parsed.y;
              if (item.dataset.yAxisID === 'share') {
                return value === null ? 'Leadership share: –' : `Leadership share: ${Math.round(value * 100)} %`;
              }
              return `${item.dataset.label}: ${Number((value ?? 0).toFixed(2))}`;
            },
          },
        },
      },
      scales: {
        x: { stacked: true, grid: { display: false } },
        y: { stacked: true, beginAtZero: true, position: 'left' },
        share: {
          position: 'right', min: 0, max: 1,
          grid: { drawOnChartArea: false },
          ticks: { stepSize: 0.25, callback: (value) => `${Math.round(Number(value) * 100)} %` },
        },
      },
    },
    plugins: [auditBands as Plugin<'bar' | 'line'>, targetBand as Plugin<'bar' | 'line'>],
  };
  const chart = new Chart(canvas, config);

  const applyTheme = (): void => {
    Chart.defaults.color = theme.text;
    Chart.defaults.font.family = theme.font;
    Chart.defaults.borderColor = theme.grid;
    const [management, leadership, share] = chart.data.datasets;
    if (management && leadership && share) {
      management.backgroundColor = theme.management;
      leadership.backgroundColor = theme.leadership;
      share.borderColor = theme.line;
      (share as unknown as { pointBackgroundColor: string }).pointBackgroundColor = theme.line;
    }
  };

  return {
    update(points, series, newTarget) {
      target = newTarget;
      shown = points;
      seriesShown = series;
      const unit = series === 'hours' ? 'hours' : 'entries';
      chart.data.labels = points.map((p) => p.period);
      chart.data.datasets = [
        // A lower order draws later: the share line stays on top of the bars.
        { type: 'bar', label: `Management (${unit})`, data: points.map((p) => p.management), stack: 'balance', yAxisID: 'y', order: 2 },
        { type: 'bar', label: `Leadership (${unit})`, data: points.map((p) => p.leadership), stack: 'balance', yAxisID: 'y', order: 2 },
        {
          type: 'line', label: 'Leadership share', data: points.map((p) => p.share), yAxisID: 'share', order: 1,
          // Past a few dozen periods, dots would bury the bars: a thin line carries the trend.
          spanGaps: true, borderWidth: points.length > 60 ? 1 : 2, pointRadius: points.length > 60 ? 0 : 3, pointHitRadius: 4, tension: 0,
        },
      ];
      const yScale = chart.options.scales?.y as { title?: object } | undefined;
      if (yScale) {
        yScale.title = { display: true, text: series === 'hours' ? 'hours' : 'entries (by tags)' };
      }
      applyTheme();
      chart.update();
    },
    retheme() {
      theme = readTheme();
      applyTheme();
      chart.update();
    },
    bar(index) {
      type Drawn = { x: number; y: number; base: number } | undefined;
      const management = chart.getDatasetMeta(0).data[index] as unknown as Drawn;
      const leadership = chart.getDatasetMeta(1).data[index] as unknown as Drawn;
      return management && leadership
        ? { x: management.x, management: [management.y, management.base], leadership: [leadership.y, leadership.base] }
        : undefined;
    },
  };
}
