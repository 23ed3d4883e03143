/**
 * The command as a user gets it: `npm pack`, installed from the tarball into an empty folder
 * (from npm's cache where it can: --prefer-offline), and run there through its bin link, with
 * no TypeScript and no source in sight.
 */
import { spawn } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';
import { buildCli, stackLines, type CliRun } from './support/cli';
import { REPO_ROOT, makeTempDir } from './support/files';

jest.setTimeout(300_000);

/** The environment without npm's own run-script variables, so the child npm is a plain one. */
function plainEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, NODE_OPTIONS: '' };
}

function exec(cmd: string, args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: plainEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    const timer = setTimeout(() => child.kill(), 240_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

let dir: string;
let app: string;
let bin: string;

beforeAll(async () => {
  buildCli();
  dir = await makeTempDir('pack');
  // prepare (the CLI build) has just run above; the tarball takes the compiled files as they are.
  const pack = await exec(
    'npm',
    ['pack', '--ignore-scripts', '--pack-destination', dir, '--silent'],
    REPO_ROOT,
  );
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const tarball = path.join(dir, pack.stdout.trim().split('\n').pop() ?? '');
  app = path.join(dir, 'app');
  await fs.mkdir(app);
  await fs.writeFile(
    path.join(app, 'package.json'),
    JSON.stringify({ name: 'bureau', private: true }),
    'utf8',
  );
  const install = await exec(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball],
    app,
  );
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
  bin = path.join(app, 'node_modules', '.bin', 'perf-eval');
}, 300_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('perf-eval installed from the packed tarball', () => {
  it('ships the compiled command and the sample, not the sources', async () => {
    const pkg = path.join(app, 'node_modules', 'perf-eval-addin');
    expect(existsSync(path.join(pkg, 'dist/cli/src/cli/main.js'))).toBe(true);
    expect(existsSync(path.join(pkg, 'examples/pingshi-2020.xlsx'))).toBe(true);
    expect(existsSync(path.join(pkg, 'src'))).toBe(false);
    expect(existsSync(path.join(app, 'node_modules', 'typescript'))).toBe(false);
    expect(existsSync(bin)).toBe(true);
  });

  it('evaluates the bundled sample: 96.90, 优', async () => {
    const run = await exec(bin, ['--json', '--out', path.join(dir, 'sample.xlsx')], app);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 96.9, grade: '优', complete: true });
  });

  it('prints its help in English and Chinese', async () => {
    const en = await exec(bin, ['--help', '--lang', 'en'], app);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/Commands:[\s\S]*evaluate[\s\S]*batch[\s\S]*report/);
    const zh = await exec(bin, ['batch', '--help', '--lang', 'zh'], app);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('用法：');
    expect(zh.stdout).toContain('汇总.xlsx');
  });

  it('runs batch (worker threads from the installed files) and report', async () => {
    const sample = path.join(app, 'node_modules', 'perf-eval-addin', 'examples', 'pingshi-2020.xlsx');
    const input = path.join(dir, 'in');
    await fs.mkdir(input);
    await fs.copyFile(sample, path.join(input, '甲.xlsx'));
    await fs.copyFile(sample, path.join(input, '乙.xlsx'));
    const batch = await exec(bin, ['batch', input, '--out', path.join(dir, 'out'), '--report'], app);
    expect(stackLines(batch.stderr)).toEqual([]);
    expect(batch.status).toBe(0);
    for (const f of ['甲.xlsx', '乙.xlsx', '甲.自评报告.docx', '汇总.xlsx', 'results.jsonl'])
      expect(existsSync(path.join(dir, 'out', f))).toBe(true);
    const report = await exec(bin, ['report', sample, '--out', path.join(dir, 'r.docx')], app);
    expect(report.status).toBe(0);
    expect(existsSync(path.join(dir, 'r.docx'))).toBe(true);
  });
});
