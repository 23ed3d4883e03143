/**
 * (f) `npm run -s evaluate` against the bare `node dist/cli/src/cli/main.js` call on the sample,
 * alternating the two, median of N: what the checkout's entry (npm, then the staleness check of
 * scripts/build-cli.js) adds to one evaluation when nothing changed. Also `node
 * scripts/perf-eval.js` alone, which separates our check from npm's own start.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';

export interface StartupFigures {
  bare: number;
  runner: number;
  npmRun: number;
  runs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export function evaluateStartup(root: string, runs: number): StartupFigures {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perf-eval-startup-'));
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
  const time = (cmd: string, args: string[]): number => {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench: ${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return performance.now() - t0;
  };
  const bare: number[] = [];
  const runner: number[] = [];
  const npmRun: number[] = [];
  try {
    // Make sure the build is current, so that no round measures a compile.
    time(process.execPath, ['scripts/build-cli.js', '--if-stale']);
    for (let i = 0; i <= runs; i++) {
      const out = (k: string): string[] => ['--json', '--out', path.join(tmp, `${k}-${i}.xlsx`)];
      const b = time(process.execPath, ['dist/cli/src/cli/main.js', ...out('bare')]);
      const r = time(process.execPath, ['scripts/perf-eval.js', ...out('runner')]);
      const n = time('npm', ['run', '-s', 'evaluate', '--', ...out('npm')]);
      if (i === 0) continue; // warm-up round
      bare.push(b);
      runner.push(r);
      npmRun.push(n);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { bare: median(bare), runner: median(runner), npmRun: median(npmRun), runs };
}
