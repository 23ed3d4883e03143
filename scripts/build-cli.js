#!/usr/bin/env node
/**
 * Compiles the command line (tsc -p tsconfig.cli.json) and leaves a stamp. `npm install` runs it
 * once (the `prepare` step, also run by `npm pack`), and `npm run evaluate` runs it only when a
 * source is newer than the stamp: a stat of each source file, a few milliseconds, instead of a
 * compiler start on every call.
 *
 *   node scripts/build-cli.js            build now
 *   node scripts/build-cli.js --if-stale build only when something changed
 *
 * Also a module: `ensureBuilt()` for scripts/perf-eval.js.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const STAMP = path.join(ROOT, 'dist/cli/.built');
const MAIN = path.join(ROOT, 'dist/cli/src/cli/main.js');
/** What tsconfig.cli.json compiles (src/ rooms and the scripts and bench it includes) and its configuration. */
const SOURCES = ['src/engine', 'src/workbook', 'src/cli', 'src/report', 'scripts', 'bench'];
const CONFIGS = ['tsconfig.json', 'tsconfig.cli.json', 'package.json'];

function newestMtime(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return /\.(ts|tsx|json)$/.test(p) ? st.mtimeMs : 0;
  let newest = st.mtimeMs; // a deleted or renamed file changes its folder's time
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

function isStale() {
  let built;
  try {
    built = fs.statSync(STAMP).mtimeMs;
    fs.accessSync(MAIN);
  } catch {
    return true;
  }
  const newest = Math.max(...SOURCES.concat(CONFIGS).map((p) => newestMtime(path.join(ROOT, p))));
  return newest > built;
}

function build() {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  if (!fs.existsSync(tsc)) {
    process.stderr.write('TypeScript is not installed: run `npm install` first.\n');
    process.exit(2);
  }
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status === null ? 2 : r.status);
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  // Touch after the build, so that a source saved during the build counts as newer.
  fs.writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

/** Builds when a source is newer than the last build; returns whether it built. */
function ensureBuilt() {
  if (!isStale()) return false;
  build();
  return true;
}

module.exports = { ensureBuilt, isStale, build };

if (require.main === module) {
  if (process.argv.includes('--if-stale')) ensureBuilt();
  else build();
}
