/**
 * Raw cells → engine inputs (spec §5): every kind of cell for every kind of input, the name-level
 * problems (missing, #REF!, several cells) and the functional table.
 */
import { describeProblem, type InputValue, type Problem } from '../../src/engine';
import { parseInput, parseInputs, readNumberCell } from '../../src/workbook/parseInputs';
import type { RawCell, RawInput } from '../../src/workbook/port';

const num = (value: number): RawCell => ({ kind: 'number', value });
const txt = (value: string): RawCell => ({ kind: 'text', value });
const err = (value: string): RawCell => ({ kind: 'error', value });
const bool = (value: boolean): RawCell => ({ kind: 'boolean', value });
const EMPTY: RawCell = { kind: 'empty' };

/** A one-cell range input at `address`. */
function oneCell(name: string, cell: RawCell, address = '基础数据!C5'): RawInput {
  return { name, status: 'range', address, cells: [[cell]] };
}

function only(v: InputValue): Problem {
  expect(v.problems).toHaveLength(1);
  return v.problems[0];
}

/** One numeric input of each numeric kind in the catalog (money, count, ratio, score, year). */
const NUMERIC_INPUTS = [
  ['money', 'PE_BudgetInitial'],
  ['count', 'PE_StaffActual'],
  ['ratio', 'PE_Satisfaction'],
  ['score', 'PE_Score_RiskControl'],
  ['year', 'PE_Year'],
] as const;

describe.each(NUMERIC_INPUTS)('a %s input (%s)', (_kind, name) => {
  it('takes a number through its shortest string form', () => {
    const v = parseInput(oneCell(name, num(672.18)));
    expect(v.number?.toFixed()).toBe('672.18');
    expect(v.address).toBe('基础数据!C5');
    expect(v.problems).toEqual([]);
  });

  it('accepts "1,000.00" stored as text, with a warning that quotes the text', () => {
    const v = parseInput(oneCell(name, txt('1,000.00')));
    expect(v.number?.toFixed()).toBe('1000');
    const p = only(v);
    expect(p).toMatchObject({
      code: 'textNumber',
      severity: 'warning',
      input: name,
      address: '基础数据!C5',
      detail: '1,000.00',
    });
  });

  it('accepts " 624.04 " stored as text (spaces around), with a warning', () => {
    const v = parseInput(oneCell(name, txt(' 624.04 ')));
    expect(v.number?.toFixed()).toBe('624.04');
    expect(only(v)).toMatchObject({ code: 'textNumber', severity: 'warning', detail: ' 624.04 ' });
  });

  it.each(['六百', '624.04万元', '1,00', '1e3', '12.5%', 'N/A'])(
    'refuses the text %p as not a number',
    (t) => {
      const v = parseInput(oneCell(name, txt(t)));
      expect(v.number).toBeUndefined();
      expect(only(v)).toMatchObject({
        code: 'notNumber',
        severity: 'error',
        input: name,
        address: '基础数据!C5',
        detail: t,
      });
    },
  );

  it('reports an empty cell, and a cell of blanks, as empty', () => {
    for (const cell of [EMPTY, txt('   ')]) {
      const v = parseInput(oneCell(name, cell));
      expect(v.number).toBeUndefined();
      expect(only(v)).toMatchObject({ code: 'empty', severity: 'error', address: '基础数据!C5' });
    }
  });

  it.each(['#DIV/0!', '#N/A', '#VALUE!'])('reports the Excel error %s with its code', (code) => {
    const v = parseInput(oneCell(name, err(code)));
    expect(v.number).toBeUndefined();
    expect(only(v)).toMatchObject({
      code: 'excelError',
      severity: 'error',
      detail: code,
      address: '基础数据!C5',
    });
  });

  it('refuses a logical value', () => {
    const v = parseInput(oneCell(name, bool(true)));
    expect(v.number).toBeUndefined();
    expect(only(v)).toMatchObject({ code: 'boolean', severity: 'error', detail: 'TRUE' });
  });

  it('refuses a name over two cells, naming the range', () => {
    const v = parseInput({ name, status: 'range', address: '基础数据!C5:D5', cells: [[num(1), num(2)]] });
    expect(v.number).toBeUndefined();
    expect(only(v)).toMatchObject({ code: 'multiCell', severity: 'error', address: '基础数据!C5:D5' });
  });
});

describe('the text input PE_DeptName', () => {
  const name = 'PE_DeptName';
  it('takes text as is (trimmed)', () => {
    const v = parseInput(oneCell(name, txt('  乐昌市人民政府坪石办事处 '), '基础数据!C2'));
    expect(v.text).toBe('乐昌市人民政府坪石办事处');
    expect(v.problems).toEqual([]);
  });
  it('takes a number as its text', () => {
    expect(parseInput(oneCell(name, num(2020))).text).toBe('2020');
  });
  it('keeps text that looks like a formula as plain text', () => {
    expect(parseInput(oneCell(name, txt('=1+1'))).text).toBe('=1+1');
  });
  it('reports an empty cell', () => {
    expect(only(parseInput(oneCell(name, EMPTY)))).toMatchObject({ code: 'empty' });
    expect(only(parseInput(oneCell(name, txt('  '))))).toMatchObject({ code: 'empty' });
  });
  it('reports an Excel error', () => {
    const v = parseInput(oneCell(name, err('#N/A')));
    expect(v.text).toBeUndefined();
    expect(only(v)).toMatchObject({ code: 'excelError', detail: '#N/A' });
  });
  it('reads a logical value as its text', () => {
    expect(parseInput(oneCell(name, bool(false))).text).toBe('FALSE');
  });
  it('refuses two cells', () => {
    const v = parseInput({
      name,
      status: 'range',
      address: '基础数据!C2:C3',
      cells: [[txt('a')], [txt('b')]],
    });
    expect(only(v)).toMatchObject({ code: 'multiCell', address: '基础数据!C2:C3' });
  });
});

