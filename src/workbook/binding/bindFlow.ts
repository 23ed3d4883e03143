/**
 * Binding, written once below the doors: read the clerk's sheets, propose a cell for each input,
 * and plan the 绩效数据 sheet and the names. A door supplies the sheets and writes the plan.
 */
import { INPUT_NAMES } from '../../engine';
import {
  FUNCTIONAL_COLUMNS,
  FUNCTIONAL_TABLE_NAME,
  proposeBindings,
  type BindingProposals,
  type FunctionalTableCandidate,
  type GridSheet,
  type Proposal,
  type SheetVisibility,
} from '../../engine/binding';
import type { RawCell, RawInput, WorkbookPort } from '../port';
import { OWNER_MARK } from '../sheetModel';
import {
  DATA_INPUTS,
  DATA_SHEET_NAME,
  dataCellRef,
  functionalBlockRef,
  readTypedValues,
  type DataRow,
} from './dataSheet';
import {
  functionalBlockRows,
  readTypedTable,
  type FunctionalBlock,
  type TypedFunctionalRow,
} from './functionalBlock';

export interface SheetCells {
  name: string;
  cells: RawCell[][];
  merges: string[];
  /**
   * Set when the door could not report this sheet's merged areas: 'unsupported' (Excel before
   * ExcelApi 1.13), 'tooMany' (more than the host hands over in one answer). Merged headings
   * of such a sheet may go unrecognised; the pane says so.
   */
  mergesUnread?: 'unsupported' | 'tooMany';
  /** Hidden sheets are read too: their figures are proposed with a warning (see match.ts). */
  visibility?: SheetVisibility;
}

/** What a door must offer for binding beyond the port: whole sheets as cells. */
export interface BindingSource extends WorkbookPort {
  readSheetCells(sheetNames?: string[], limits?: { maxRows: number; maxCols: number }): Promise<SheetCells[]>;
}

export interface BindingRead {
  proposals: BindingProposals;
  /** Inputs the workbook already names (pointing outside 绩效数据), with where they point. */
  existing: Array<{ name: string; address: string; cached?: number | string }>;
  /** A name that exists but is broken (#REF!, a constant …): left alone, listed. */
  invalid: string[];
  /** What the clerk typed into an earlier 绩效数据 sheet of ours. */
  typed: Map<string, number | string>;
  /** The rows of the 按功能分类的收支表 block of an earlier 绩效数据 sheet of ours. */
  typedTable: TypedFunctionalRow[];
  dataSheet: { exists: boolean; owned: boolean };
}

function ownedByUs(cells: RawCell[][]): boolean {
  return cells.some((r) => r.some((c) => c.kind === 'text' && c.value === OWNER_MARK));
}

function firstValue(input: RawInput): number | string | undefined {
  if (input.status !== 'range') return undefined;
  const c = input.cells[0]?.[0];
  return c && (c.kind === 'number' || c.kind === 'text') ? c.value : undefined;
}

/** Reads the names, the old 绩效数据 sheet and every sheet of the department's own. */
export async function readForBinding(
  source: BindingSource,
  sheetName = DATA_SHEET_NAME,
): Promise<BindingRead> {
  const snapshot = await source.read({ names: [...INPUT_NAMES], sheetName });
  const sheets = await source.readSheetCells();
  // Our own sheets (绩效自评, 绩效数据 …) are not the department's figures.
  const theirs: GridSheet[] = sheets.filter((s) => !ownedByUs(s.cells));
  const ours = `'${sheetName.replace(/'/g, "''")}'!`.toUpperCase();
  const existing: BindingRead['existing'] = [];
  const invalid: string[] = [];
  for (const i of snapshot.inputs) {
    if (i.status === 'invalid') invalid.push(i.name);
    if (i.status !== 'range') continue;
    const unquoted = `${sheetName}!`.toUpperCase();
    const a = i.address.toUpperCase();
    if (a.startsWith(ours) || a.startsWith(unquoted)) continue; // one of our rows: rebuilt below
    existing.push({ name: i.name, address: i.address, cached: firstValue(i) });
  }
  const known = new Set([...existing.map((e) => e.name), ...invalid]);
  const names = [...DATA_INPUTS.map((d) => d.name), FUNCTIONAL_TABLE_NAME].filter((n) => !known.has(n));
  return {
    proposals: proposeBindings(theirs, { names }),
    existing,
    invalid,
    typed: snapshot.sheet.owned ? readTypedValues(snapshot.sheet.cells) : new Map<string, number | string>(),
    typedTable: snapshot.sheet.owned ? readTypedTable(snapshot.sheet.cells) : [],
    dataSheet: { exists: snapshot.sheet.exists, owned: snapshot.sheet.owned },
  };
}

export interface BindingPlan {
  rows: DataRow[];
  names: Array<{ name: string; refersTo: string }>;
  bound: Proposal[];
  /** Proposals not bound: a choice to make, or below the confidence asked for. */
  ambiguous: Proposal[];
  lowConfidence: Proposal[];
  /** Inputs to type into 绩效数据 (no figure found, or not bound). */
  toType: string[];
  /** PE_FunctionalTable: the block written below the one-cell rows, and why it is what it is. */
  functional: FunctionalPlan;
}

