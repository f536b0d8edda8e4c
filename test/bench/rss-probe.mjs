// Preloaded into the export CLI (`node --import`) so its peak RSS is measured without changing the CLI: writes
// process.resourceUsage().maxRSS (KB; worker threads included, they share the process) to $BENCH_RSS_FILE at exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
