/**
 * End to end in Debian's Chromium (playwright-core): evaluate.html, the browser door. A clerk
 * picks the sample workbook, reads the evaluation in the page, switches to English, and downloads
 * the evaluated workbook, which the Node reader then opens: 96.90 and 优 on the written 绩效自评
 * sheet. Nothing is sent anywhere: every request the page makes is a GET of its own files, and
 * none at all once the page has loaded. Needs `npm run build` (or build:dev) first.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import type { RawCell } from '../../src/workbook/port';
import { openXlsxWorkbook } from '../../src/workbook/xlsx';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/web');
const SAMPLE = path.join(ROOT, 'examples/pingshi-2020.xlsx');
const SHOTS = path.join(ROOT, 'test-output/screenshots');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** A port of this test's own (the static server's default 3000 may be in use by a preview). */
const PORT = 3151;

let server: ChildProcess | undefined;
let baseUrl = '';
let browser: Browser | undefined;
let work = '';

function startServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/serve.js'), DIST], {
      env: { ...process.env, PORT: String(PORT) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve.js did not start: ${out}`)), 20_000);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const m = /evaluate a workbook in the browser: (http:\/\/\S+?)\/evaluate\.html/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve.js exited (${code}): ${out}`));
    });
  });
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'evaluate.html'))) {
    throw new Error('dist/web/evaluate.html is missing: run npm run build first');
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-zenhei`);
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'evaluate-page-'));
  baseUrl = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid !== undefined && server.exitCode === null) process.kill(server.pid);
  fs.rmSync(work, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  errors: string[];
  requests: Request[];
}

async function openPage(): Promise<Opened> {
  if (!browser) throw new Error('browser not started');
  const context = await browser.newContext({
    viewport: { width: 1200, height: 960 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: Request[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('request', (r) => requests.push(r));
  await page.goto(`${baseUrl}/evaluate.html`);
  await page.getByRole('button', { name: '选择工作簿…' }).waitFor();
  return { page, errors, requests };
}

/** The value right of a label in column A of a sheet read back by the Node reader. */
function besideLabel(cells: RawCell[][], label: string): RawCell | undefined {
  return cells.find((row) => row[0]?.kind === 'text' && row[0].value === label)?.[1];
}

test('evaluates the sample in the page and downloads the evaluated workbook', async () => {
  const { page, errors, requests } = await openPage();
  const loaded = requests.length;

  await page.locator('#workbook-file').setInputFiles(SAMPLE);
  await expect(page.getByTestId('total').innerText()).resolves.toBe('96.90');
  await expect(page.getByTestId('grade').innerText()).resolves.toBe('优');
  // What the command line prints: deductions with their reasons, and the failed checks.
  const deductions = page.getByTestId('deductions');
  await expect(deductions.innerText()).resolves.toContain('财政存量资金变动率');
  await expect(deductions.innerText()).resolves.toContain('扣 2.00 分（得 1.00 / 3）');
  const failed = page.getByTestId('failed-checks');
  await expect(failed.innerText()).resolves.toContain('资产构成');
  await expect(failed.innerText()).resolves.toContain('功能分类决算合计');
  await page.screenshot({ path: path.join(SHOTS, 'evaluate-page.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByTestId('download-workbook').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('pingshi-2020.evaluated.xlsx');
  const saved = path.join(work, file.suggestedFilename());
  await file.saveAs(saved);

  const workbook = await openXlsxWorkbook(saved);
  const { sheet } = await workbook.read({ names: [], sheetName: '绩效自评' });
  expect(sheet.owned).toBe(true);
  expect(besideLabel(sheet.cells, '总分')).toEqual({ kind: 'number', value: 96.9 });
  expect(besideLabel(sheet.cells, '等次')).toEqual({ kind: 'text', value: '优' });
  expect(workbook.sheets.map((s) => s.name)).toEqual([
    '基础数据',
    '功能分类',
    '人工评分',
    '绩效自评',
    '输入数据',
  ]);

  // The file never left the page: no request since it loaded, and none but GETs of its own files.
  expect(requests.slice(loaded).map((r) => r.url())).toEqual([]);
  for (const r of requests) {
    expect({ url: r.url(), method: r.method() }).toEqual({
      url: expect.stringMatching(new RegExp(`^${baseUrl.replace(/[.]/g, '\\.')}/`)),
      method: 'GET',
    });
  }
  expect(errors).toEqual([]);
  await page.context().close();
});

test('switches to English, and re-evaluates in it', async () => {
  const { page, errors } = await openPage();
  await page.locator('#workbook-file').setInputFiles(SAMPLE);
  await expect(page.getByTestId('total').innerText()).resolves.toBe('96.90');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Choose a workbook…' }).waitFor();
  await page.getByText('Deductions', { exact: true }).waitFor();
  await expect(page.getByTestId('total').innerText()).resolves.toBe('96.90');
  await expect(page.getByTestId('deductions').innerText()).resolves.toContain('−2.00 (1.00 of 3)');
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
  await page.screenshot({ path: path.join(SHOTS, 'evaluate-page-en.png'), fullPage: true });
  expect(errors).toEqual([]);
  await page.context().close();
});

test('a dropped workbook is evaluated as a picked one', async () => {
  const { page, errors } = await openPage();
  const base64 = fs.readFileSync(SAMPLE).toString('base64');
  await page.evaluate((data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'dropped.xlsx'));
    const zone = document.querySelector('[data-testid="drop-zone"]');
    zone?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, base64);
  await expect(page.getByTestId('total').innerText()).resolves.toBe('96.90');
  await expect(page.getByTestId('download-workbook').innerText()).resolves.toContain(
    'dropped.evaluated.xlsx',
  );
  expect(errors).toEqual([]);
  await page.context().close();
});

test('says why when a file cannot be evaluated, in the words of the command line', async () => {
  const { page, errors } = await openPage();
  const text = path.join(work, 'figures.xlsx');
  fs.writeFileSync(text, '部门,预算\n坪石,624.04\n');
  await page.locator('#workbook-file').setInputFiles(text);
  await expect(page.getByTestId('refused').innerText()).resolves.toContain(
    '不是 Excel 工作簿（.xlsx）：figures.xlsx',
  );

  await page.locator('#workbook-file').setInputFiles({
    name: 'notes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('a,b\n'),
  });
  await page.getByText('“notes.csv”不是 .xlsx 文件。').waitFor();
  expect(errors).toEqual([]);
  await page.context().close();
});

test('drafts the 自评报告 in the page, in Chinese even when the page is in English', async () => {
  const { page, errors } = await openPage();
  await page.locator('#workbook-file').setInputFiles(SAMPLE);
  await expect(page.getByTestId('total').innerText()).resolves.toBe('96.90');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('download-report').innerText()).resolves.toContain('Download the 自评报告');

  const download = page.waitForEvent('download');
  await page.getByTestId('download-report').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('pingshi-2020.自评报告.docx');
  const saved = path.join(work, file.suggestedFilename());
  await file.saveAs(saved);

  // A .docx is a zip whose word/document.xml holds the text runs.
  const entries = unzipSync(new Uint8Array(fs.readFileSync(saved)));
  const body = strFromU8(entries['word/document.xml']);
  const text = body.replace(/<[^>]+>/g, '');
  expect(text).toContain('二、绩效自评情况');
  expect(text).toContain('96.90');
  expect(text).toContain('优');
  expect(text).toContain('财政存量资金变动率');
  // The commentary is the Chinese one, not the page's English.
  expect(text).not.toMatch(/deduct/i);
  expect(errors).toEqual([]);
  await page.context().close();
});
