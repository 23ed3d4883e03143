/**
 * A workbook port held in memory: inputs given as RawInputs, sheets as raw cells. Writes turn the
 * SheetModel into the raw cells a spreadsheet would hand back (formulas read as empty, as a file
 * without cached results would). Lets flow-level tests run without any spreadsheet library.
 */
import type {
  RawCell,
  RawInput,
  ReadRequest,
  WorkbookPort,
  WorkbookSnapshot,
  WriteOptions,
} from '../../src/workbook/port';
import { ForeignSheetError } from '../../src/workbook/port';
import { OWNER_MARK, type SheetModel } from '../../src/workbook/sheetModel';

export function modelToRaw(model: SheetModel): RawCell[][] {
  return model.rows.map((row) =>
    row.map((c): RawCell => {
      switch (c.value.t) {
        case 'text':
          return { kind: 'text', value: c.value.v };
        case 'number':
          return { kind: 'number', value: c.value.v };
        default:
          return { kind: 'empty' };
      }
    }),
  );
}

export class MemoryPort implements WorkbookPort {
  readonly sheets = new Map<string, RawCell[][]>();
  writes = 0;
  reads = 0;

  constructor(public inputs: Map<string, RawInput>) {}

  static fromNumbers(figures: Record<string, number | string>): MemoryPort {
    const m = new Map<string, RawInput>();
    let row = 1;
    for (const [name, v] of Object.entries(figures)) {
      const cell: RawCell = typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', value: v };
      m.set(name, { name, status: 'range', address: `基础数据!C${row++}`, cells: [[cell]] });
    }
    return new MemoryPort(m);
  }

  private owned(cells: RawCell[][] | undefined): boolean {
    return !!cells && cells.some((r) => r.some((c) => c.kind === 'text' && c.value === OWNER_MARK));
  }

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    this.reads++;
    const cells = this.sheets.get(request.sheetName);
    const extraSheets: Record<string, RawCell[][]> = {};
    for (const s of request.extraSheets ?? []) {
      const c = this.sheets.get(s);
      if (c) extraSheets[s] = c;
    }
    return {
      inputs: request.names.map((name) => this.inputs.get(name) ?? { name, status: 'missing' }),
      sheet: { exists: !!cells, owned: this.owned(cells), cells: cells ?? [] },
      extraSheets,
    };
  }

  async write(model: SheetModel, options: WriteOptions = {}): Promise<void> {
    const existing = this.sheets.get(model.name);
    if (existing && !this.owned(existing) && !options.overwriteForeign)
      throw new ForeignSheetError(model.name);
    this.writes++;
    this.sheets.set(model.name, modelToRaw(model));
  }
}
