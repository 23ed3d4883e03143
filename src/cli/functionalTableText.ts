/**
 * How `propose` and `bind` show PE_FunctionalTable: one JSON entry per candidate table in the
 * documented proposal shape (its `address` is the source block, its `value` the rows in 万元), and
 * the lines a person reads.
 */
import {
  FUNCTIONAL_COLUMNS,
  type FunctionalTableCandidate,
  type FunctionalTableSearch,
} from '../engine/binding';
import type { FunctionalPlan } from '../workbook/binding/bindFlow';
import { jsonNumber } from './bindingCommon';
import type { BindingText } from './bindingMessages';

/** A row as JSON: [科目名称, 年初预算数, 本年决算数, 上年决算数], null for a column the table lacks. */
export type FunctionalRowJson = [
  string,
  number | string | null,
  number | string | null,
  number | string | null,
];

export interface FunctionalProposalJson {
  name: string;
  address: string;
  label: string;
  labelAddress: string;
  value: FunctionalRowJson[];
  unit: string;
  confidence: number;
}

export function functionalProposalJson(t: FunctionalTableCandidate): FunctionalProposalJson {
  return {
    name: t.name,
    address: t.address,
    label: t.label,
    labelAddress: t.labelAddress,
    value: t.rows.map((r) => {
      const [b, f, p] = FUNCTIONAL_COLUMNS.map((c) => {
        const fig = r.figures[c];
        return fig ? jsonNumber(fig.value) : null;
      });
      return [r.name, b, f, p];
    }),
    unit: t.sourceUnit,
    confidence: t.confidence,
  };
}

/** Every candidate table, most confident first: a choice is all of them. */
export function functionalJsonEntries(search: FunctionalTableSearch | undefined): FunctionalProposalJson[] {
  const p = search?.proposal;
  return p ? [p, ...p.alternatives].map(functionalProposalJson) : [];
}

/** What `propose` prints about the table. */
export function functionalProposeLines(
  search: FunctionalTableSearch | undefined,
  b: BindingText,
  sheet: string,
): string[] {
  const t = b.table;
  const p = search?.proposal;
  if (!p) {
    return [
      ...(search?.refused ?? []).map((r) => t.refused(r.address, r.title, r.reason)),
      t.notFound(sheet),
    ];
  }
  if (p.alternatives.length > 0)
    return [t.choice([p, ...p.alternatives].map((c) => t.option(c.address, c.rows.length)))];
  const out = [t.found(p.address, p.label, p.rows.length, p.confidence.toFixed(2))];
  if (p.skipped.totals + p.skipped.deeper > 0) out.push(t.skipped(p.skipped.totals, p.skipped.deeper));
  if (p.sourceUnit === '元') out.push(t.converted);
  else if (p.unitAssumed) out.push(t.unitAssumed);
  if (p.missing.length)
    out.push(
      t.missing(
        p.missing.map((c) => t.column(c)),
        sheet,
      ),
    );
  return out;
}

/** What `bind` prints about the table. */
export function functionalBindLines(
  plan: FunctionalPlan,
  b: BindingText,
  sheet: string,
  min: number,
): string[] {
  const t = b.table;
  const tableRows = plan.block.source === 'typed' ? plan.block.rows.length : (plan.table?.rows.length ?? 0);
  switch (plan.status) {
    case 'bound': {
      const out = [t.bound(tableRows, plan.ref ?? '')];
      if (plan.table?.missing.length)
        out.push(
          t.missing(
            plan.table.missing.map((c) => t.column(c)),
            sheet,
          ),
        );
      return out;
    }
    case 'ambiguous':
    case 'lowConfidence':
    case 'skipped':
      return [
        t.notBound(plan.status, plan.table?.confidence.toFixed(2) ?? '', min.toFixed(2)),
        ...(plan.ref ? [t.typed(tableRows, plan.ref)] : [t.toType(sheet)]),
      ];
    case 'typed':
      return [t.typed(tableRows, plan.ref ?? '')];
    case 'notFound':
      return [t.toType(sheet)];
    case 'existing':
      return [];
  }
}
