/** Text from a journal inside a view's markdown tooltip: every markdown character escaped, so it shows as written. */
export function escapeTooltipText(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
