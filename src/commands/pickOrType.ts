/**
 * A quick pick of the usual values that also takes a typed one: what is typed is read as you type
 * and offered at the top ("45m" offers "45 min", "75" offers "75 %"), or, when it cannot be read,
 * a hint that cannot be accepted. Used for a duration and for a confidence.
 */
import * as vscode from 'vscode';

export interface PickOrTypeOptions<T> {
  readonly title: string;
  readonly placeholder: string;
  readonly presets: ReadonlyArray<{ readonly label: string; readonly value: T; readonly description?: string }>;
  /**
   * What a typed text offers: a value with its label (after the presets when `last`, so a preset
   * that matches the typing stays the one Enter picks), a hint why it cannot be read, or nothing.
   */
  readonly read: (typed: string) => { readonly label: string; readonly value: T; readonly detail?: string; readonly last?: boolean } | { readonly hint: string } | undefined;
}

type Item<T> = vscode.QuickPickItem & { readonly value?: T };

/** The value picked or typed; undefined when the person pressed Esc. */
export async function pickOrType<T>(options: PickOrTypeOptions<T>): Promise<T | undefined> {
  const presets: Array<Item<T>> = options.presets.map((preset) => ({ label: preset.label, value: preset.value, ...(preset.description ? { description: preset.description } : {}) }));
  const pick = vscode.window.createQuickPick<Item<T>>();
  pick.title = options.title;
  pick.placeholder = options.placeholder;
  // A step of a longer flow (a due date, a confidence, a duration): a redraw elsewhere that takes
  // focus must not cancel the whole flow.
  pick.ignoreFocusOut = true;
  pick.items = presets;
  const changed = pick.onDidChangeValue((typed) => {
    const offered = typed.trim() === '' ? undefined : options.read(typed.trim());
    if (!offered) {
      pick.items = presets;
    } else if ('hint' in offered) {
      pick.items = [{ label: `$(info) ${offered.hint}`, alwaysShow: true }, ...presets];
    } else {
      const item: Item<T> = { label: offered.label, value: offered.value, ...(offered.detail ? { detail: offered.detail } : {}), alwaysShow: true };
      // After the presets when one of them says the same: an Enter pressed while the new list is on
      // its way picks by position, and a list that shifted under it picked the preset before
      // (typed "80", got 70 %). Presets keep their places; the filter shows the one that matches.
      const last = offered.last || presets.some((preset) => preset.label === offered.label);
      pick.items = last ? [...presets, item] : [item, ...presets];
    }
  });
  try {
    return await new Promise<T | undefined>((resolve) => {
      pick.onDidAccept(() => {
        const item = pick.selectedItems[0];
        if (item && !('value' in item)) {
          return; // a hint: keep the picker open
        }
        resolve(item?.value);
        pick.hide();
      });
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
  } finally {
    changed.dispose();
    pick.dispose();
  }
}
