/** Numbers as people read them in the panel, the status bar, entries and the terminal. */

/** `31 %`: a share from 0 to 1 as a whole percentage; `–` for none. */
export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)} %`;
}
