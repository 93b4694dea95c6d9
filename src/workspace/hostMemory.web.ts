/** The browser's extension host (a web worker) cannot read its memory: the bench log shows none. */
export function hostMemory(): string {
  return '';
}
