/** Timings for `npm run bench:vscode`, logged only when REFLECTION_BENCH is set (never in normal use). */
import { hostEnvironment } from './hostEnvironment';
import { hostMemory } from './hostMemory';

export const benchLog = hostEnvironment('REFLECTION_BENCH')
  // The host's memory where it can be read (not in a web worker), and the wall clock at the end,
  // which lets the bench place each line after its click.
  ? (message: string): void => console.log(`[reflection-bench] ${message}${hostMemory()} @${Date.now()}`)
  : undefined;

/**
 * For the bench: watches how long the extension host's event loop is held, by the lateness of a
 * 10 ms timer, until the returned function is called with what was being done; it logs the longest hold.
 */
export function watchLongestHold(): (what: string) => void {
  if (!benchLog) {
    return () => undefined;
  }
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  return (what) => {
    clearInterval(timer);
    // A hold that ends just now has not let the timer run yet: count it too.
    longest = Math.max(longest, performance.now() - last - 10);
    benchLog?.(`longest hold of the extension host while ${what}: ${longest.toFixed(0)} ms`);
  };
}
