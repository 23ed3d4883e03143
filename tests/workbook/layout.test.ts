/** The evaluation sheet as a SheetModel, laid out from the golden sample's evaluation. */
import { DEFAULT_RULE_SET, evaluate, fmt2, inputsFromData } from '../../src/engine';
import {
  COLUMNS,
  DEFAULT_SHEET_NAME,
  FRESH,
  INPUTS_SECTION,
  META,
  STALE,
  col,
  layoutEvaluationSheet,
} from '../../src/workbook/layout';
import { OWNER_MARK, a1, type SheetCellModel, type SheetModel } from '../../src/workbook/sheetModel';
import { loadSample } from '../support/sample';
import { rowLabelled, sampleEvaluation, textAt } from './modelCells';

const NOW = new Date(2021, 2, 31, 9, 5);
const e = sampleEvaluation();
const model = layoutEvaluationSheet(e, { generatedAt: NOW });

const headerRow = model.rows.findIndex((row) => textAt(row[col('指标ID')]) === '指标ID');
const indicatorRows = (m: SheetModel): SheetCellModel[][] => {
  const h = m.rows.findIndex((row) => textAt(row[col('指标ID')]) === '指标ID');
  return m.rows.slice(h + 1, h + 1 + e.indicators.length);
};
const metaValue = (m: SheetModel, label: string): SheetCellModel => m.rows[rowLabelled(m, label)][1];

describe('the indicator table', () => {
  it('has a header row with the columns a reviewer and a script look for', () => {
    expect(headerRow).toBeGreaterThan(0);
    const header = model.rows[headerRow].map(textAt);
    expect(header).toEqual([...COLUMNS]);
    for (const h of ['指标ID', '得分', '指标值', '当前值（实时）', '人工说明', '状态'])
      expect(header).toContain(h);
  });

  it('has one row per indicator, in the order of the rule set', () => {
    const ids = indicatorRows(model).map((row) => textAt(row[col('指标ID')]));
    expect(ids).toEqual(DEFAULT_RULE_SET.indicators.map((i) => i.id));
    expect(ids).toHaveLength(24);
  });

  it('shows each value, score and deduction as the engine computed them', () => {
    indicatorRows(model).forEach((row, k) => {
      const ind = e.indicators[k];
      const value = row[col('指标值')].value;
      if (ind.value === null) expect(value).toEqual({ t: 'empty' });
      else expect(value).toEqual({ t: 'number', v: ind.value.div(100).toNumber() });
      expect(row[col('得分')].value).toEqual({ t: 'number', v: ind.score?.toNumber() });
      expect(row[col('分值')].value).toEqual({ t: 'number', v: ind.weight.toNumber() });
      expect(textAt(row[col('说明')])).toBe(ind.commentary);
      expect(textAt(row[col('三级指标')])).toBe(ind.name);
    });
  });

  it('formats 指标值 as 0.00% and scores and deductions as 0.00', () => {
    for (const row of indicatorRows(model)) {
      if (row[col('指标值')].value.t === 'number') expect(row[col('指标值')].style?.numFmt).toBe('0.00%');
      expect(row[col('得分')].style?.numFmt).toBe('0.00');
      expect(row[col('扣分')].style?.numFmt).toBe('0.00');
    }
    expect(metaValue(model, META.total).style?.numFmt).toBe('0.00');
  });

  it('ends with a 合计 row carrying the total, the weights and the deductions', () => {
    const total = model.rows[headerRow + 1 + e.indicators.length];
    expect(textAt(total[0])).toBe('合计');
    expect(total[col('得分')].value).toEqual({ t: 'number', v: 96.9 });
    expect(total[col('得分')].style?.numFmt).toBe('0.00');
    expect(total[col('分值')].value).toEqual({ t: 'number', v: 100 });
    expect(total[col('扣分')].value).toEqual({ t: 'number', v: 3.1 });
    expect(textAt(total[col('说明')])).toBe('总分96.90分，等次“优”。');
  });

  it('freezes the rows through the header row', () => {
    expect(model.freezeRows).toBe(headerRow + 1);
  });

  it('puts a live formula over the named ranges in 当前值（实时） and a 状态 formula comparing it, for computed indicators only', () => {
    indicatorRows(model).forEach((row, k) => {
      const ind = e.indicators[k];
      const live = row[col('当前值（实时）')].value;
      const status = row[col('状态')].value;
      if (ind.excel) {
        expect(live).toEqual({ t: 'formula', f: `IFERROR((${ind.excel})/100,"无法计算")` });
        expect(row[col('当前值（实时）')].style?.numFmt).toBe('0.00%');
        const r = headerRow + 1 + k;
        expect(status.t).toBe('formula');
        if (status.t === 'formula') {
          expect(status.f).toContain(a1(r, col('当前值（实时）')));
          expect(status.f).toContain(a1(r, col('指标值')));
          expect(status.f).toContain(`"${STALE}"`);
          expect(status.f).toContain(`"${FRESH}"`);
        }
      } else {
        expect(ind.status).toBe('manual');
        expect(live).toEqual({ t: 'empty' });
        expect(status).toEqual({ t: 'empty' });
      }
    });
  });

  it('highlights 已过期 in the 状态 column over exactly the indicator rows', () => {
    const first = headerRow + 1;
    const last = headerRow + e.indicators.length;
    expect(model.highlights).toContainEqual(
      expect.objectContaining({ range: `${a1(first, col('状态'))}:${a1(last, col('状态'))}`, text: STALE }),
    );
  });
});

