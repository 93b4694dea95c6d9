/**
 * The Balance view's page. It draws what the host sends and tells the host what the person did;
 * it computes nothing. The DOM is built with elements and textContent only (entry titles come
 * from files anyone could have written).
 */
import type { BalanceState, EntryRow, HostMessage, PageMessage, Range, Series, TemplateType, Unit, ViewSettings } from '../protocol';
import type { BalanceChart, createChart } from './chart';
import { percent } from '../../journal/base/format';
import { element, fitToView } from './dom';

interface VsCodeApi {
  postMessage(message: PageMessage): void;
  getState(): { settings?: ViewSettings } | undefined;
  setState(state: { settings?: ViewSettings }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
// This script's tag carries its nonce and where the chart's script is (loaded after the first paint).
const ownScript = document.currentScript as HTMLScriptElement;


const number = (value: number): string => String(Number(value.toFixed(2)));

// --- Layout -------------------------------------------------------------------------------------

const headline = element('p', { id: 'headline', className: 'headline' });
headline.setAttribute('role', 'status');

function segmented<T extends string>(label: string, options: ReadonlyArray<[T, string]>, pick: (value: T) => void): { root: HTMLElement; set: (value: T) => void } {
  const buttons = options.map(([value, text]) => {
    const button = element('button', { type: 'button', textContent: text, className: 'segment' });
    button.dataset.value = value;
    button.addEventListener('click', () => pick(value));
    return button;
  });
  const root = element('div', { className: 'segmented' }, ...buttons);
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', label);
  return {
    root,
    set: (value) => buttons.forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.value === value))),
  };
}

let settings: ViewSettings = vscode.getState()?.settings ?? { unit: 'month', series: 'hours', range: 'recent' };

function changeSettings(change: Partial<ViewSettings>): void {
  settings = { ...settings, ...change };
  vscode.setState({ settings });
  vscode.postMessage({ type: 'settings', settings });
}

const unitSwitch = segmented<Unit>('Period', [['week', 'Weeks'], ['month', 'Months'], ['quarter', 'Quarters']], (unit) => changeSettings({ unit }));
const seriesSwitch = segmented<Series>('Count by', [['hours', 'Hours'], ['tags', 'Tags']], (series) => changeSettings({ series }));
const rangeButton = element('button', { type: 'button', id: 'range', className: 'link' });
rangeButton.addEventListener('click', () => changeSettings({ range: (settings.range === 'all' ? 'recent' : 'all') as Range }));

const problems = element('button', { type: 'button', id: 'problems', className: 'link problems', hidden: true });
problems.addEventListener('click', () => vscode.postMessage({ type: 'showProblems' }));

const canvas = element('canvas', { id: 'chart' });
canvas.setAttribute('role', 'img');
const chartBox = element('div', { className: 'chart' }, canvas);

const entriesSection = element('section', { id: 'entries', className: 'entries' });
entriesSection.setAttribute('aria-live', 'polite');

const tableBody = element('tbody');
const table = element('table', { id: 'table' },
  element('caption', { textContent: 'Balance per period' }),
  element('thead', {}, element('tr', {}, ...['Period', 'Entries', 'Management', 'Leadership', 'Leadership share']
    .map((title) => element('th', { scope: 'col', textContent: title })))),
  tableBody);
const tableDetails = element('details', { className: 'table' }, element('summary', { textContent: 'Numbers as a table' }), table);

const emptyState = element('section', { id: 'empty', className: 'empty', hidden: true },
  element('h2', { textContent: 'No entries yet' }),
  element('p', { textContent: 'Start with one reflection; the balance between management and leadership appears as you write.' }),
  ...(['leadership-moments', 'monthly-reflection', 'after-action-review'] as TemplateType[]).map((template) => {
    const label = { 'leadership-moments': 'New Weekly Leadership Moments', 'monthly-reflection': 'New Monthly Reflection', 'after-action-review': 'New After-Action Review' }[template];
    const button = element('button', { type: 'button', textContent: label, className: 'primary' });
    button.dataset.template = template;
    button.addEventListener('click', () => vscode.postMessage({ type: 'newEntry', template }));
    return button;
  }));

