/**
 * Preloaded into each command the fuzz suite runs (`node -r`): on exit, appends the process's
 * peak resident memory (KB) to the file named by RJ_FUZZ_PEAK.
 */
import { appendFileSync } from 'node:fs';

const file = process.env.RJ_FUZZ_PEAK;
if (file) {
  process.on('exit', () => {
    try {
      appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // Measuring must never change what the command does.
    }
  });
}
