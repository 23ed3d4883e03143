/**
 * The compiled command line as a child process: built once per test file with the project's own
 * tsconfig.cli.json (as `npm run evaluate` does), then run with the current Node.
 */
import { spawn, spawnSync } from 'child_process';
import { mkdirSync, rmdirSync, statSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT, sha256 } from './files';

export const CLI_MAIN = path.join(REPO_ROOT, 'dist/cli/src/cli/main.js');

/** Held while compiling, so that two test files starting together do not write dist/ at once. */
const LOCK = path.join(REPO_ROOT, 'dist/.cli-build.lock');
const LOCK_STALE_MS = 5 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquireLock(): void {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch {
      // A lock left behind by a killed run must not block every later run.
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmdirSync(LOCK);
      } catch {
        /* released meanwhile */
      }
      sleep(200);
    }
  }
}

/** Compiles the command line; throws with the compiler's output when it fails. */
export function buildCli(): void {
  acquireLock();
  try {
    const tsc = path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    if (r.status !== 0)
      throw new Error(`tsc -p tsconfig.cli.json failed (${r.status}):\n${r.stdout}${r.stderr}`);
  } finally {
    rmdirSync(LOCK);
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** At most this many command-line processes at once: one per CPU, so tests overlap without crowding. */
const MAX_RUNNING = Math.max(1, os.cpus().length);
let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/** Runs the compiled command line with `args` from the repository root. */
export function runCliProcess(args: readonly string[]): Promise<CliRun> {
  return slot(
    () =>
      new Promise<CliRun>((resolve, reject) => {
        const child = spawn(process.execPath, [CLI_MAIN, ...args], {
          cwd: REPO_ROOT,
          env: { ...process.env, NODE_OPTIONS: '' },
        });
        const out: Buffer[] = [];
        const err: Buffer[] = [];
        child.stdout.on('data', (b: Buffer) => out.push(b));
        child.stderr.on('data', (b: Buffer) => err.push(b));
        const timer = setTimeout(() => child.kill(), 60_000);
        child.on('error', reject);
        child.on('close', (status) => {
          clearTimeout(timer);
          resolve({
            status,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
          });
        });
      }),
  );
}

/**
 * A piece of work started by `startAll()` (in a beforeAll) and awaited by the tests that need it,
 * so the slow child processes of many tests overlap instead of running one after another.
 */
export class Scenarios {
  private readonly makers: Array<() => Promise<unknown>> = [];

  add<T>(make: () => Promise<T>): () => Promise<T> {
    let started: Promise<T> | undefined;
    const get = (): Promise<T> => (started ??= make());
    this.makers.push(get);
    return get;
  }

  startAll(): void {
    // Failures surface in the test that awaits the scenario; here they must not go unhandled.
    for (const get of this.makers) get().catch(() => undefined);
  }
}

/**
 * Runs the command line on `input` and checks that the input file is byte-identical afterwards
 * (the command line promises never to modify it).
 */
export async function runOnFile(input: string, args: readonly string[] = []): Promise<CliRun> {
  let before: string | null = null;
  try {
    before = await sha256(input);
  } catch {
    before = null; // the file does not exist (a test of that case)
  }
  const run = await runCliProcess([input, ...args]);
  if (before !== null) {
    const after = await sha256(input);
    if (after !== before) throw new Error(`the command line modified its input ${input}`);
  }
  return run;
}

/** Lines of a stream that look like a JavaScript stack trace. */
export function stackLines(s: string): string[] {
  return s.split('\n').filter((line) => /^\s+at\s/.test(line));
}