describe('name-level problems', () => {
  it('a missing name is reported as missing', () => {
    const v = parseInput({ name: 'PE_Expenditure', status: 'missing' });
    expect(only(v)).toMatchObject({ code: 'missing', input: 'PE_Expenditure' });
    expect(only(v).scopedTo).toBeUndefined();
    expect(describeProblem(only(v), 'zh')).toContain('不存在');
  });

  it('a name defined only for one sheet says on which sheet', () => {
    const v = parseInput({ name: 'PE_Expenditure', status: 'missing', sheetScopedOn: ['基础数据'] });
    expect(only(v)).toMatchObject({ code: 'missing', scopedTo: '基础数据' });
    expect(describeProblem(only(v), 'zh')).toContain('只在工作表“基础数据”内定义');
    expect(describeProblem(only(v), 'en')).toContain('defined only for sheet "基础数据"');
  });

  it('a name that refers to #REF! is invalid and says what it refers to', () => {
    const v = parseInput({ name: 'PE_Expenditure', status: 'invalid', refersTo: '#REF!' });
    expect(v.number).toBeUndefined();
    expect(only(v)).toMatchObject({ code: 'invalidRef', detail: '#REF!' });
    expect(describeProblem(only(v), 'zh')).toContain('#REF!');
  });

  it('parseInputs keys every input by its name', () => {
    const out = parseInputs([
      oneCell('PE_BudgetInitial', num(624.04)),
      { name: 'PE_Expenditure', status: 'missing' },
    ]);
    expect(Object.keys(out).sort()).toEqual(['PE_BudgetInitial', 'PE_Expenditure']);
    expect(out.PE_BudgetInitial.number?.toFixed()).toBe('624.04');
    expect(out.PE_Expenditure.problems[0].code).toBe('missing');
  });
});

describe('readNumberCell', () => {
  it('keeps signs and bare decimals of text numbers', () => {
    const neg = readNumberCell(txt('-5.5'), 'PE_BudgetInitial', 'X!A1');
    expect(neg.ok && neg.value.toFixed()).toBe('-5.5');
    const bare = readNumberCell(txt('.5'), 'PE_BudgetInitial', 'X!A1');
    expect(bare.ok && bare.value.toFixed()).toBe('0.5');
  });
  it('reads grouped text digits exactly, without float arithmetic', () => {
    const got = readNumberCell(txt('1,234,567.891'), 'PE_BudgetInitial', undefined);
    expect(got.ok && got.value.toFixed()).toBe('1234567.891');
  });
});

describe('the functional table PE_FunctionalTable', () => {
  const name = 'PE_FunctionalTable';
  const row = (label: string, b: RawCell, f: RawCell, p: RawCell): RawCell[] => [txt(label), b, f, p];
  const table = (cells: RawCell[][], address = '功能分类!A3:D6'): RawInput => ({
    name,
    status: 'range',
    address,
    cells,
  });

  it('reads 4 columns into rows with decimals', () => {
    const v = parseInput(
      table(
        [
          row('一般公共服务支出', num(561.58), num(600.59), num(452.3)),
          row('公共安全支出', num(3.6), num(3.6), num(0)),
        ],
        '功能分类!A3:D4',
      ),
    );
    expect(v.problems).toEqual([]);
    expect(
      v.table?.map((r) => [r.label, r.budget?.toFixed(), r.final?.toFixed(), r.prior?.toFixed()]),
    ).toEqual([
      ['一般公共服务支出', '561.58', '600.59', '452.3'],
      ['公共安全支出', '3.6', '3.6', '0'],
    ]);
  });

  it('skips blank rows at the bottom of the named block', () => {
    const v = parseInput(
      table([
        row('一般公共服务支出', num(1), num(2), num(3)),
        row('社会保障和就业支出', num(4), num(5), num(6)),
        [EMPTY, EMPTY, EMPTY, EMPTY],
        [txt(' '), EMPTY, txt(''), EMPTY],
      ]),
    );
    expect(v.problems).toEqual([]);
    expect(v.table).toHaveLength(2);
  });

  it('refuses a block that is not 4 columns wide (tableShape, with its size)', () => {
    const v = parseInput(
      table(
        [
          [txt('a'), num(1), num(2)],
          [txt('b'), num(3), num(4)],
        ],
        '功能分类!A3:C4',
      ),
    );
    expect(v.table).toBeUndefined();
    expect(only(v)).toMatchObject({
      code: 'tableShape',
      severity: 'error',
      address: '功能分类!A3:C4',
      detail: '2 × 3',
    });
  });

  it('a bad cell names its own address', () => {
    const v = parseInput(
      table([
        row('一般公共服务支出', num(561.58), txt('六百'), num(452.3)),
        row('公共安全支出', num(3.6), num(3.6), err('#N/A')),
      ]),
    );
    const codes = v.problems.map((p) => [p.code, p.address]);
    expect(codes).toEqual([
      ['notNumber', '功能分类!C3'],
      ['excelError', '功能分类!D4'],
    ]);
    // The row is kept with the unusable figure left out, so the sums can say they are not checkable.
    expect(v.table?.[0].final).toBeNull();
    expect(v.table?.[0].budget?.toFixed()).toBe('561.58');
  });

  it('a number stored as text in the table is a warning at its own cell', () => {
    const v = parseInput(table([row('公共安全支出', txt('3.60'), num(3.6), num(0))]));
    expect(v.problems).toEqual([
      expect.objectContaining({ code: 'textNumber', severity: 'warning', address: '功能分类!B3' }),
    ]);
    expect(v.table?.[0].budget?.toFixed()).toBe('3.6');
  });
});
