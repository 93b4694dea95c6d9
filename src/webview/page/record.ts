/**
 * The Decision Record panel's page: how good your forecasts have been (the calibration chart and
 * its words) and where the decision debt has gone (overdue decisions per week or month). It draws
 * what the host sends; every number is also in a table for screen readers and keyboards.
 */
import type { DebtUnit, DecisionRecordState, RecordHostMessage, RecordPageMessage } from '../recordProtocol';
import { element } from './dom';
import { createRecordCharts } from './recordCharts';

declare function acquireVsCodeApi(): { postMessage(message: RecordPageMessage): void };
const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
const pct = (value: number): string => `${Math.round(value * 100)} %`;

const summary = element('p', { id: 'summary', className: 'headline' });
summary.setAttribute('role', 'status');
const words = element('ul', { id: 'words', className: 'words' });
const waiting = element('p', { id: 'waiting', className: 'hint' });
const calibrationCanvas = element('canvas', { id: 'calibration' });
calibrationCanvas.setAttribute('role', 'img');
const calibrationTable = element('tbody', { id: 'calibration-table' });
const debtCanvas = element('canvas', { id: 'debt' });
debtCanvas.setAttribute('role', 'img');
const debtTable = element('tbody', { id: 'debt-table' });
const unitButtons = (['week', 'month'] as DebtUnit[]).map((unit) => {
  const button = element('button', { type: 'button', className: 'segment', textContent: unit === 'week' ? 'Weeks' : 'Months' });
  button.dataset.unit = unit;
  button.addEventListener('click', () => vscode.postMessage({ type: 'debtUnit', unit }));
  return button;
});

app.append(
  element('section', { className: 'calibration' },
    element('h2', { textContent: 'How sure you were, and how often it happened' }),
    summary,
    element('div', { className: 'chart-box' }, calibrationCanvas),
    words,
    waiting,
    element('details', {}, element('summary', { textContent: 'Numbers as a table' }),
      element('table', {}, element('thead', {}, element('tr', {}, ...['confidence', 'items', 'said', 'happened'].map((text) => element('th', { scope: 'col', textContent: text })))), calibrationTable))),
  element('section', { className: 'debt' },
    element('h2', { textContent: 'Decision debt' }),
    element('div', { className: 'segmented' }, ...unitButtons),
    element('div', { className: 'chart-box' }, debtCanvas),
    element('details', {}, element('summary', { textContent: 'Numbers as a table' }),
      element('table', {}, element('thead', {}, element('tr', {}, ...['period', 'overdue', 'open'].map((text) => element('th', { scope: 'col', textContent: text })))), debtTable))),
);

const charts = createRecordCharts(calibrationCanvas, debtCanvas);

function render(state: DecisionRecordState): void {
  app.setAttribute('aria-busy', 'false');
  summary.textContent = state.reviewed === 0
    ? 'Nothing reviewed yet.'
    : `${state.reviewed} ${state.reviewed === 1 ? 'decision or bet' : 'decisions and bets'} reviewed as of ${state.asOf}; Brier score ${Math.round(state.brier! * 1000) / 1000}.`;
  words.replaceChildren(...state.words.map((line) => element('li', { textContent: line })));
  waiting.replaceChildren();
  if (state.waiting > 0) {
    const review = element('button', { type: 'button', className: 'link', textContent: 'Review Outcome' });
    review.addEventListener('click', () => vscode.postMessage({ type: 'reviewOutcome' }));
    waiting.append(`${state.waiting} waiting for a look back. `, review);
  }
  calibrationCanvas.setAttribute('aria-label', `Calibration: ${state.words.join(' ')}`);
  calibrationTable.replaceChildren(...state.buckets.map((b) => element('tr', {},
    element('th', { scope: 'row', textContent: b.range }),
    element('td', { textContent: String(b.count) }), element('td', { textContent: pct(b.meanConfidence) }), element('td', { textContent: pct(b.hitRate) }))));
  unitButtons.forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.unit === state.debtUnit)));
  const last = state.debt[state.debt.length - 1];
  debtCanvas.setAttribute('aria-label', `Decision debt by ${state.debtUnit}: ${last ? `${last.overdue} overdue in ${last.period}` : 'no decisions yet'}`);
  debtTable.replaceChildren(...state.debt.map((bar) => element('tr', {},
    element('th', { scope: 'row', textContent: bar.period }), element('td', { textContent: String(bar.overdue) }), element('td', { textContent: String(bar.open) }))));
  charts.update(state.buckets, state.debt);
}

window.addEventListener('message', (event: MessageEvent<RecordHostMessage>) => {
  if (event.data?.type === 'state') {
    render(event.data.state);
  }
});
new MutationObserver(() => charts.retheme()).observe(document.body, { attributes: true, attributeFilter: ['class'] });
vscode.postMessage({ type: 'ready' });