const insightList = element('ul', { id: 'insights', className: 'insights' });
insightList.setAttribute('aria-label', 'Insights');

// The chart right under its switches, so a short side bar still shows it whole; the insights follow.
const toolbar = element('div', { className: 'toolbar' }, unitSwitch.root, seriesSwitch.root, rangeButton);
const content = element('div', { id: 'content' }, toolbar, problems, chartBox, insightList, entriesSection, tableDetails);
app.append(headline, content, emptyState);
fitToView(chartBox, [headline, toolbar, problems], 150, 260);

let current: BalanceState | undefined;
let chart: BalanceChart | undefined;
let chartRequested = false;

/**
 * Marks the first time something is on screen (`performance.mark`, read by `npm run bench:vscode`):
 * in the frame that shows it, so the time is the page's and not a poller's.
 */
function markShown(name: 'headline' | 'chart'): void {
  if (performance.getEntriesByName(`reflection/${name}`).length === 0) {
    requestAnimationFrame(() => performance.mark(`reflection/${name}`));
  }
}

/** Draws the state's bars, making the chart the first time (once chart.js has loaded). */
function drawChart(state: BalanceState): void {
  const create = (window as unknown as { reflectionCreateChart?: typeof createChart }).reflectionCreateChart;
  if (!chart && create) {
    chart = create(canvas, (index) => selectPeriod(current?.points[index]?.period ?? null));
    // For tests that drive the page like a person: where a period's bar is drawn.
    (window as unknown as { balanceChart: BalanceChart }).balanceChart = chart;
  }
  if (chart) {
    chart.update(state.points, state.settings.series, state.target);
    markShown('chart');
  }
}

/**
 * Loads chart.js after the first paint (the headline and the numbers, or the empty page while the
 * journal is read for the first time), then draws what is current, if anything.
 */
function loadChartAfterPaint(): void {
  if (chartRequested) {
    return;
  }
  chartRequested = true;
  requestAnimationFrame(() => setTimeout(() => {
    const script = document.createElement('script');
    script.nonce = ownScript.nonce;
    script.src = ownScript.dataset.chart!;
    script.addEventListener('load', () => {
      if (current && current.entryCount > 0) {
        drawChart(current);
      }
    });
    document.body.append(script);
  }, 0));
}

function selectPeriod(period: string | null): void {
  vscode.postMessage({ type: 'select', period: period === current?.selected?.period ? null : period });
}

// --- Rendering ----------------------------------------------------------------------------------

function render(state: BalanceState): void {
  current = state;
  settings = state.settings;
  vscode.setState({ settings });
  app.setAttribute('aria-busy', 'false');
  headline.textContent = state.headline;
  if (state.headline) {
    markShown('headline');
  }
  unitSwitch.set(state.settings.unit);
  seriesSwitch.set(state.settings.series);
  rangeButton.textContent = state.settings.range === 'all' ? 'Show recent' : state.hiddenPeriods > 0 ? `Show all (${state.hiddenPeriods} more)` : 'Show all';

  const empty = state.entryCount === 0;
  emptyState.hidden = !empty;
  content.hidden = empty;
  problems.hidden = state.problemCount === 0;
  problems.textContent = `${state.problemCount} ${state.problemCount === 1 ? 'entry' : 'entries'} could not be read — show problems`;
  if (empty) {
    return;
  }
  canvas.setAttribute('aria-label', `Chart: ${state.headline}. The same numbers are in the table below.`);
  drawChart(state);
  renderTable(state);
  renderEntries(state);
  renderInsights(state);
  loadChartAfterPaint();
}

