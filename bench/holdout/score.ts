/**
 * Scores the label matcher on the held-out set: precision (decided proposals that are right),
 * recall (figures present that were proposed right), wrong against missed, by family, and every
 * wrong proposal and every miss with the labels involved, so the matcher's owner can see the
 * patterns. A proposal is right when it points at the truth cell (or a cell holding the same
 * figure in a table that means it) and carries the truth's value in 万元.
 *
 * Proposals with alternatives are choices left to the clerk, not decisions: they are counted
 * apart, as the tuning-set score does (a choice that holds the right cell is neither right nor
 * missed there; here it is shown both ways).
 */
import { D } from '../../src/engine/decimal';
import {
  proposeBindings,
  type Candidate,
  type GridCell,
  type GridSheet,
  type Proposal,
} from '../../src/engine/binding';
import { a1 } from '../../src/workbook/sheetModel';
import { FIGURE_INPUTS, generateHoldoutSet, type HoldoutOptions } from './generate';
import { numberInText, type HoldoutWorkbook, type TruthPresent } from './workbook';

/** The sheets as a door hands them to the matcher. */
export function toGrid(wb: HoldoutWorkbook): GridSheet[] {
  return wb.sheets.map((s) => {
    const width = Math.max(0, ...s.rows.map((r) => r.length));
    const cells: GridCell[][] = s.rows.map((row) =>
      Array.from({ length: width }, (_, c): GridCell => {
        const v = row[c] ?? null;
        if (v === null) return { kind: 'empty' };
        return typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', value: v };
      }),
    );
    return { name: s.name, cells, merges: [...s.merges] };
  });
}

export type Outcome =
  'right' | 'wrong' | 'choice-holds' | 'choice-misses' | 'found-without-value' | 'not-found';

export interface Failure {
  kind: 'wrong' | 'missed';
  workbook: string;
  family: string;
  variant: string;
  input: string;
  /** 'Sheet'!D8 of the truth, or 'absent'. */
  expected: string;
  expectedLabel: string;
  /** The decided proposal's cell, or what the matcher did instead for a miss. */
  proposed: string;
  proposedLabel: string;
  /** Why the proposal is wrong: a known distractor, an absent input, the right cell with a wrong value … */
  why: string;
}

export interface FamilyScore {
  workbooks: number;
  present: number;
  proposed: number;
  right: number;
  wrong: number;
  /** Present inputs with no right decided proposal and no choice holding the right cell. */
  missed: number;
  choices: number;
  choiceHolds: number;
}

export interface HoldoutScore {
  total: FamilyScore;
  byFamily: Map<string, FamilyScore>;
  byInput: Map<string, FamilyScore>;
  failures: Failure[];
  /** Proposals for inputs the set does not measure (部门名称, 年度): not scored, only counted. */
  unscored: number;
  /** Proposals pointing at a cell the workbook does not have, or not at a number (must stay 0). */
  outside: string[];
}

function empty(): FamilyScore {
  return { workbooks: 0, present: 0, proposed: 0, right: 0, wrong: 0, missed: 0, choices: 0, choiceHolds: 0 };
}

const quoted = (sheet: string, address: string): string => `'${sheet.replace(/'/g, "''")}'!${address}`;

function truthCells(t: TruthPresent): string[] {
  return [quoted(t.sheet, t.address), ...t.alsoRight.map((a) => quoted(a.sheet, a.address))];
}

function cellOf(c: { sheet: string; row: number; col: number }): string {
  return quoted(c.sheet, a1(c.row, c.col));
}

function sameValue(a: string, b: string): boolean {
  try {
    return new D(a).eq(new D(b));
  } catch {
    return false;
  }
}

/**
 * Checks that a candidate points at a cell the workbook has: a number (or a number stored as text)
 * for a figure input, any non-empty cell for the inputs the set does not measure (部门名称 is text).
 */
