/**
 * A label and its value in one cell: `编制单位：坪石办事处`, `年度：2020年`, `预算年度 2020`,
 * `年初预算数：561.58万元`. The text before the colon (or the spaces) must be exactly one of the
 * input's labels, as normalised; the text after it must be a value of the input's kind, read
 * exactly (a unit in the text is honoured: 元 → 万元 by the engine's Decimal). The proposal's
 * address and label address are that one cell.
 *
 * Only the kinds a cover line or a summary line states this way are read: the department's
 * name, the year, sums of money and counts. Such a figure is a copy, not a link (form 'inText').
 */
import type { InputKind } from '../inputs';
import type { CompiledRule } from './catalog';
import {
  countAfterLabel,
  labelValueSplits,
  moneyAfterLabel,
  textAfterLabel,
  yearAfterLabel,
} from './cellText';
import { queryConditionSplits } from './exportHead';
import { cellAddress } from './grid';
import type { Candidate } from './match';
import { announcedUnit, isUnitCell, normaliseLabel, type MoneyUnit } from './normalise';
import { afterWarnings, type BindingWarning } from './warnings';

/** What the reader of one sheet offers this module. */
export interface InCellSheet {
  name: string;
  rows: number;
  cols: number;
  /** Text shown at (r, c); undefined for none (numbers stored as text included). */
  textAt(r: number, c: number): string | undefined;
  /** The anchor a covered cell of a merge shows. */
  home(r: number, c: number): [number, number];
  /** The sheet name and table title above row r, normalised: what refuseTopic is tested against. */
  topic(r: number): string;
  /** The money unit the table announces above row r (单位：元), if any. */
  unitAbove(r: number): MoneyUnit | undefined;
  /** The warnings every figure of the sheet carries (a hidden sheet). */
  warnings: BindingWarning[];
}

/** How sure a label-and-value cell is: a name line is as sure as a name beside its label. */
const CONFIDENCE: Partial<Record<InputKind, number>> = { text: 0.9, year: 0.9, money: 0.88, count: 0.88 };

interface Read {
  value: string;
  sourceUnit: Candidate['sourceUnit'];
  unitAssumed: boolean;
}

function readValue(
  kind: InputKind,
  label: string,
  text: string,
  unitAbove: () => MoneyUnit | undefined,
): Read | undefined {
  switch (kind) {
    case 'text': {
      const v = textAfterLabel(text);
      return v === undefined ? undefined : { value: v, sourceUnit: '', unitAssumed: false };
    }
    case 'year': {
      const y = yearAfterLabel(text);
      return y && y.gte(1990) && y.lte(2100)
        ? { value: y.toFixed(), sourceUnit: '', unitAssumed: false }
        : undefined;
    }
    case 'count': {
      const n = countAfterLabel(text);
      return n ? { value: n.toFixed(), sourceUnit: '', unitAssumed: false } : undefined;
    }
    case 'money': {
      const m = moneyAfterLabel(text);
      if (!m || m.value.isNegative()) return undefined;
      // The text's own unit first, then the label's (年初预算数（元）：…), then the table's.
      const unit = m.unit ?? announcedUnit(label) ?? unitAbove();
      return unit === '元'
        ? { value: m.value.div(10000).toFixed(), sourceUnit: '元', unitAssumed: false }
        : { value: m.value.toFixed(), sourceUnit: '万元', unitAssumed: unit === undefined };
    }
    default:
      return undefined;
  }
}

/** Every label-and-value cell of one sheet that names one of `rules`' inputs. */
export function inCellCandidates(rules: readonly CompiledRule[], sheet: InCellSheet): Candidate[] {
  const byKey = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    if (CONFIDENCE[rule.kind] === undefined) continue;
    for (const k of rule.labelKeys) byKey.set(k, [...(byKey.get(k) ?? []), rule]);
  }
  // Every label of the catalog is written in Chinese: a text without a Chinese character (a
  // foreign sheet's `Duration [s]`) cannot start with one, and is not split at all.
  const CJK = /[\u3400-\u9fff]/;
  const anyLatinLabel = [...byKey.keys()].some((k) => !CJK.test(k));
  const out: Candidate[] = [];
  const seen = new Map<string, ReturnType<typeof labelValueSplits>>();
  for (let r = 0; r < sheet.rows; r++) {
    for (let c = 0; c < sheet.cols; c++) {
      const t = sheet.textAt(r, c);
      if (t === undefined || (!anyLatinLabel && !CJK.test(t)) || isUnitCell(t)) continue;
      const [hr, hc] = sheet.home(r, c);
      if (hr !== r || hc !== c) continue; // a merge's covered cell shows its anchor's text
      let splits = seen.get(t);
      if (!splits) {
        splits = queryConditionSplits(t) ?? labelValueSplits(t);
        seen.set(t, splits);
      }
      for (const { label, value } of splits) {
        const named = byKey.get(normaliseLabel(label));
        if (!named) continue;
        for (const rule of named) {
          if (rule.refuseTopic.some((w) => sheet.topic(r).includes(w))) continue;
          const read = readValue(rule.kind, label, value, () => sheet.unitAbove(r));
          if (!read) continue;
          const warnings: BindingWarning[] = [...sheet.warnings, 'notLinked'];
          const address = cellAddress(sheet.name, r, c);
          out.push({
            name: rule.name,
            sheet: sheet.name,
            row: r,
            col: c,
            address,
            label: label.trim(),
            labelAddress: address,
            value: read.value,
            raw: t,
            sourceUnit: read.sourceUnit,
            unitAssumed: read.unitAssumed,
            // Rounded to two decimals with every other candidate, by proposeBindings.
            confidence: afterWarnings(CONFIDENCE[rule.kind] ?? 0, warnings),
            how: 'label',
            warnings,
            form: 'inText',
          });
        }
        break; // the first split that is a label decides what the cell says
      }
    }
  }
  return out;
}