describe('the summary block', () => {
  it('names the department, year, total, grade and rule set', () => {
    expect(metaValue(model, META.department).value).toEqual({ t: 'text', v: '乐昌市人民政府坪石办事处' });
    expect(metaValue(model, META.year).value).toEqual({ t: 'number', v: 2020 });
    expect(metaValue(model, META.total).value).toEqual({ t: 'number', v: 96.9 });
    expect(textAt(metaValue(model, META.grade))).toBe('优');
    expect(textAt(metaValue(model, META.completeness))).toBe('完整：24项指标均已计分');
    expect(textAt(metaValue(model, META.ruleSet))).toBe('默认指标体系（2020）（default-2020）');
    expect(textAt(metaValue(model, META.ruleDigest))).toBe(e.ruleSet.digest);
    expect(textAt(metaValue(model, META.fingerprint))).toBe(e.fingerprint);
    expect(textAt(metaValue(model, META.generatedAt))).toBe('2021-03-31 09:05');
  });

  it('carries the owner mark in the 生成程序 cell', () => {
    expect(metaValue(model, META.generator).value).toEqual({ t: 'text', v: OWNER_MARK });
  });

  it('has a live status cell counting 已过期 over the 状态 column', () => {
    const live = metaValue(model, META.liveStatus).value;
    const first = headerRow + 1;
    const last = headerRow + e.indicators.length;
    expect(live).toEqual({
      t: 'formula',
      f: `IF(COUNTIF(${a1(first, col('状态'))}:${a1(last, col('状态'))},"${STALE}")>0,"${STALE}","${FRESH}")`,
    });
  });

  it('says the evaluation is incomplete and gives no grade when an input is missing', () => {
    const sample = loadSample();
    const figures = { ...sample.inputs };
    delete figures.PE_Expenditure;
    const partial = evaluate(inputsFromData(figures, sample.functional));
    const m = layoutEvaluationSheet(partial, { generatedAt: NOW });
    expect(textAt(metaValue(m, META.grade))).toBe('不评定（评价不完整）');
    expect(textAt(metaValue(m, META.completeness))).toMatch(/^不完整：\d+项指标无法计分/);
    const rows = indicatorRows(m);
    const spent = rows.find((row) => textAt(row[col('指标ID')]) === 'budget_expenditure_rate');
    expect(textAt(spent?.[col('得分')])).toBe('无法计分');
  });
});

describe('the checks section', () => {
  const start = rowLabelled(model, '一致性检查');
  const rows = model.rows.slice(start + 1, start + 1 + e.checks.length);
  const resultOf = (id: string): string =>
    textAt(rows.find((row) => textAt(row[row.length - 1]) === id)?.[1]);

  it('lists every check by id with its message', () => {
    expect(rows.map((row) => textAt(row[row.length - 1]))).toEqual(e.checks.map((c) => c.id));
    rows.forEach((row, k) => expect(textAt(row[2])).toBe(e.checks[k].message));
  });

  it('marks the two failing checks of the sample 未通过 and the others 通过', () => {
    expect(resultOf('assets_composition')).toBe('未通过');
    expect(resultOf('functional_expenditure_sum')).toBe('未通过');
    for (const id of ['functional_budget_sum', 'fixed_in_use_within_total', 'counts_within_base'])
      expect(resultOf(id)).toBe('通过');
  });
});