function pointsInside(wb: HoldoutWorkbook, c: Candidate, figure: boolean): boolean {
  const s = wb.sheets.find((x) => x.name === c.sheet);
  const v = s?.rows[c.row]?.[c.col] ?? null;
  // A figure stored as text ("1,234.56", as the third set's PDF-converted tables hold them) is a
  // figure too: a proposal there points at a number.
  const isFigure = typeof v === 'number' || (typeof v === 'string' && numberInText(v) !== null);
  return (figure ? isFigure : v !== null) && c.address === cellOf(c);
}

export function scoreWorkbook(wb: HoldoutWorkbook, into: HoldoutScore): void {
  const { proposals, foundWithoutValue } = proposeBindings(toGrid(wb));
  const fam = into.byFamily.get(wb.family) ?? empty();
  into.byFamily.set(wb.family, fam);
  const buckets = (name: string): FamilyScore[] => {
    const byIn = into.byInput.get(name) ?? empty();
    into.byInput.set(name, byIn);
    return [into.total, fam, byIn];
  };
  into.total.workbooks++;
  fam.workbooks++;
  const truth = new Map(wb.present.map((t) => [t.name, t]));
  for (const t of wb.present) {
    for (const b of buckets(t.name)) b.present++;
    // By input, `workbooks` counts the workbooks that hold it.
    const byIn = into.byInput.get(t.name);
    if (byIn) byIn.workbooks++;
  }
  const measured = new Set(FIGURE_INPUTS);
  const handled = new Set<string>();
  for (const p of proposals) {
    for (const c of [p, ...p.alternatives])
      if (!pointsInside(wb, c, measured.has(p.name))) into.outside.push(`${wb.id}: ${p.name} ${c.address}`);
    if (!measured.has(p.name)) {
      into.unscored++;
      continue;
    }
    handled.add(p.name);
    const t = truth.get(p.name);
    const right = (c: { sheet: string; row: number; col: number; value: string }): boolean =>
      !!t && truthCells(t).includes(cellOf(c)) && sameValue(c.value, t.value);
    if (p.alternatives.length > 0) {
      const holds = [p, ...p.alternatives].some(right);
      for (const b of buckets(p.name)) {
        b.choices++;
        if (holds) b.choiceHolds++;
        else if (t) b.missed++;
      }
      if (t && !holds)
        into.failures.push(
          failure(
            wb,
            'missed',
            p.name,
            t,
            `choice of ${[p, ...p.alternatives].map((c) => cellOf(c)).join(' / ')}`,
            p.label,
            'a choice without the right cell',
          ),
        );
      continue;
    }
    for (const b of buckets(p.name)) b.proposed++;
    if (right(p)) {
      for (const b of buckets(p.name)) b.right++;
      continue;
    }
    for (const b of buckets(p.name)) {
      b.wrong++;
      if (t) b.missed++;
    }
    into.failures.push(
      failure(wb, 'wrong', p.name, t, `${cellOf(p)} = ${p.value}`, p.label, whyWrong(wb, p, t)),
    );
  }
  for (const t of wb.present) {
    if (handled.has(t.name)) continue;
    for (const b of buckets(t.name)) b.missed++;
    const fwv = foundWithoutValue.find((f) => f.name === t.name);
    into.failures.push(
      fwv
        ? failure(
            wb,
            'missed',
            t.name,
            t,
            `found without value at ${fwv.address} (${fwv.reason})`,
            `${fwv.label} @ ${fwv.labelAddress}`,
            'label found, value not read',
          )
        : failure(wb, 'missed', t.name, t, 'nothing', '', 'not found'),
    );
  }
}

function whyWrong(wb: HoldoutWorkbook, p: Proposal, t: TruthPresent | undefined): string {
  if (!t) return 'input absent from this workbook';
  if (truthCells(t).includes(cellOf(p)))
    return `right cell, value ${p.value} instead of ${t.value} (source unit ${p.sourceUnit || '—'}, cell ${t.cellUnit})`;
  const d = wb.distractors.find((x) => x.name === p.name && quoted(x.sheet, x.address) === cellOf(p));
  if (d) return `distractor: ${d.why}`;
  const other = wb.present.find((x) => truthCells(x).includes(cellOf(p)));
  if (other) return `the cell of ${other.name}`;
  return 'another cell';
}

