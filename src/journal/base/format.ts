/** Numbers as people read them in the panel, the status bar, entries and the terminal. */

/** `31 %`: a share from 0 to 1 as a whole percentage. */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}
