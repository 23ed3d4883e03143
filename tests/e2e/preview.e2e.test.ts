/**
 * End to end in Debian's Chromium (playwright-core): the built browser preview, i.e. the real
 * task pane over the fake Excel host holding the 坪石 2020 sample. Needs `npm run build` first.
 *
 * Screenshots of each view go to test-output/screenshots/; with UPDATE_DOCS_IMAGES=1 the four
 * used by the README are also copied to docs/images/.
 */
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/web');
const SHOTS = path.join(ROOT, 'test-output/screenshots');
const DOC_IMAGES = path.join(ROOT, 'docs/images');
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

/** The screenshots the README shows (file name in test-output → in docs/images). */
const README_IMAGES: Record<string, string> = {
  'preview-evaluated.png': 'preview-evaluated.png',
  'scores.png': 'pane-scores.png',
  'stale-and-changes.png': 'pane-stale-and-changes.png',
  'english.png': 'pane-english.png',
};

let server: ChildProcess | undefined;
let baseUrl = '';
let browser: Browser | undefined;

/** Start scripts/serve.js on a free port and read the URL it prints. */
function startServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/serve.js'), DIST], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = child;
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve.js did not start: ${out}`)), 20_000);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      const m = /serving .* at (http:\/\/\S+?)\/?\s/.exec(out);
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
  if (!fs.existsSync(path.join(DIST, 'preview.html'))) {
    throw new Error('dist/web/preview.html is missing: run npm run build first');
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-zenhei`);
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  baseUrl = await startServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid !== undefined && server.exitCode === null) process.kill(server.pid);
  if (process.env.UPDATE_DOCS_IMAGES === '1') {
    fs.mkdirSync(DOC_IMAGES, { recursive: true });
    for (const [from, to] of Object.entries(README_IMAGES)) {
      const source = path.join(SHOTS, from);
      if (fs.existsSync(source)) fs.copyFileSync(source, path.join(DOC_IMAGES, to));
    }
  }
});