describe('the inputs section', () => {
  it('lists every input used with its label, cell and value as read, the range name last', () => {
    const start = model.rows.findIndex((row) => textAt(row[COLUMNS.length - 1]) === INPUTS_SECTION);
    expect(start).toBeGreaterThan(0);
    const head = model.rows[start].map(textAt);
    expect([head[0], head[2], head[3], head[col('说明')], head[COLUMNS.length - 1]]).toEqual([
      '输入项目',
      '单元格',
      '值',
      '状态',
      INPUTS_SECTION,
    ]);
    const rows = model.rows.slice(start + 1);
    expect(rows.map((row) => textAt(row[COLUMNS.length - 1]))).toEqual(e.inputs.map((i) => i.name));
    const spent = rows.find((row) => textAt(row[COLUMNS.length - 1]) === 'PE_Expenditure');
    expect(textAt(spent?.[0])).toBe('本年实际支出数');
    expect(textAt(spent?.[3])).toBe('672.18');
    expect(textAt(spent?.[col('说明')])).toBe('正常');
  });
});

describe('人工说明', () => {
  it('shows the notes passed in, on their own indicators only', () => {
    const notes = new Map([
      ['stock_funds_change', '存量资金下降，因上年结转项目已完成。'],
      ['satisfaction', '问卷 120 份'],
    ]);
    const m = layoutEvaluationSheet(e, { generatedAt: NOW, notes });
    for (const row of indicatorRows(m)) {
      const id = textAt(row[col('指标ID')]);
      expect(row[col('人工说明')].value).toEqual({ t: 'text', v: notes.get(id) ?? '' });
    }
  });
});

describe('user text stays text (no formula injection)', () => {
  it.each(['=HYPERLINK("http://example.invalid","x")', '+1+1', '-2+3', '@SUM(A1:A2)'])(
    'a department name %p is a text cell',
    (name) => {
      const ev = sampleEvaluation({ PE_DeptName: name });
      const m = layoutEvaluationSheet(ev, { generatedAt: NOW });
      expect(metaValue(m, META.department).value).toEqual({ t: 'text', v: name });
      expect(m.rows[0][0].value).toEqual({ t: 'text', v: `${name} 2020年度部门整体支出绩效自评表` });
      // The only formulas on the sheet are the live cross-check ones, which never carry user text.
      const formulas = m.rows.flat().flatMap((c) => (c.value.t === 'formula' ? [c.value.f] : []));
      expect(formulas.length).toBeGreaterThan(0);
      for (const f of formulas) expect(f).not.toContain(name);
      const notes = new Map([['satisfaction', name]]);
      const withNote = layoutEvaluationSheet(ev, { generatedAt: NOW, notes });
      const row = indicatorRows(withNote).find((r) => textAt(r[col('指标ID')]) === 'satisfaction');
      expect(row?.[col('人工说明')].value).toEqual({ t: 'text', v: name });
    },
  );
});

describe('names and languages', () => {
  it('uses 绩效自评 unless told otherwise', () => {
    expect(model.name).toBe(DEFAULT_SHEET_NAME);
    expect(layoutEvaluationSheet(e, { generatedAt: NOW, sheetName: '自评2020' }).name).toBe('自评2020');
  });

  it('keeps Chinese headers for an English evaluation, with English commentary', () => {
    const en = sampleEvaluation({}, 'en');
    const m = layoutEvaluationSheet(en, { generatedAt: NOW });
    expect(m.rows.some((row) => row.map(textAt).join('|') === COLUMNS.join('|'))).toBe(true);
    const rows = indicatorRows(m);
    const spent = rows.find((row) => textAt(row[col('指标ID')]) === 'budget_expenditure_rate');
    expect(textAt(spent?.[col('说明')])).toBe(
      en.indicators.find((i) => i.id === 'budget_expenditure_rate')?.commentary,
    );
    expect(textAt(spent?.[col('说明')])).not.toMatch(/[得分满]/);
    expect(metaValue(m, META.total).value).toEqual({ t: 'number', v: Number(fmt2(en.total)) });
  });
});
