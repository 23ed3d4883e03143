/**
 * Planning the 按功能分类的收支表 block: a choice settled by the clerk, an untick, the workbook's
 * own name left alone, and the sheet model's block (formulas with cached results, text names).
 */
import { proposeBindings, type GridSheet } from '../../../src/engine/binding';
import { planBinding, type BindingRead } from '../../../src/workbook/binding/bindFlow';
import { layoutDataSheet } from '../../../src/workbook/binding/dataSheet';
import { sheet } from '../../engine/binding/grids';

function readOf(sheets: GridSheet[], existing: BindingRead['existing'] = []): BindingRead {
  return {
    proposals: proposeBindings(sheets),
    existing,
    invalid: [],
    typed: new Map(),
    typedTable: [],
    dataSheet: { exists: false, owned: false },
  };
}

const TWO_READINGS = [
  sheet('表', [
    ['科目名称', '年初预算数', '决算数', '本年支出', '上年决算数'],
    ['教育支出', 10, 9, 9.5, 8],
    ['公共安全支出', 1, 1, 1.2, 1],
  ]),
];

test('a choice is bound once the clerk picks a reading, by its id', () => {
  const read = readOf(TWO_READINGS);
  expect(planBinding(read).functional.status).toBe('ambiguous');
  const table = read.proposals.functionalTable?.proposal;
  const other = table?.alternatives[0];
  const plan = planBinding(read, { chosen: new Map([['PE_FunctionalTable', other?.id ?? '']]) });
  expect(plan.functional.status).toBe('bound');
  expect(plan.names).toContainEqual({ name: 'PE_FunctionalTable', refersTo: "'绩效数据'!$A$52:$D$53" });
  const model = layoutDataSheet(plan.rows, { functional: plan.functional.block });
  const first = model.rows[51];
  expect(first[0].value).toEqual({ t: 'text', v: '教育支出' });
  const final = other?.rows[0].figures.final;
  expect(first[2].value).toEqual({ t: 'formula', f: final?.address, cached: Number(final?.value) });
});

test('an unticked table is not linked and not named', () => {
  const read = readOf([TWO_READINGS[0]]);
  const plan = planBinding(read, {
    skip: new Set(['PE_FunctionalTable']),
    chosen: new Map([['PE_FunctionalTable', read.proposals.functionalTable?.proposal?.id ?? '']]),
  });
  expect(plan.functional.status).toBe('skipped');
  expect(plan.names.some((n) => n.name === 'PE_FunctionalTable')).toBe(false);
});

test('a table the workbook names itself is left alone', () => {
  const read = readOf(TWO_READINGS, [{ name: 'PE_FunctionalTable', address: "'功能分类'!$A$3:$D$6" }]);
  const plan = planBinding(read);
  expect(plan.functional.status).toBe('existing');
  expect(plan.names.some((n) => n.name === 'PE_FunctionalTable')).toBe(false);
  const model = layoutDataSheet(plan.rows, { functional: plan.functional.block });
  expect(model.rows[51][0].value).toEqual({
    t: 'text',
    v: "已有名称 PE_FunctionalTable（'功能分类'!$A$3:$D$6），未改动",
  });
});

test('a dash in the source is linked through N(), so the block reads 0 and later a figure', () => {
  const read = readOf([
    sheet('功能分类', [
      ['科目名称', '年初预算数', '本年决算数', '上年决算数'],
      ['公共安全支出', 3.6, 3.6, '-'],
    ]),
  ]);
  const plan = planBinding(read);
  const model = layoutDataSheet(plan.rows, { functional: plan.functional.block });
  expect(model.rows[51][3].value).toEqual({ t: 'formula', f: "N('功能分类'!D2)", cached: 0 });
  expect(model.rows[51][1].value).toEqual({ t: 'formula', f: "'功能分类'!B2", cached: 3.6 });
});
