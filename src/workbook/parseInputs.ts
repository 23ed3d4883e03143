/**
 * Raw cells → engine inputs (spec §5): a Decimal, a text or a table, or the problem that stops
 * it. Numbers are taken through their shortest string form; text that is an unambiguous plain
 * number ("1,000.00", " 624.04 ") is accepted with a warning, because exported budget tables often
 * store numbers as text.
 */
import {
  D,
  FUNCTIONAL_TABLE_COLUMNS,
  fromNumber,
  inputDef,
  problem,
  type Decimal,
  type InputValue,
  type Inputs,
  type Problem,
  type TableRow,
} from '../engine';
import { cellInRange } from './address';
import type { RawCell, RawInput } from './port';

/** Plain numbers only: optional sign, digits with optional 3-digit comma groups, optional decimals. */
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;

export type CellReading = { ok: true; value: Decimal; warning?: Problem } | { ok: false; problem: Problem };

/** Read one cell as a number for `input` at `address`. */
export function readNumberCell(cell: RawCell, input: string, address: string | undefined): CellReading {
  switch (cell.kind) {
    case 'number':
      return { ok: true, value: fromNumber(cell.value) };
    case 'empty':
      return { ok: false, problem: problem('empty', input, { address }) };
    case 'error':
      return { ok: false, problem: problem('excelError', input, { address, detail: cell.value }) };
    case 'boolean':
      return {
        ok: false,
        problem: problem('boolean', input, { address, detail: cell.value ? 'TRUE' : 'FALSE' }),
      };
    case 'text': {
      const t = cell.value.trim();
      if (t === '') return { ok: false, problem: problem('empty', input, { address }) };
      if (PLAIN_NUMBER.test(t)) {
        return {
          ok: true,
          value: new D(t.replace(/,/g, '')),
          warning: problem('textNumber', input, { address, detail: cell.value }),
        };
      }
      return { ok: false, problem: problem('notNumber', input, { address, detail: cell.value }) };
    }
  }
}

function cellText(cell: RawCell): string {
  switch (cell.kind) {
    case 'text':
      return cell.value;
    case 'number':
      return String(cell.value);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.value;
    case 'empty':
      return '';
  }
}

function isBlankRow(row: RawCell[]): boolean {
  return row.every((c) => c.kind === 'empty' || (c.kind === 'text' && c.value.trim() === ''));
}

function parseTable(raw: Extract<RawInput, { status: 'range' }>): InputValue {
  const { name, address, cells } = raw;
  const width = cells[0]?.length ?? 0;
  if (width !== FUNCTIONAL_TABLE_COLUMNS) {
    return {
      name,
      address,
      problems: [problem('tableShape', name, { address, detail: `${cells.length} × ${width}` })],
    };
  }
  const problems: Problem[] = [];
  const table: TableRow[] = [];
  cells.forEach((row, r) => {
    // A clerk may name a block with spare blank rows at the bottom; they carry nothing.
    if (isBlankRow(row)) return;
    const num = (c: number): Decimal | null => {
      const got = readNumberCell(row[c], name, cellInRange(address, r, c));
      if (!got.ok) {
        problems.push(got.problem);
        return null;
      }
      if (got.warning) problems.push(got.warning);
      return got.value;
    };
    table.push({ label: cellText(row[0]).trim(), budget: num(1), final: num(2), prior: num(3) });
  });
  return { name, address, table, problems };
}

/** One raw input → the engine's view of it. */
export function parseInput(raw: RawInput): InputValue {
  const { name } = raw;
  if (raw.status === 'missing') {
    const scopedTo = raw.sheetScopedOn?.join('、');
    return { name, problems: [problem('missing', name, scopedTo ? { scopedTo } : {})] };
  }
  if (raw.status === 'invalid') {
    return { name, problems: [problem('invalidRef', name, { detail: raw.refersTo })] };
  }
  if (raw.status === 'multiCell') {
    return { name, address: raw.address, problems: [problem('multiCell', name, { address: raw.address })] };
  }
  const kind = inputDef(name)?.kind;
  if (kind === 'table') return parseTable(raw);
  const { address, cells } = raw;
  const count = cells.reduce((n, row) => n + row.length, 0);
  if (count !== 1) return { name, address, problems: [problem('multiCell', name, { address })] };
  const cell = cells[0][0];
  if (kind === 'text') {
    const text = cellText(cell).trim();
    if (cell.kind === 'error')
      return { name, address, problems: [problem('excelError', name, { address, detail: cell.value })] };
    return text
      ? { name, address, text, problems: [] }
      : { name, address, problems: [problem('empty', name, { address })] };
  }
  const got = readNumberCell(cell, name, address);
  if (!got.ok) return { name, address, problems: [got.problem] };
  return { name, address, number: got.value, problems: got.warning ? [got.warning] : [] };
}

export function parseInputs(raws: readonly RawInput[]): Inputs {
  const out: Record<string, InputValue> = {};
  for (const raw of raws) out[raw.name] = parseInput(raw);
  return out;
}