function renderInsights(state: BalanceState): void {
  insightList.hidden = state.insights.length === 0;
  insightList.replaceChildren(...state.insights.map((insight) => {
    const item = element('li', { className: 'insight' }, element('span', { textContent: insight.text }));
    item.dataset.id = insight.id;
    if (insight.period || insight.path) {
      const show = element('button', { type: 'button', className: 'link', textContent: insight.period ? `Show ${insight.period}` : 'Open the entry' });
      show.addEventListener('click', () => vscode.postMessage(insight.period ? { type: 'select', period: insight.period } : { type: 'open', path: insight.path! }));
      item.append(' ', show);
    }
    return item;
  }));
}

function renderTable(state: BalanceState): void {
  tableBody.replaceChildren(...state.points.map((point) => {
    const select = element('button', { type: 'button', className: 'link', textContent: point.audit ? `${point.period} · audit` : point.period });
    select.setAttribute('aria-label', `${point.period}: list its entries`);
    select.addEventListener('click', () => selectPeriod(point.period));
    const heading = element('th', { scope: 'row' }, select);
    if (point.review) {
      const review = element('button', { type: 'button', className: 'link review', textContent: 'review' });
      review.title = point.review;
      review.setAttribute('aria-label', `${point.period}: open its review`);
      review.addEventListener('click', () => vscode.postMessage({ type: 'open', path: point.review! }));
      heading.append(' ', review);
    }
    const row = element('tr', {},
      heading,
      element('td', { textContent: String(point.entries) }),
      element('td', { textContent: number(point.management) }),
      element('td', { textContent: number(point.leadership) }),
      element('td', { textContent: percent(point.share) }));
    if (point.period === state.selected?.period) {
      row.className = 'selected';
    }
    return row;
  }));
}

function renderEntries(state: BalanceState): void {
  if (!state.selected) {
    entriesSection.replaceChildren(element('p', { className: 'hint', textContent: 'Click a bar (or a period in the table) to list its entries.' }));
    return;
  }
  const { period, entries } = state.selected;
  const list = element('ul', {}, ...entries.map((entry) => element('li', {}, entryButton(entry))));
  const close = element('button', { type: 'button', className: 'link', textContent: 'Close' });
  close.addEventListener('click', () => selectPeriod(null));
  entriesSection.replaceChildren(
    element('h2', {}, `${period}: ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} `, close),
    entries.length > 0 ? list : element('p', { className: 'hint', textContent: 'Nothing written in this period.' }),
  );
}

function entryButton(entry: EntryRow): HTMLButtonElement {
  const share = entry.share === null ? 'not counted' : `${percent(entry.share)} leadership`;
  const button = element('button', { type: 'button', className: 'entry' },
    element('span', { className: 'title', textContent: entry.title }),
    element('span', { className: 'meta', textContent: `${entry.date} · ${entry.type || 'entry'} · ${share}` }));
  button.title = entry.path;
  button.addEventListener('click', () => vscode.postMessage({ type: 'open', path: entry.path }));
  return button;
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  if (event.data?.type === 'state') {
    render(event.data.state);
  } else if (event.data?.type === 'firstLook' && !current) {
    showFirstLook(event.data.headline);
  }
});

/** A first look's headline, while the journal is read from scratch: only before any state, never replacing a computed one. */
function showFirstLook(text: string): void {
  headline.textContent = text;
  markShown('headline');
}

// VS Code swaps the body's theme class when the colour theme changes: redraw in the new colours.
new MutationObserver(() => chart?.retheme()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

// The numbers the host knew when it made this page (the last session's, usually) are painted at
// once; what the host computes from the journal follows as a message.
if (app.dataset.firstPaint) {
  render(JSON.parse(app.dataset.firstPaint) as BalanceState);
} else {
  if (app.dataset.firstLook) {
    showFirstLook(JSON.parse(app.dataset.firstLook) as string);
  }
  // Nothing to paint yet (the journal is being read for the first time, which takes a while on a
  // big one): the chart's script loads meanwhile, so the chart comes with the numbers.
  loadChartAfterPaint();
}
vscode.postMessage({ type: 'ready' });
