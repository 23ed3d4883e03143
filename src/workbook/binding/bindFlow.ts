/**
 * Binding, written once below the doors: read the clerk's sheets, propose a cell for each input,
 * and plan the 绩效数据 sheet and the names. A door supplies the sheets and writes the plan.
 */
import { INPUT_NAMES } from '../../engine';
import {
  proposeBindings,
  type BindingProposals,
  type GridSheet,
  type Proposal,
  type SheetVisibility,
} from '../../engine/binding';
import type { RawCell, RawInput, WorkbookPort } from '../port';
import { OWNER_MARK } from '../sheetModel';
import { DATA_INPUTS, DATA_SHEET_NAME, dataCellRef, readTypedValues, type DataRow } from './dataSheet';

export interface SheetCells {
  name: string;
  cells: RawCell[][];
  merges: string[];
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
  const names = DATA_INPUTS.map((d) => d.name).filter((n) => !known.has(n));
  return {
    proposals: proposeBindings(theirs, { names }),
    existing,
    invalid,
    typed: snapshot.sheet.owned ? readTypedValues(snapshot.sheet.cells) : new Map<string, number | string>(),
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
}

export interface PlanOptions {
  /** Proposals below this confidence are not bound (default 0.8). */
  minConfidence?: number;
  /** A choice made by the clerk: input name → the address chosen among a proposal's alternatives. */
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
  return { rows, names, bound, ambiguous, lowConfidence, toType };
}