/** A fresh page on the preview; fails the test on any uncaught page error. */
async function openPreview(query = ''): Promise<{ page: Page; errors: string[] }> {
  if (!browser) throw new Error('browser not started');
  const page = await browser.newPage({ viewport: { width: 1400, height: 960 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseUrl}/preview.html${query}`);
  await page.locator('[data-input="PE_Expenditure"]').waitFor();
  return { page, errors };
}

const pane = (page: Page) => page.getByTestId('taskpane');
const shoot = (page: Page, name: string) => pane(page).screenshot({ path: path.join(SHOTS, name) });

/** Text of one cell of the preview's grid of a sheet. */
async function gridCell(page: Page, sheet: string, address: string): Promise<string> {
  return page.locator(`table[data-sheet="${sheet}"] td[data-address="${address}"]`).innerText();
}

/** The grid cell right of the label `label` in column A of the written sheet. */
async function gridValueBeside(page: Page, sheet: string, label: string): Promise<string> {
  const rows = page.locator(`table[data-sheet="${sheet}"] tbody tr`);
  const count = await rows.count();
  for (let i = 0; i < Math.min(count, 40); i += 1) {
    if ((await gridCell(page, sheet, `A${i + 1}`)).trim() === label)
      return (await gridCell(page, sheet, `B${i + 1}`)).trim();
  }
  throw new Error(`no row labelled ${label} in the grid of ${sheet}`);
}

test('evaluates the sample: 96.90 and 优 in the pane and in the written sheet', async () => {
  const { page, errors } = await openPreview();
  await page.getByTestId('workbook-line').getByText('examples/pingshi-2020.xlsx').waitFor();
  await shoot(page, 'data.png');

  await pane(page).getByRole('button', { name: '计算并写入评价表' }).click();
  await pane(page).getByText('已写入“绩效自评”：总分 96.90，等次 优。').waitFor();

  // The grid switched to the written sheet and shows the same figures.
  await page.locator('table[data-sheet="绩效自评"]').waitFor();
  expect(await gridValueBeside(page, '绩效自评', '总分')).toBe('96.90');
  expect(await gridValueBeside(page, '绩效自评', '等次')).toBe('优');
  await page.screenshot({ path: path.join(SHOTS, 'preview-evaluated.png') });

  await pane(page).getByRole('tab', { name: '评分' }).click();
  await expect(pane(page).getByTestId('total').innerText()).resolves.toBe('96.90');
  await expect(pane(page).getByTestId('grade').innerText()).resolves.toBe('优');
  await shoot(page, 'scores.png');

  await pane(page).getByRole('tab', { name: '检查' }).click();
  await pane(page).locator('[data-check="assets_composition"]').getByText('不通过').waitFor();
  await shoot(page, 'checks.png');
  expect(errors).toEqual([]);
  await page.close();
});

test('binds a missing input to the cell selected in the grid', async () => {
  const { page, errors } = await openPreview('?missing=PE_ProcurementPlan');
  const row = pane(page).locator('[data-input="PE_ProcurementPlan"]');
  await row.getByText('缺失').waitFor();
  await expect(row.innerText()).resolves.toContain('政府采购计划金额');

  // Find the row of 政府采购计划金额 on 基础数据 and click its value cell (column C).
  const labelCell = page.locator('table[data-sheet="基础数据"] td').filter({ hasText: /^政府采购计划金额$/ });
  const address = await labelCell.getAttribute('data-address');
  expect(address).toMatch(/^B\d+$/);
  const valueAddress = `C${(address as string).slice(1)}`;
  await page.locator(`table[data-sheet="基础数据"] td[data-address="${valueAddress}"] button`).click();
  await page.getByTestId('selection').getByText(`基础数据!${valueAddress}`).waitFor();

  await row.getByRole('button', { name: '把名称 PE_ProcurementPlan 绑定到当前所选单元格' }).click();
  await pane(page).getByText(`已把 PE_ProcurementPlan 绑定到 基础数据!${valueAddress}。`).waitFor();
  await row.getByText('正常').waitFor();
  await expect(row.innerText()).resolves.toContain('8.795');
  await shoot(page, 'bound.png');

  await pane(page).getByRole('button', { name: '计算并写入评价表' }).click();
  await pane(page).getByText('已写入“绩效自评”：总分 96.90，等次 优。').waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test('a changed budget figure marks the sheet stale; recalculating lists the changes', async () => {
  const { page, errors } = await openPreview();
  await pane(page).getByRole('button', { name: '计算并写入评价表' }).click();
  await pane(page).getByText('已写入“绩效自评”：总分 96.90，等次 优。').waitFor();

  await page.getByTestId('edit-input').selectOption('PE_Expenditure');
  await page.getByTestId('edit-figure').fill('650');
  await page.getByRole('button', { name: '应用 (apply)' }).click();

  const banner = pane(page).getByRole('status', { name: '评价表已过期' });
  await banner.getByText('本年实际支出数（PE_Expenditure）：672.18 → 650').waitFor();
  await shoot(page, 'stale.png');

  await banner.getByRole('button', { name: '重新计算' }).click();
  const changes = pane(page).getByRole('list', { name: '本次变化' });
  await changes.getByText('部门预算支出率：值 98.60% → 95.35%，得分 5.92 → 5.72').waitFor();
  await pane(page).getByText('总分 96.90 → 96.70；等次 优 → 优').waitFor();
  await expect(banner.count()).resolves.toBe(0);
  expect(await gridValueBeside(page, '绩效自评', '总分')).toBe('96.70');

  // Show the banner and the change list together: edit once more without recalculating.
  await page.getByTestId('edit-figure').fill('640');
  await page.getByRole('button', { name: '应用 (apply)' }).click();
  await banner.getByText('本年实际支出数（PE_Expenditure）：650 → 640').waitFor();
  await shoot(page, 'stale-and-changes.png');
  expect(errors).toEqual([]);
  await page.close();
});

test('the English switch turns the pane and the commentary into English', async () => {
  const { page, errors } = await openPreview();
  await pane(page).getByRole('button', { name: 'English' }).click();
  await pane(page).getByRole('button', { name: 'Evaluate and write the sheet' }).click();
  await pane(page).getByText('Written to "绩效自评": total 96.90, grade 优.').waitFor();
  await pane(page).getByRole('tab', { name: 'Scores' }).click();
  await pane(page)
    .locator('[data-indicator="budget_expenditure_rate"]')
    .getByText('Budget expenditure rate')
    .waitFor();
  await shoot(page, 'english.png');

  // The choice is remembered across a reload.
  await page.reload();
  await pane(page).getByRole('button', { name: 'Evaluate and write the sheet' }).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test("the manifest's SupportUrl page is served with the web build and renders in both languages", async () => {
  if (!browser) throw new Error('browser not started');
  const page = await browser.newPage({ locale: 'zh-CN' });
  try {
    const response = await page.goto(`${baseUrl}/help.html`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: '部门整体支出绩效自评 · 帮助' }).waitFor();
    await page.getByRole('heading', { name: 'What this add-in does' }).waitFor();
    expect(await page.locator('section[lang="zh-CN"]').innerText()).toContain('负责填报这些数据的人员');
  } finally {
    await page.close();
  }
});
