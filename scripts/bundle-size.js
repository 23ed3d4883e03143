#!/usr/bin/env node
/**
 * Size of the task pane's JavaScript: every script taskpane.html loads, raw and gzip.
 * office.js is not counted (it comes from Microsoft's CDN or the intranet copy, and is cached
 * across add-ins). Run after `npm run build`:
 *
 *   node scripts/bundle-size.js [dist/web] [--json]
 *
 * Also a module: `measureTaskpane(distDir)` returns the figures, for benchmarks.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/**
 * Budget for the task pane's gzip total at start, in bytes (190 KB). It was 170 KB at 157 KB of
 * pane; the binding matcher and 自动识别 (Fluent's Dropdown and Checkbox), Excel's limits in the
 * Office door and the WPS door brought the pane to 188.6 KB gzip; 自动识别 with the matcher then
 * became a chunk loaded when the 数据 view opens (169.5 KB at start), printed beside this figure.
 */
const GZIP_BUDGET = 190 * 1024;

/**
 * Budget for evaluate.html (the workbook evaluated in the browser): the pane's React and Fluent
 * plus the file door (zip, XML parser, package reader and writer): 186 KB gzip when this budget was set.
 */
const EVALUATE_GZIP_BUDGET = 210 * 1024;

/**
 * The scripts a page loads: those the webview gate injects (its JSON configuration) plus any
 * <script src> that is not office.js.
 */
function scriptsOf(html) {
  const scripts = [];
  const config = /<script[^>]*id="?webview-gate-config"?[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (config) scripts.push(...JSON.parse(config[1]).scripts);
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?[^>]*>/g)) {
    if (!/(^|\/)office(\.debug)?\.js$/.test(m[1])) scripts.push(m[1]);
  }
  return [...new Set(scripts)];
}

/**
 * @param {string} [distDir] the web build folder (default dist/web beside this script's repo)
 * @returns {{ files: { file: string, raw: number, gzip: number }[], raw: number, gzip: number,
 *   budget: number, withinBudget: boolean }}
 */
function measureTaskpane(distDir = path.resolve(__dirname, '..', 'dist', 'web')) {
  return measurePage(distDir, 'taskpane.html', GZIP_BUDGET);
}

/** The same figures for any page of the build, against the given budget. */
function measurePage(distDir, page, budget) {
  const htmlPath = path.join(distDir, page);
  if (!fs.existsSync(htmlPath)) {
    throw new Error(`${htmlPath} not found: run "npm run build" first`);
  }
  const files = scriptsOf(fs.readFileSync(htmlPath, 'utf8')).map((file) => {
    const body = fs.readFileSync(path.join(distDir, file));
    return { file, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
  });
  if (files.length === 0) throw new Error(`${page} loads no scripts: not a web build?`);
  const raw = files.reduce((sum, f) => sum + f.raw, 0);
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
  return { files, raw, gzip, budget, withinBudget: gzip <= budget };
}

/** evaluate.html's scripts, or undefined for a build without that page. */
function measureEvaluatePage(distDir = path.resolve(__dirname, '..', 'dist', 'web')) {
  if (!fs.existsSync(path.join(distDir, 'evaluate.html'))) return undefined;
  return measurePage(distDir, 'evaluate.html', EVALUATE_GZIP_BUDGET);
}

/**
 * The chunk the pane loads when the 数据 view first shows 自动识别 (the label matcher and the binding
 * flow): not part of the start-up figure, so printed beside it to keep it in sight.
 */
function measureOnDemand(distDir = path.resolve(__dirname, '..', 'dist', 'web'), chunk = 'autobind') {
  const files = fs
    .readdirSync(distDir)
    .filter((f) => f.startsWith(`${chunk}.`) && f.endsWith('.js'))
    .map((file) => {
      const body = fs.readFileSync(path.join(distDir, file));
      return { file, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
    });
  if (files.length === 0) return undefined;
  return {
    files,
    raw: files.reduce((sum, f) => sum + f.raw, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function printPage(title, result) {
  console.log(title);
  for (const f of result.files) {
    console.log(`  ${f.file.padEnd(32)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
  }
  console.log(
    `  ${'total'.padEnd(32)} ${kb(result.raw).padStart(10)} raw ${kb(result.gzip).padStart(10)} gzip`,
  );
  console.log(`  budget ${kb(result.budget)} gzip: ${result.withinBudget ? 'within' : 'OVER'}`);
}

function main(argv) {
  const json = argv.includes('--json');
  const arg = argv.find((a) => !a.startsWith('--'));
  const dir = arg ? path.resolve(arg) : undefined;
  const result = measureTaskpane(dir);
  const evaluate = measureEvaluatePage(dir);
  const onDemand = measureOnDemand(dir);
  if (json) {
    const all = { ...result, ...(onDemand ? { autoBindChunk: onDemand } : {}) };
    console.log(JSON.stringify(evaluate ? { ...all, evaluatePage: evaluate } : all, null, 2));
  } else {
    printPage('task pane JavaScript (office.js not counted)', result);
    if (onDemand) {
      for (const f of onDemand.files) {
        console.log(
          `  then, when the 数据 view opens: ${f.file.padEnd(32)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`,
        );
      }
    }
    if (evaluate) printPage('evaluate.html JavaScript (the workbook evaluated in the browser)', evaluate);
  }
  return result.withinBudget && (!evaluate || evaluate.withinBudget) ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = {
  measureTaskpane,
  measureEvaluatePage,
  measureOnDemand,
  measurePage,
  scriptsOf,
  GZIP_BUDGET,
  EVALUATE_GZIP_BUDGET,
};