function failure(
  wb: HoldoutWorkbook,
  kind: Failure['kind'],
  input: string,
  t: TruthPresent | undefined,
  proposed: string,
  proposedLabel: string,
  why: string,
): Failure {
  return {
    kind,
    workbook: wb.id,
    family: wb.family,
    variant: wb.variant,
    input,
    expected: t ? quoted(t.sheet, t.address) : 'absent',
    expectedLabel: t?.label ?? '',
    proposed,
    proposedLabel,
    why,
  };
}

export function scoreHoldout(options: HoldoutOptions = {}): HoldoutScore {
  return scoreWorkbooks(generateHoldoutSet(options));
}

/**
 * Scores any set of workbooks in this shape (the second held-out set is scored by the same rules
 * as the first, through this).
 */
export function scoreWorkbooks(set: readonly HoldoutWorkbook[]): HoldoutScore {
  const score: HoldoutScore = {
    total: empty(),
    byFamily: new Map(),
    byInput: new Map(),
    failures: [],
    unscored: 0,
    outside: [],
  };
  for (const wb of set) scoreWorkbook(wb, score);
  return score;
}

export const holdoutPrecision = (s: FamilyScore): number => (s.proposed === 0 ? 1 : s.right / s.proposed);
export const holdoutRecall = (s: FamilyScore): number => (s.present === 0 ? 1 : s.right / s.present);
/** Recall counting a choice that holds the right cell as found (the clerk picks it). */
export const holdoutRecallWithChoices = (s: FamilyScore): number =>
  s.present === 0 ? 1 : (s.right + s.choiceHolds) / s.present;

const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;

export function formatFamily(name: string, s: FamilyScore): string {
  return `${name.padEnd(17)} ${String(s.workbooks).padStart(3)} wb ${String(s.present).padStart(4)} present: precision ${pct(holdoutPrecision(s)).padStart(8)} (${s.right}/${s.proposed}), recall ${pct(holdoutRecall(s)).padStart(8)}, wrong ${s.wrong}, missed ${s.missed}, choices ${s.choices} (${s.choiceHolds} holding the right cell)`;
}

export interface FailurePattern {
  pattern: string;
  count: number;
  /** The labels a clerk reads the figure by in these failures, most frequent first, with counts. */
  labels: [string, number][];
  example: Failure;
}

/**
 * Failures grouped by pattern: one group per kind, input, family and reason (the reason without
 * its figures), with the label wordings that fell into it.
 */
export function failurePatterns(failures: readonly Failure[]): FailurePattern[] {
  const groups = new Map<string, { count: number; labels: Map<string, number>; example: Failure }>();
  for (const f of failures) {
    const why = f.why
      .replace(/value \S+ instead of \S+/, 'wrong value')
      .replace(/choice of .*/, 'a choice')
      .replace(/found without value at .*/, 'found without value');
    const key = `${f.kind.padEnd(6)} ${f.input} [${f.family}] ${why}`;
    const g = groups.get(key) ?? { count: 0, labels: new Map<string, number>(), example: f };
    g.count++;
    const label = f.expectedLabel.replace(/\s+/g, ' ') || '(absent)';
    g.labels.set(label, (g.labels.get(label) ?? 0) + 1);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .map(([pattern, g]) => ({
      pattern,
      count: g.count,
      labels: [...g.labels.entries()].sort((a, b) => b[1] - a[1]),
      example: g.example,
    }))
    .sort((a, b) => b.count - a.count || a.pattern.localeCompare(b.pattern));
}

export function formatFailure(f: Failure): string {
  return `${f.kind.padEnd(6)} ${f.input} ${f.workbook} (${f.variant}): expected ${f.expected} [${f.expectedLabel}], got ${f.proposed}${f.proposedLabel ? ` [${f.proposedLabel}]` : ''}: ${f.why}`;
}
