/**
 * The questions a time log asks: which side (with the taxonomy's facets), and how it felt —
 * energising, neutral or draining (Enter keeps it neutral; the energy audit reads the marks).
 */
import * as vscode from 'vscode';
import type { Taxonomy } from '../journal/balance/taxonomy';
import { Refusal } from '../journal/base/refusal';
import type { Energy } from '../journal/entries/timeLogLines';

/** Management or leadership, with the taxonomy's facets of each. */
export async function pickLogTag(taxonomy: Taxonomy, title: string, placeHolder = 'What was it? (a facet is optional)'): Promise<string | undefined> {
  const facets = taxonomy.entries().filter(([tag]) => tag !== 'management' && tag !== 'leadership');
  const items: Array<vscode.QuickPickItem & { tag?: string }> = [
    { label: '$(tools) Management', description: 'tasks, reporting, coordination', tag: 'management' },
    { label: '$(compass) Leadership', description: 'decisions, direction, accountability', tag: 'leadership' },
  ];
  for (const side of ['management', 'leadership'] as const) {
    items.push({ label: side, kind: vscode.QuickPickItemKind.Separator });
    items.push(...facets.filter(([, s]) => s === side).map(([facet]) => ({ label: `${side}/${facet}`, tag: `${side}/${facet}` })));
  }
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder });
  return picked?.tag;
}

/** `+`, `-`, or `''` (neutral) from an argument. */
export function energyOf(value: string): Energy | '' {
  if (value === '+' || value === '-' || value === '') {
    return value;
  }
  throw new Refusal(`energy is "+" (energising), "-" (draining) or "" (neutral); got "${value}"`);
}

/** How the time felt; neutral first, so Enter skips the question. Undefined when cancelled. */
export async function pickEnergy(title: string): Promise<Energy | '' | undefined> {
  const picked = await vscode.window.showQuickPick([
    { label: 'Neutral', description: 'Enter to skip', energy: '' as const },
    { label: '$(arrow-up) Energising', description: 'it gave you energy (+)', energy: '+' as const },
    { label: '$(arrow-down) Draining', description: 'it cost you energy (−): worth a thought about handing it off', energy: '-' as const },
  ], { title, placeHolder: 'How did it feel? (for the energy audit; Enter keeps it neutral)' });
  return picked?.energy;
}
