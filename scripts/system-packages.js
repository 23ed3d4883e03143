#!/usr/bin/env node
/**
 * The Debian packages the tests use, checked before `npm test` (the `pretest` step) and by
 * .ci/run: xmllint for the manifest check, Chromium and a CJK font for the browser tests,
 * LibreOffice Calc and Writer for the independent checks of what we write (.xlsx and the .docx
 * report). Run as root on Debian with apt, it installs the missing ones non-interactively;
 * anywhere else it stops at once and prints the exact command to run.
 *
 *   node scripts/system-packages.js          check, install when root on Debian
 *   node scripts/system-packages.js --list   print the package names
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

/** Package → how to tell it is there on a system without dpkg. */
const PACKAGES = {
  'libxml2-utils': { command: 'xmllint' },
  chromium: { file: '/usr/bin/chromium' },
  'fonts-wqy-zenhei': { font: 'WenQuanYi Zen Hei' },
  'libreoffice-calc': { command: 'soffice' },
  'libreoffice-writer': { command: 'soffice' },
};
const NAMES = Object.keys(PACKAGES);

function onPath(cmd) {
  return (process.env.PATH || '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, cmd), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Missing packages by dpkg's own record, or null when there is no dpkg. */
function missingByDpkg() {
  if (!onPath('dpkg-query')) return null;
  const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\\n', ...NAMES], { encoding: 'utf8' });
  const installed = new Set(
    (r.stdout || '')
      .split('\n')
      .filter((l) => l.endsWith(' install ok installed'))
      .map((l) => l.split(' ')[0]),
  );
  return NAMES.filter((n) => !installed.has(n));
}

/** Missing packages by the programs they bring (other systems). */
function missingByProbe() {
  const fonts = onPath('fc-list') ? spawnSync('fc-list', [], { encoding: 'utf8' }).stdout || '' : '';
  return NAMES.filter((n) => {
    const p = PACKAGES[n];
    if (p.command) return !onPath(p.command);
    if (p.file) return !fs.existsSync(p.file);
    return !fonts.includes(p.font);
  });
}

function installCommand(missing, sudo) {
  const s = sudo ? 'sudo ' : '';
  return `${s}apt-get update && ${s}DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing.join(' ')}`;
}

function run(cmd, args) {
  process.stderr.write(`> ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

function main() {
  if (process.argv.includes('--list')) {
    process.stdout.write(`${NAMES.join(' ')}\n`);
    return 0;
  }
  const byDpkg = missingByDpkg();
  const missing = byDpkg ?? missingByProbe();
  if (missing.length === 0) return 0;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (byDpkg !== null && isRoot && onPath('apt-get')) {
    process.stderr.write(
      `The tests need Debian packages that are missing: ${missing.join(' ')}. Installing them.\n`,
    );
    const ok =
      run('apt-get', ['update']) && run('apt-get', ['install', '-y', '--no-install-recommends', ...missing]);
    if (ok) return 0;
    process.stderr.write(`Installing failed. Run by hand:\n  ${installCommand(missing, false)}\n`);
    return 1;
  }
  process.stderr.write(
    byDpkg !== null
      ? `The tests need Debian packages that are missing: ${missing.join(' ')}.\nInstall them with:\n  ${installCommand(missing, !isRoot)}\n`
      : `The tests need programs that are missing here (from the Debian packages ${missing.join(', ')}).\n` +
          `On Debian or Ubuntu:\n  ${installCommand(missing, true)}\nElsewhere install the same programs: xmllint, Chromium as /usr/bin/chromium, LibreOffice (soffice) with Calc and Writer, the WenQuanYi Zen Hei font.\n`,
  );
  return 1;
}

process.exitCode = main();
