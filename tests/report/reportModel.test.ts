/**
 * The report room on its own: pure of any door (no Node module imported, so the browser page can
 * use it), bytes as a Uint8Array, and a model whose figures are the evaluation's.
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { builtinModules } from 'module';
import { D, fmt2, inputsFromData, type PlainTable } from '../../src/engine';
import { evaluate } from '../../src/engine';
import { buildReportModel, chineseDate, renderReport, type ReportBlock } from '../../src/report';
import { sampleData } from '../cli/support/files';

const REPORT_DIR = path.resolve(__dirname, '../../src/report');

function sampleInputs(): ReturnType<typeof inputsFromData> {
  const { inputs, functional } = sampleData();
  const figures: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(inputs))
    if (typeof v === 'number' || typeof v === 'string') figures[k] = v;
  return inputsFromData(figures, functional as PlainTable);
}

const textOf = (blocks: ReportBlock[]): string =>
  blocks
    .map((b) =>
      b.kind === 'paragraph'
        ? b.runs.map((r) => ('text' in r ? r.text : `【待填写：${r.placeholder}】`)).join('')
        : b.kind === 'table'
          ? b.rows.map((r) => r.join('|')).join('\n')
          : b.text,
    )
    .join('\n');

describe('src/report', () => {
  it('imports no Node module (browser-safe)', () => {
    const nodeModules = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    for (const f of readdirSync(REPORT_DIR).filter((n) => n.endsWith('.ts'))) {
      const src = readFileSync(path.join(REPORT_DIR, f), 'utf8');
      const imports = [...src.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      expect(imports.filter((i) => nodeModules.has(i))).toEqual([]);
      expect(src).not.toMatch(/\bBuffer\b|\bprocess\.|require\(/);
    }
  });

  it('renders a .docx as a Uint8Array', async () => {
    const inputs = sampleInputs();
    const bytes = await renderReport(evaluate(inputs), { inputs, date: new Date(2021, 0, 20) });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
  });

  it('prints the date as the filed reports do', () => {
    expect(chineseDate(new Date(2021, 0, 20))).toBe('二〇二一年一月二十日');
    expect(chineseDate(new Date(2020, 11, 31))).toBe('二〇二〇年十二月三十一日');
    expect(chineseDate(new Date(2026, 9, 10))).toBe('二〇二六年十月十日');
  });

  it('takes its figures from the inputs: a changed budget changes the sentence and the table', () => {
    const inputs = sampleInputs();
    const changed = { ...inputs, PE_BudgetAdjusted: { ...inputs.PE_BudgetAdjusted, number: new D('700.5') } };
    const text = textOf(
      buildReportModel(evaluate(changed), { inputs: changed, date: new Date(2021, 0, 20) }),
    );
    expect(text).toContain(
      `调整后预算数700.50万元，较年初预算增加${fmt2(new D('700.5').minus('624.04'))}万元`,
    );
    expect(text).toContain('合计|624.04|674.18|100.00%|739.80|');
  });

  it('without a functional table asks for the structure instead of inventing it', () => {
    const inputs = { ...sampleInputs() };
    delete (inputs as Record<string, unknown>).PE_FunctionalTable;
    const text = textOf(buildReportModel(evaluate(inputs), { inputs }));
    expect(text).toContain('【待填写：按功能分类的支出结构');
    expect(text).not.toContain('一般公共服务支出');
  });
});
