/** Timings for `npm run bench:vscode`, logged only when REFLECTION_BENCH is set (never in normal use). */
import { hostEnvironment } from './hostEnvironment';

export const benchLog = hostEnvironment('REFLECTION_BENCH')
  ? (message: string): void => console.log(`[reflection-bench] ${message}`)
  : undefined;
