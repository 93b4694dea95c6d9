/**
 * Runs the real `reflection-journal stats` (dist/cli.js) in this process and reports how long it
 * took and the peak memory, on stderr as JSON, after the command's own output.
 */
import { CLI } from '../paths';

const [dir, ...rest] = process.argv.slice(2);
const started = performance.now();
process.argv = [process.argv[0], CLI, 'stats', '--dir', dir, ...rest];
process.on('exit', () => {
  process.stderr.write(`${JSON.stringify({ ms: performance.now() - started, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
});
// The built CLI runs as it would from a shell; it is not a module of this program.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(CLI);