export interface FunctionalPlan {
  block: FunctionalBlock;
  status: 'bound' | 'ambiguous' | 'lowConfidence' | 'skipped' | 'typed' | 'notFound' | 'existing';
  /** The table found (bound, or the one not bound for the reason given). */
  table?: FunctionalTableCandidate & { alternatives: FunctionalTableCandidate[] };
  /** Where PE_FunctionalTable points after binding; undefined when the block holds no row. */
  ref?: string;
}

export interface PlanOptions {
  /** Proposals below this confidence are not bound (default 0.8). */
  minConfidence?: number;
  /**
   * A choice made by the clerk: input name → the address chosen among a proposal's alternatives
   * (for PE_FunctionalTable the id of the reading, or its block address).
   */
  chosen?: ReadonlyMap<string, string>;
  /** Inputs the clerk unticked. */
  skip?: ReadonlySet<string>;
  sheetName?: string;
}

/** Which input is linked, which is shown through its existing name, which is to type. */
export function planBinding(read: BindingRead, options: PlanOptions = {}): BindingPlan {
  const min = options.minConfidence ?? 0.8;
  const sheetName = options.sheetName ?? DATA_SHEET_NAME;
  const rows: DataRow[] = [];
  const names: BindingPlan['names'] = [];
  const bound: Proposal[] = [];
  const ambiguous: Proposal[] = [];
  const lowConfidence: Proposal[] = [];
  const toType: string[] = [];
  const byName = new Map(read.proposals.proposals.map((p) => [p.name, p]));
  const existing = new Map(read.existing.map((e) => [e.name, e]));
  const invalid = new Set(read.invalid);
  for (const def of DATA_INPUTS) {
    const name = def.name;
    const ref = dataCellRef(name, sheetName) as string;
    const e = existing.get(name);
    if (e) {
      rows.push({ name, source: 'existing', target: e.address, cached: e.cached });
      continue;
    }
    if (!invalid.has(name)) names.push({ name, refersTo: ref });
    let p = byName.get(name);
    const chosen = options.chosen?.get(name);
    if (p && chosen && chosen !== p.address) {
      const alt = p.alternatives.find((a) => a.address === chosen);
      if (alt) p = { ...alt, alternatives: [] };
    } else if (p && chosen) p = { ...p, alternatives: [] };
    if (p && !options.skip?.has(name)) {
      if (p.alternatives.length > 0) ambiguous.push(p);
      else if (p.confidence < min) lowConfidence.push(p);
      else {
        bound.push(p);
        rows.push({ name, source: 'bound', proposal: p });
        continue;
      }
    }
    const typed = read.typed.get(name);
    if (typed === undefined) toType.push(name);
    rows.push({ name, source: 'typed', value: typed });
  }
  const functional = planFunctional(read, options, min, sheetName);
  if (functional.ref && !invalid.has(FUNCTIONAL_TABLE_NAME))
    names.push({ name: FUNCTIONAL_TABLE_NAME, refersTo: functional.ref });
  return { rows, names, bound, ambiguous, lowConfidence, toType, functional };
}

/** The table's block: linked like a one-cell input, or typed, or the workbook's own name shown. */
function planFunctional(
  read: BindingRead,
  options: PlanOptions,
  min: number,
  sheetName: string,
): FunctionalPlan {
  const name = FUNCTIONAL_TABLE_NAME;
  const e = read.existing.find((x) => x.name === name);
  if (e) return { block: { source: 'existing', target: e.address }, status: 'existing' };
  let table = read.proposals.functionalTable?.proposal;
  const chosen = options.chosen?.get(name);
  if (table && chosen) {
    // Chosen by reading (id); a block address is enough when only one reading has it.
    const all = [table, ...table.alternatives];
    const pick = all.find((a) => a.id === chosen) ?? all.find((a) => a.address === chosen);
    if (pick) table = { ...pick, alternatives: [] };
  }
  const ref = (block: FunctionalBlock): string | undefined => {
    const n = functionalBlockRows(block).tableRows;
    return n > 0 ? functionalBlockRef(n, sheetName) : undefined;
  };
  let status: FunctionalPlan['status'] | undefined;
  if (table) {
    if (options.skip?.has(name)) status = 'skipped';
    else if (table.alternatives.length > 0) status = 'ambiguous';
    else if (table.confidence < min) status = 'lowConfidence';
    else {
      const block: FunctionalBlock = { source: 'bound', table, typed: read.typedTable };
      return { block, status: 'bound', table, ref: ref(block) };
    }
  }
  // Not linked: what the block held before is kept as typed (figures an earlier binding linked
  // included), so the name keeps pointing at a table rather than at empty rows.
  const rows = read.typedTable.map((r) => ({ ...r, typed: [...FUNCTIONAL_COLUMNS], nameTyped: true }));
  const kept = read.typedTable.some((r) => r.typed.length < FUNCTIONAL_COLUMNS.length);
  const block: FunctionalBlock = { source: 'typed', rows, kept };
  return {
    block,
    status: status ?? (rows.length > 0 ? 'typed' : 'notFound'),
    ...(table ? { table } : {}),
    ref: ref(block),
  };
}
