/**
 * npm test's pretest step (scripts/system-packages.js) against fake dpkg-query and apt-get on
 * PATH: as root on Debian it installs exactly the missing packages, non-interactively; otherwise,
 * and where there is no dpkg, it stops at once with the command to run.
 */
import { spawnSync } from 'child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

const SCRIPT = path.resolve(__dirname, '../../scripts/system-packages.js');
const ALL = ['libxml2-utils', 'chromium', 'fonts-wqy-zenhei', 'libreoffice-calc', 'libreoffice-writer'];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

let bin: string;
let log: string;

/** Fake dpkg-query: reports every package of the list as installed except those in MISSING. */
function fakeTools(missing: readonly string[], aptStatus = 0): void {
  writeFileSync(
    path.join(bin, 'dpkg-query'),
    `#!/bin/sh\nfor p in ${ALL.filter((p) => !missing.includes(p)).join(' ')}; do echo "$p install ok installed"; done\n`,
  );
  writeFileSync(
    path.join(bin, 'apt-get'),
    `#!/bin/sh\necho "$DEBIAN_FRONTEND $*" >> ${JSON.stringify(log)}\nexit ${aptStatus}\n`,
  );
  chmodSync(path.join(bin, 'dpkg-query'), 0o755);
  chmodSync(path.join(bin, 'apt-get'), 0o755);
}

function run(pathDirs: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [SCRIPT], {
    encoding: 'utf8',
    env: { PATH: pathDirs.join(path.delimiter), HOME: os.tmpdir() },
  });
  return { status: r.status, stderr: r.stderr };
}

beforeEach(() => {
  bin = mkdtempSync(path.join(os.tmpdir(), 'fake-apt-'));
  log = path.join(bin, 'apt.log');
});
afterEach(() => rmSync(bin, { recursive: true, force: true }));

const aptCalls = (): string[] => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);

describe('scripts/system-packages.js', () => {
  it('does nothing when every package is installed', () => {
    fakeTools([]);
    const r = run([bin]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(aptCalls()).toEqual([]);
  });

  it('installs exactly the missing packages as root, or names the sudo command otherwise', () => {
    fakeTools(['libxml2-utils', 'libreoffice-writer']);
    const r = run([bin]);
    if (isRoot) {
      expect(r.status).toBe(0);
      expect(aptCalls()).toEqual([
        'noninteractive update',
        'noninteractive install -y --no-install-recommends libxml2-utils libreoffice-writer',
      ]);
    } else {
      expect(r.status).toBe(1);
      expect(aptCalls()).toEqual([]);
      expect(r.stderr).toContain(
        'sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libxml2-utils libreoffice-writer',
      );
    }
  });

  it('stops with the command to run by hand when apt-get fails', () => {
    fakeTools(['chromium'], 100);
    const r = run([bin]);
    expect(r.status).toBe(1);
    if (isRoot) expect(r.stderr).toContain('Installing failed. Run by hand:');
    expect(r.stderr).toContain('apt-get install -y --no-install-recommends chromium');
  });

  it('without dpkg it installs nothing and says what to install', () => {
    // Neither dpkg-query nor apt-get, xmllint, soffice or fc-list on PATH.
    const r = run([path.join(bin, 'empty')]);
    expect(r.status).toBe(1);
    expect(aptCalls()).toEqual([]);
    expect(r.stderr).toContain('apt-get install -y --no-install-recommends libxml2-utils');
    expect(r.stderr).toContain('xmllint');
  });
});
