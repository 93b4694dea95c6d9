/**
 * The Decision Record's two charts: calibration (how often things happened against how sure you
 * were, per tenth of confidence, with the diagonal where a perfectly calibrated person would be)
 * and the decision debt over time (overdue decisions at the end of each week or month).
 */
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LineController, LineElement, LinearScale, PointElement,
  ScatterController, Tooltip,
} from 'chart.js';
import type { DebtBar, RecordBucket } from '../recordProtocol';
import { readTheme, withAlpha } from './theme';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, ScatterController, Tooltip, Legend);

const pct = (value: number): string => `${Math.round(value * 100)} %`;

export interface RecordCharts {
  update(buckets: readonly RecordBucket[], debt: readonly DebtBar[]): void;
  retheme(): void;
}

export function createRecordCharts(calibrationCanvas: HTMLCanvasElement, debtCanvas: HTMLCanvasElement): RecordCharts {
  let theme = readTheme();
  const axis = (title: string, percent: boolean) => ({
    title: { display: true, text: title, color: theme.text },
    ticks: { color: theme.text, ...(percent ? { callback: (value: string | number) => pct(Number(value)) } : { precision: 0 }) },
    grid: { color: theme.grid },
  });
  const calibration = new Chart(calibrationCanvas, {
    type: 'scatter',
    data: { datasets: [] },
    options: {
      animation: false, maintainAspectRatio: false,
      scales: { x: { ...axis('How sure you said you were', true), min: 0, max: 1 }, y: { ...axis('How often it happened', true), min: 0, max: 1 } },
      plugins: {
        legend: { labels: { color: theme.text, boxWidth: 12 } },
        tooltip: { callbacks: { label: (item) => (item.datasetIndex === 0 ? '' : `said ${pct(item.parsed.x ?? 0)}, happened ${pct(item.parsed.y ?? 0)} (${(item.raw as { count: number }).count}×)`) } },
      },
    },
  });
  const debt = new Chart(debtCanvas, {
    type: 'bar',
    data: { labels: [], datasets: [] },
    options: {
      animation: false, maintainAspectRatio: false,
      scales: { x: { ticks: { color: theme.text, maxRotation: 0, autoSkip: true }, grid: { display: false } }, y: { ...axis('Overdue decisions', false), beginAtZero: true } },
      plugins: { legend: { labels: { color: theme.text, boxWidth: 12 } } },
    },
  });
  let shown: { buckets: readonly RecordBucket[]; debt: readonly DebtBar[] } = { buckets: [], debt: [] };

  const draw = (): void => {
    calibration.data.datasets = [
      { type: 'line', label: 'Perfectly calibrated', data: [{ x: 0, y: 0 }, { x: 1, y: 1 }], borderColor: withAlpha(theme.text, 0.7), borderDash: [6, 4], pointRadius: 0, borderWidth: 1 },
      {
        type: 'scatter', label: 'You (dot size: how many)', clip: 16,
        data: shown.buckets.map((b) => ({ x: b.meanConfidence, y: b.hitRate, count: b.count })),
        backgroundColor: withAlpha(theme.leadership, 0.85), borderColor: theme.leadership,
        pointRadius: shown.buckets.map((b) => Math.min(14, 4 + 2 * Math.sqrt(b.count))),
      },
    ] as never;
    (debt.data as { labels: string[] }).labels = shown.debt.map((bar) => bar.period);
    debt.data.datasets = [{ label: 'Overdue at the end of the period', data: shown.debt.map((bar) => bar.overdue), backgroundColor: withAlpha(theme.management, 0.85) }];
    for (const chart of [calibration, debt]) {
      chart.update();
    }
  };
  return {
    update(buckets, debtBars) {
      shown = { buckets, debt: debtBars };
      draw();
    },
    retheme() {
      theme = readTheme();
      for (const chart of [calibration, debt]) {
        const scales = chart.options.scales as Record<string, { ticks?: { color?: string }; title?: { color?: string }; grid?: { color?: string } }>;
        for (const scale of Object.values(scales)) {
          if (scale.ticks) {
            scale.ticks.color = theme.text;
          }
          if (scale.title) {
            scale.title.color = theme.text;
          }
        }
      }
      draw();
    },
  };
}

