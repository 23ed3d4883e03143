/**
 * The WPS ribbon: ribbon.xml is well-formed customUI whose callbacks and buttons the entry script
 * handles; 打开评价窗格 creates the pane once and remembers it; 重新计算 evaluates without the pane.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { SaxesParser } from 'saxes';
import { fakeEtApplication } from '../../src/preview/fakeEt';
import { fakeWorkbookFromSpec } from '../../src/preview/fakeExcel';
import { sampleWorkbook } from '../../src/preview/sampleWorkbook';
import { createRibbon, openPane, TASKPANE_ID_KEY, type RibbonCallbacks } from '../../src/wps/ribbon';
import { departmentSpec, EVAL_SHEET } from '../workbook/office/fixtures';

const RIBBON = path.resolve(__dirname, '../../src/wps/ribbon.xml');
const PAGE = 'http://intranet.example/perf-eval/index.html';

interface RibbonXml {
  root: string;
  namespace: string;
  callbacks: Set<string>;
  buttons: { id: string; label: string }[];
}

function parseRibbon(): RibbonXml {
  const parser = new SaxesParser({ xmlns: true });
  const out: RibbonXml = { root: '', namespace: '', callbacks: new Set(), buttons: [] };
  parser.on('opentag', (tag) => {
    if (!out.root) {
      out.root = tag.local;
      out.namespace = tag.uri;
    }
    for (const attr of ['onLoad', 'onAction', 'getImage']) {
      const value = tag.attributes[attr];
      if (value && typeof value === 'object') out.callbacks.add(value.value);
    }
    if (tag.local === 'button') {
      const attrs = tag.attributes as Record<string, { value: string }>;
      out.buttons.push({ id: attrs.id.value, label: attrs.label.value });
    }
  });
  parser.write(fs.readFileSync(RIBBON, 'utf8')).close();
  return out;
}

/** Runs OnAction and waits for the recalculation it starts. */
function click(id: string, app = fakeEtApplication(sampleWorkbook())): Promise<string[]> {
  const messages: string[] = [];
  return new Promise((resolve) => {
    const ribbon: RibbonCallbacks = createRibbon(app, {
      pageUrl: PAGE,
      notify: (m) => messages.push(m),
      onSettled: () => resolve(messages),
    });
    expect(ribbon.OnAction({ Id: id })).toBe(true);
  });
}

describe('ribbon.xml', () => {
  it('is well-formed XML (xmllint) and starts with <customUI, as WPS and the wpsjs templates expect', () => {
    expect(() => execFileSync('xmllint', ['--noout', RIBBON], { stdio: 'pipe' })).not.toThrow();
    expect(fs.readFileSync(RIBBON, 'utf8').startsWith('<customUI ')).toBe(true);
  });

  it('is customUI with the two buttons, and every callback it names exists in the entry script', () => {
    const xml = parseRibbon();
    expect(xml.root).toBe('customUI');
    expect(xml.namespace).toBe('http://schemas.microsoft.com/office/2006/01/customui');
    expect(xml.buttons).toEqual([
      { id: 'btnOpenPane', label: '打开评价窗格' },
      { id: 'btnRecalculate', label: '重新计算' },
    ]);
    const ribbon = createRibbon(fakeEtApplication(sampleWorkbook()), {
      pageUrl: PAGE,
      notify: () => undefined,
    });
    for (const name of xml.callbacks)
      expect(typeof (ribbon as unknown as Record<string, unknown>)[name]).toBe('function');
    expect(ribbon.OnAddinLoad({})).toBe(true);
    expect(ribbon.GetImage({ Id: 'btnOpenPane' })).toMatch(
      /^http:\/\/intranet\.example\/perf-eval\/assets\/icon-\d+\.png$/,
    );
  });
});

describe('打开评价窗格', () => {
  it('creates the pane beside the entry page once, remembers its id in PluginStorage and shows it again', () => {
    const app = fakeEtApplication(sampleWorkbook());
    const id = openPane(app, PAGE);
    expect(app.taskPanes).toHaveLength(1);
    expect(app.taskPanes[0].url).toBe('http://intranet.example/perf-eval/taskpane.html');
    expect(app.taskPanes[0].Visible).toBe(true);
    expect(app.PluginStorage.getItem(TASKPANE_ID_KEY)).toBe(String(id));
    app.taskPanes[0].Visible = false;
    expect(openPane(app, PAGE)).toBe(id);
    expect(app.taskPanes).toHaveLength(1);
    expect(app.taskPanes[0].Visible).toBe(true);
  });

  it('makes a new pane when the remembered one is gone', () => {
    const app = fakeEtApplication(sampleWorkbook());
    app.PluginStorage.setItem(TASKPANE_ID_KEY, 99);
    const id = openPane(app, PAGE);
    expect(app.taskPanes.map((p) => p.ID)).toEqual([id]);
    expect(app.PluginStorage.getItem(TASKPANE_ID_KEY)).toBe(String(id));
  });
});

describe('重新计算', () => {
  it('evaluates the sample and writes 绩效自评 without the pane', async () => {
    const wb = sampleWorkbook();
    const app = fakeEtApplication(wb);
    const messages = await click('btnRecalculate', app);
    expect(messages).toEqual(['已写入“绩效自评”：总分 96.90，等次 优。']);
    expect(app.taskPanes).toHaveLength(0);
    expect(wb.sheet(EVAL_SHEET)).toBeDefined();
  });

  it('leaves a foreign 绩效自评 alone and says why', async () => {
    const wb = fakeWorkbookFromSpec(
      departmentSpec({ sheets: [{ name: EVAL_SHEET, cells: { A1: '手工填写的自评表' } }] }),
    );
    const before = wb.snapshotSheet(EVAL_SHEET);
    const messages = await click('btnRecalculate', fakeEtApplication(wb));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^重新计算失败：工作表“绩效自评”不是本加载项创建的/);
    expect(wb.snapshotSheet(EVAL_SHEET)).toEqual(before);
  });

  it('reports a missing workbook instead of throwing out of the callback', async () => {
    const app = fakeEtApplication(sampleWorkbook());
    Object.defineProperty(app, 'ActiveWorkbook', { value: null });
    const messages = await click('btnRecalculate', app);
    expect(messages).toEqual(['重新计算失败：没有打开的工作簿 (no workbook is open)']);
  });
});
