// Preloaded into a measured child (`node --require out/bench/rss-hook.js …`): on exit, writes the
// process's peak resident set size (KB) to $GONGWEN_BENCH_RSS_FILE. Costs nothing while it runs.
import { writeFileSync } from 'node:fs';

const target = process.env.GONGWEN_BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    try {
      writeFileSync(target, String(process.resourceUsage().maxRSS));
    } catch {
      /* the measurement is optional */
    }
  });
}
