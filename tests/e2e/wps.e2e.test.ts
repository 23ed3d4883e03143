/**
 * End to end in Debian's Chromium: the built WPS pane (dist/wps/taskpane.html, served over http)
 * in a page that has only an ET-shaped `window.Application` holding the 坪石 2020 sample — the
 * fake ET host, injected before the page's own scripts. Needs `npm run build:wps` first.
 */
import * as fs from 'fs';
import type { Server } from 'http';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CLERK_TYPED } from '../../src/preview/clerkWorkbook';

// scripts/serve.js is CommonJS without types: the slice used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require('../../scripts/serve.js') as {
  startServer(options: { root: string; port: number }): Promise<{ server: Server; url: string }>;
};

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/wps');
const FAKE_HOST = path.join(ROOT, 'dist/wps-fake/fake-et-host.js');
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

let server: Server | undefined;
let baseUrl = '';
let browser: Browser | undefined;

beforeAll(async () => {
  for (const f of [path.join(DIST, 'taskpane.html'), FAKE_HOST]) {
    if (!fs.existsSync(f))
      throw new Error(`${path.relative(ROOT, f)} is missing: run npm run build:wps first`);
  }
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-zenhei`);
  fs.mkdirSync(SHOTS, { recursive: true });
  const started = await startServer({ root: DIST, port: 0 });
  server = started.server;
  baseUrl = started.url;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

/** The pane with the fake ET host injected first; fails the test on any uncaught page error. */
async function openPane(
  query = '',
  ready = '[data-input="PE_Expenditure"]',
): Promise<{ page: Page; errors: string[] }> {
  if (!browser) throw new Error('browser not started');
  const page = await browser.newPage({ viewport: { width: 420, height: 960 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ path: FAKE_HOST });
  await page.goto(`${baseUrl}/taskpane.html${query}`);
  await page.locator(ready).waitFor();
  return { page, errors };
}

/** What the fake ET host's workbook holds, read in the page (plain data only crosses over). */
interface FakeEtWindow {
  Office?: unknown;
  __fakeEt: {
    wb: {
      sheet(
        name: string,
      ): { cells: Map<number, { constant: unknown; formula?: string; numberFormat: string }> } | undefined;
      getValue(address: string): unknown;
      setCellValue(address: string, value: number | string): void;
      workbookName(name: string): { refersTo: string } | undefined;
      cell(address: string): { constant: unknown } | undefined;
      changed(): void;
      requireSheet(name: string): unknown;
      value(sheet: unknown, row: number, col: number): unknown;
    };
    app: {
      ActiveWorkbook: {
        Worksheets: { Item(name: string): { Activate(): void; Range(a: string): { Select(): boolean } } };
      };
    };
  };
}

test('evaluates the sample to 96.90 优 through the ET API, with no user text turned into a formula', async () => {
  const { page, errors } = await openPane();
  // A department name that looks like a formula: it must reach the sheet as text.
  await page.evaluate(() => {
    const { wb } = (window as unknown as FakeEtWindow).__fakeEt;
    const ref = wb.workbookName('PE_DeptName')?.refersTo.replace(/^=/, '').replace(/\$/g, '') ?? '';
    const cell = wb.cell(ref);
    if (cell) cell.constant = '=HYPERLINK("http://x","坪石")';
    wb.changed();
  });
  expect(await page.evaluate(() => typeof (window as unknown as FakeEtWindow).Office)).toBe('undefined');

  await page.getByRole('button', { name: '计算并写入评价表' }).click();
  await page.getByText('已写入“绩效自评”：总分 96.90，等次 优。').waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'wps-evaluated.png') });

  const written = await page.evaluate(() => {
    const { wb } = (window as unknown as FakeEtWindow).__fakeEt;
    const sheet = wb.sheet('绩效自评');
    if (!sheet) return null;
    const cells = [...sheet.cells.values()];
    const summary: Record<string, unknown> = {};
    for (let r = 0; r < 40; r += 1) {
      const label = wb.value(sheet, r, 0);
      if (label === '总分' || label === '等次') summary[label] = wb.value(sheet, r, 1);
    }
    return {
      summary,
      formulas: cells.map((c) => c.formula).filter((f): f is string => typeof f === 'string'),
      texts: cells
        .filter((c) => typeof c.constant === 'string')
        .map((c) => ({ v: c.constant as string, nf: c.numberFormat })),
    };
  });
  expect(written).not.toBeNull();
  expect(written?.summary).toEqual({ 总分: 96.9, 等次: '优' });
  expect(written?.formulas.length).toBeGreaterThan(20);
  expect(written?.formulas.filter((f) => f.includes('HYPERLINK'))).toEqual([]);
  const userText = written?.texts.filter((t) => t.v.startsWith('=HYPERLINK')) ?? [];
  expect(userText.length).toBeGreaterThan(0);
  expect(userText.every((t) => t.nf === '@')).toBe(true);
  // Every text cell the door wrote is formatted as text, so none can turn into a formula on re-entry.
  expect(written?.texts.every((t) => t.nf === '@')).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test('binds a missing input to the selected cell (Names.Add), then evaluates to 96.90', async () => {
  const { page, errors } = await openPane('?missing=PE_ProcurementPlan');
  const row = page.locator('[data-input="PE_ProcurementPlan"]');
  await row.getByText('缺失').waitFor();

  // Play the clerk: select the value cell next to the label 政府采购计划金额 on 基础数据.
  const address = await page.evaluate(() => {
    const { wb, app } = (window as unknown as FakeEtWindow).__fakeEt;
    const sheet = wb.requireSheet('基础数据');
    for (let r = 0; r < 80; r += 1) {
      if (wb.value(sheet, r, 1) === '政府采购计划金额') {
        const ws = app.ActiveWorkbook.Worksheets.Item('基础数据');
        ws.Activate();
        ws.Range(`C${r + 1}`).Select();
        return `基础数据!C${r + 1}`;
      }
    }
    return '';
  });
  expect(address).toMatch(/^基础数据!C\d+$/);

  await row.getByRole('button', { name: '把名称 PE_ProcurementPlan 绑定到当前所选单元格' }).click();
  await page.getByText(`已把 PE_ProcurementPlan 绑定到 ${address}。`).waitFor();
  await row.getByText('正常').waitFor();
  await expect(row.innerText()).resolves.toContain('8.795');
  const refersTo = await page.evaluate(
    () => (window as unknown as FakeEtWindow).__fakeEt.wb.workbookName('PE_ProcurementPlan')?.refersTo,
  );
  expect(refersTo).toBe(`=基础数据!$C$${address.split('!C')[1]}`);

  await page.getByRole('button', { name: '计算并写入评价表' }).click();
  await page.getByText('已写入“绩效自评”：总分 96.90，等次 优。').waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test('a workbook without names: 自动识别 → 确认 → type the counts → 96.90 优, all through the ET API', async () => {
  const { page, errors } = await openPane('?book=clerk', 'text=自动识别数据');
  await page.getByRole('button', { name: '自动识别数据' }).click();
  // The 三公 totals stand under merged headings: found only because the door read the merges.
  const actual = page.locator('[data-proposal="PE_ThreePublicActual"]');
  await actual.getByText("'三公经费'!J5").waitFor();
  await expect(actual.innerText()).resolves.toContain('12.46 万元');
  await expect(page.locator('[data-proposal="PE_BudgetInitial"]').innerText()).resolves.toContain(
    '624.04 万元',
  );
  await expect(page.getByTestId('merge-notice').count()).resolves.toBe(0);
  await page.screenshot({ path: path.join(SHOTS, 'wps-autobind.png') });

  await page.getByRole('button', { name: '确认并写入绩效数据' }).click();
  await page.getByText(/已写入“绩效数据”：绑定 \d+ 项/).waitFor();

  // Play the clerk: type the figures no budget table holds into 绩效数据, where the names point.
  const typed = await page.evaluate((figures) => {
    const { wb } = (window as unknown as FakeEtWindow).__fakeEt;
    const where: Record<string, string> = {};
    for (const [name, value] of Object.entries(figures)) {
      const ref =
        wb.workbookName(name)?.refersTo.replace(/^=/, '').replace(/\$/g, '').replace(/'/g, '') ?? '';
      where[name] = ref;
      if (ref.startsWith('绩效数据!')) wb.setCellValue(ref, value);
    }
    const data = wb.sheet('绩效数据');
    const texts = data ? [...data.cells.values()].filter((c) => typeof c.constant === 'string') : [];
    return {
      where,
      linked: wb.getValue(
        wb
          .workbookName('PE_ThreePublicActual')
          ?.refersTo.replace(/^=/, '')
          .replace(/\$/g, '')
          .replace(/'/g, '') ?? '',
      ),
      textCells: texts.length,
      textAsText: texts.every((c) => c.numberFormat === '@'),
    };
  }, CLERK_TYPED);
  expect(Object.values(typed.where).every((ref) => ref.startsWith('绩效数据!C'))).toBe(true);
  expect(typed.linked).toBe(12.46);
  expect(typed.textCells).toBeGreaterThan(20);
  expect(typed.textAsText).toBe(true);

  await page.getByRole('button', { name: '计算并写入评价表' }).click();
  await page.getByText('已写入“绩效自评”：总分 96.90，等次 优。').waitFor();
  const summary = await page.evaluate(() => {
    const { wb } = (window as unknown as FakeEtWindow).__fakeEt;
    const sheet = wb.sheet('绩效自评');
    const out: Record<string, unknown> = {};
    for (let r = 0; r < 40 && sheet; r += 1) {
      const label = wb.value(sheet, r, 0);
      if (label === '总分' || label === '等次') out[label] = wb.value(sheet, r, 1);
    }
    return out;
  });
  expect(summary).toEqual({ 总分: 96.9, 等次: '优' });
  expect(errors).toEqual([]);
  await page.close();
});

test('an edited figure (SheetChange) marks the evaluation stale; recalculating lists the change', async () => {
  const { page, errors } = await openPane();
  await page.getByRole('button', { name: '计算并写入评价表' }).click();
  await page.getByText('已写入“绩效自评”：总分 96.90，等次 优。').waitFor();

  await page.evaluate(() => {
    const { wb } = (window as unknown as FakeEtWindow).__fakeEt;
    const ref = wb.workbookName('PE_Expenditure')?.refersTo.replace(/^=/, '').replace(/\$/g, '') ?? '';
    wb.setCellValue(ref, 650);
  });
  const banner = page.getByRole('status', { name: '评价表已过期' });
  await banner.getByText('本年实际支出数（PE_Expenditure）：672.18 → 650').waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'wps-stale.png') });

  await banner.getByRole('button', { name: '重新计算' }).click();
  await page.getByText('总分 96.90 → 96.70；等次 优 → 优').waitFor();
  await expect(banner.count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('the WPS preview of npm run preview (dist/web/wps-preview.html) runs the pane over the fake ET host', async () => {
  if (!browser) throw new Error('browser not started');
  const web = path.join(ROOT, 'dist/web');
  if (!fs.existsSync(path.join(web, 'wps-preview.html')))
    throw new Error('dist/web/wps-preview.html is missing: run npm run build first');
  const started = await startServer({ root: web, port: 0 });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 960 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${started.url}/wps-preview.html`);
    await page.getByText('在浏览器内存中模拟 WPS 表格').waitFor();
    await page.getByTestId('taskpane').getByRole('button', { name: '计算并写入评价表' }).click();
    await page.getByText('已写入“绩效自评”：总分 96.90，等次 优。').waitFor();
    await page.locator('table[data-sheet="绩效自评"]').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'wps-preview.png') });
    expect(errors).toEqual([]);
    await page.close();
  } finally {
    await new Promise<void>((resolve) => started.server.close(() => resolve()));
  }
});
