import {
  blockOf,
  columnWidthPoints,
  columnWidthRuns,
  formulaString,
  styleRuns,
} from '../../../src/workbook/office/writePlan';
import { gridFromA1, rawCell, topLeftOf } from '../../../src/workbook/office/rawCells';
import type { SheetModel } from '../../../src/workbook/sheetModel';
import { evaluationModel } from './fixtures';

function model(rows: SheetModel['rows']): SheetModel {
  return { name: 'S', rows, columnWidths: [], freezeRows: 0, merges: [], highlights: [] };
}

describe('write plan', () => {
  it('pads ragged rows into one rectangle, text as @, formulas with =', () => {
    const block = blockOf(
      model([
        [
          { value: { t: 'text', v: '=SUM(A1)' } },
          { value: { t: 'number', v: 1.5 }, style: { numFmt: '0.00' } },
        ],
        [{ value: { t: 'formula', f: 'A1*2' } }],
      ]),
    );
    expect(block.address).toBe('A1:B2');
    expect(block.numberFormat).toEqual([
      ['@', '0.00'],
      ['General', 'General'],
    ]);
    expect(block.formulas).toEqual([
      ['=SUM(A1)', 1.5],
      ['=A1*2', ''],
    ]);
    expect(blockOf(model([])).address).toBeNull();
  });

  it('groups identical styles into row runs joined across rows', () => {
    const bold = { value: { t: 'text' as const, v: 'x' }, style: { bold: true } };
    const plain = { value: { t: 'text' as const, v: 'y' } };
    const runs = styleRuns(
      model([
        [bold, bold, plain, bold],
        [bold, bold],
        [plain, bold],
      ]),
    );
    expect(runs).toEqual([
      { address: 'A1:B2', style: { bold: true } },
      { address: 'D1', style: { bold: true } },
      { address: 'B3', style: { bold: true } },
    ]);
  });

  it('needs far fewer style commands than cells for a realistic sheet', () => {
    const m = evaluationModel();
    const styled = m.rows
      .flat()
      .filter(
        (c) => c.style && (c.style.bold || c.style.fill || c.style.color || c.style.wrap || c.style.align),
      ).length;
    const runs = styleRuns(m).length;
    expect(runs).toBeLessThan(styled / 4);
  });

  it('converts character widths to points (8.43 characters is 48 pt) and groups equal columns', () => {
    expect(columnWidthPoints(8.43)).toBe(48);
    expect(columnWidthPoints(10)).toBe(56.25);
    expect(columnWidthRuns([10, 10, 20, 0, 10])).toEqual([
      { address: 'A:B', points: 56.25 },
      { address: 'C:C', points: 108.75 },
      { address: 'E:E', points: 56.25 },
    ]);
  });

  it('quotes highlight text so it stays one string literal', () => {
    expect(formulaString('已过期')).toBe('="已过期"');
    expect(formulaString('a"b')).toBe('="a""b"');
  });
});

describe('raw cells', () => {
  it('maps Office value types', () => {
    expect(rawCell(1.5, 'Double')).toEqual({ kind: 'number', value: 1.5 });
    expect(rawCell('x', 'String')).toEqual({ kind: 'text', value: 'x' });
    expect(rawCell(false, 'Boolean')).toEqual({ kind: 'boolean', value: false });
    expect(rawCell('#DIV/0!', 'Error')).toEqual({ kind: 'error', value: '#DIV/0!' });
    expect(rawCell('', 'Empty')).toEqual({ kind: 'empty' });
  });

  it('pads a used range that starts after A1', () => {
    expect(topLeftOf("'My sheet'!C3:F9")).toEqual({ row: 2, col: 2 });
    const grid = gridFromA1('S!B2', [[{ kind: 'number', value: 1 }]]);
    expect(grid).toEqual([
      [{ kind: 'empty' }, { kind: 'empty' }],
      [{ kind: 'empty' }, { kind: 'number', value: 1 }],
    ]);
  });
});
