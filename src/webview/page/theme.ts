/** Colours for the charts, from the VS Code theme (`--vscode-charts-*`), re-read when the theme changes. */

export interface Theme {
  readonly audit: string;
  readonly management: string;
  readonly leadership: string;
  readonly line: string;
  readonly target: string;
  readonly text: string;
  readonly grid: string;
  readonly font: string;
}

function cssVariable(name: string, fallback: string): string {
  return getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;
}

/** The theme's colours and font, read from VS Code's CSS variables. */
export function readTheme(): Theme {
  return {
    audit: cssVariable('--vscode-charts-purple', '#b180d7'),
    management: cssVariable('--vscode-charts-blue', '#3794ff'),
    leadership: cssVariable('--vscode-charts-orange', '#d18616'),
    line: cssVariable('--vscode-charts-foreground', cssVariable('--vscode-foreground', '#cccccc')),
    target: cssVariable('--vscode-charts-green', '#89d185'),
    text: cssVariable('--vscode-descriptionForeground', '#999999'),
    grid: cssVariable('--vscode-charts-lines', 'rgba(128,128,128,0.25)'),
    font: cssVariable('--vscode-font-family', 'sans-serif'),
  };
}

/** A theme colour with transparency; theme colours are hex, anything else is used as it is. */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color);
  if (!hex) {
    return color;
  }
  let digits = hex[1];
  if (digits.length === 3) {
    digits = digits.split('').map((d) => d + d).join('');
  }
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
