/**
 * 绩效数据: the sheet binding creates and the add-in owns (same ownership marker as 绩效自评).
 * One row per input, always in catalog order so that a name keeps pointing at its row when the
 * sheet is rewritten: 数据项, 名称, 数值, 单位, 来源, 识别可信度, 填写规则.
 *
 * 数值 is a live formula on the department's own cell (÷10000 for a 元 source, VALUE() for a
 * number stored as text) with its result cached, so a budget adjustment in their sheet still
 * flows into the evaluation; a figure read from inside a text is typed (see boundValue); what no
 * table holds is typed into 数值 by the clerk, and a rewrite keeps what was typed.
 */
import { DEFAULT_RULE_SET, INPUTS, inputDef, type InputDef, type RuleSet } from '../../engine';
import type { BindingWarning, Proposal } from '../../engine/binding';
import type { RawCell } from '../port';
import { OWNER_MARK, type SheetCellModel, type SheetModel } from '../sheetModel';
import { FUNCTIONAL_BLOCK_TITLE, functionalBlockRows, type FunctionalBlock } from './functionalBlock';

export const DATA_SHEET_NAME = '绩效数据';
export const DATA_HEADER = ['数据项', '名称', '数值', '单位', '来源', '识别可信度', '填写规则'] as const;
const HEADER_ROW = 4; // 0-based: title, marker, note, blank, header
const VALUE_COL = 2;

/** The inputs the sheet lists: every single-cell input of the catalog. */
export const DATA_INPUTS: readonly InputDef[] = INPUTS.filter((d) => d.kind !== 'table');

/** `'绩效数据'!$C$6`: where an input's 数值 is, and where its name points. */
export function dataCellRef(name: string, sheetName = DATA_SHEET_NAME): string | undefined {
  const i = DATA_INPUTS.findIndex((d) => d.name === name);
  if (i < 0) return undefined;
  return `'${sheetName.replace(/'/g, "''")}'!$C$${HEADER_ROW + 2 + i}`;
}

/** 0-based row of the 按功能分类的收支表 block's title: one empty row below the last input. */
const BLOCK_TITLE_ROW = HEADER_ROW + 1 + DATA_INPUTS.length + 1;

/** `'绩效数据'!$A$52:$D$55`: the block PE_FunctionalTable points at, for `rows` table rows. */
export function functionalBlockRef(rows: number, sheetName = DATA_SHEET_NAME): string {
  const first = BLOCK_TITLE_ROW + 3; // 1-based: below the title and the block's header
  return `'${sheetName.replace(/'/g, "''")}'!$A$${first}:$D$${first + rows - 1}`;
}

/** What one row of the sheet holds. */
export type DataRow =
  /** Linked to a department's cell. */
  | { name: string; source: 'bound'; proposal: Proposal }
  /** The workbook already has this name pointing elsewhere: shown through the name, left alone. */
  | { name: string; source: 'existing'; target: string; cached?: number | string }
  /** Typed by the clerk (kept from the previous sheet), or still to type. */
  | { name: string; source: 'typed'; value?: number | string };

function ruleText(def: InputDef, ruleSet: RuleSet): string {
  switch (def.kind) {
    case 'count':
      return `请填写非负整数（${def.unit.zh}）`;
    case 'ratio':
      return '请填写 0 至 1 之间的比例，如 0.95（95%）';
    case 'score': {
      const ind = ruleSet.indicators.find((i) => i.rule.kind === 'manual' && i.rule.input === def.name);
      return ind ? `人工评分：0 至 ${ind.weight} 分（${ind.name.zh}）` : '人工评分';
    }
    case 'money':
      return '请填写金额（万元），或在部门表格中选中后绑定';
    case 'year':
      return '请填写年度，如 2020';
    case 'text':
      return '请填写部门（单位）全称';
    default:
      return '';
  }
}

/** What 来源 says of a warning, so the sheet tells what the pane and the command line told. */
const WARNING_NOTE: Record<BindingWarning, string> = {
  numberAsText: '，原为文本格式的数字',
  hiddenSheet: '，隐藏工作表',
  veryHiddenSheet: '，深度隐藏的工作表',
  notLinked: '，数值取自单元格文字，未链接：原单元格改动后请重新识别或改填',
  unitByScale: '，表中未注明单位，按数额判断为元',
};

function sourceText(p: Proposal): string {
  const unit =
    p.sourceUnit === '元' ? '，原单位元，已折算为万元' : p.sourceUnit === '%' ? '，原为百分数' : '';
  const notes =
    (p.warnings ?? []).map((w) => WARNING_NOTE[w]).join('') +
    (p.unitAssumed ? '，表中未注明单位，按万元读取' : '');
  return `${p.label}（${p.address}${unit}${notes}）`;
}

/**
 * A formula on the source cell: ÷10000 for 元, ÷100 for a percentage. A number stored as text
 * goes through VALUE(), which Excel documents for any constant number text and LibreOffice reads
 * the same for the texts the matcher sends this way (ASCII digits, ',' thousands, spaces around);
 * a bare reference would hand the evaluation a text, and `--ref` is not read alike by every host.
 */
function linkFormula(p: Proposal): string {
  const ref = p.form === 'numberText' ? `VALUE(${p.address})` : p.address;
  if (p.sourceUnit === '元') return `${ref}/10000`;
  if (p.sourceUnit === '%') return `${ref}/100`;
  return ref;
}

function isText(p: Proposal): boolean {
  return inputDef(p.name)?.kind === 'text';
}

function cachedOf(p: Proposal): number | string {
  return isText(p) ? p.value : Number(p.value);
}

/**
 * 数值 of a bound row. A figure inside a text (a label and its value in one cell, full-width
 * digits) is typed here rather than extracted by a formula: a MID/FIND formula on the clerk's
 * sentence breaks silently when they retype it (another colon, a space, 万元 added), and one that
 * folds full-width digits (ASC) is documented for DBCS languages only. The typed figure is
 * honest about what it is: 来源 names the cell and says it is not linked.
 */
function boundValue(p: Proposal): SheetCellModel {
  if (p.form === 'inText') {
    // Text stays text (no formula injection), numbers stay numbers.
    return isText(p) ? { value: { t: 'text', v: p.value } } : { value: { t: 'number', v: Number(p.value) } };
  }
  return { value: { t: 'formula', f: linkFormula(p), cached: cachedOf(p) } };
}

export function layoutDataSheet(
  rows: readonly DataRow[],
  options: { sheetName?: string; ruleSet?: RuleSet; functional?: FunctionalBlock } = {},
): SheetModel {
  const ruleSet = options.ruleSet ?? DEFAULT_RULE_SET;
  const text = (v: string, bold = false, fill?: string): SheetCellModel => ({
    value: { t: 'text', v },
    style: { bold, fill, wrap: false },
  });
  const out: SheetCellModel[][] = [
    [text('绩效数据：评价所用的数据（数值链接部门表格中的单元格；无表格可取的请在“数值”列填写）', true)],
    [text('生成程序', true), text(OWNER_MARK)],
    [text('说明', true), text('名称（PE_…）指向本表“数值”列；改动部门表格中的数据会经由此表进入评价。')],
    [],
    DATA_HEADER.map((h) => text(h, true, 'DDEBF7')),
  ];
  const byName = new Map(rows.map((r) => [r.name, r]));
  for (const def of DATA_INPUTS) {
    const row = byName.get(def.name) ?? { name: def.name, source: 'typed' as const };
    let value: SheetCellModel = { value: { t: 'empty' }, style: { fill: 'FFF2CC' } };
    let source = '待填写';
    let confidence: SheetCellModel = { value: { t: 'empty' } };
    if (row.source === 'bound') {
      value = boundValue(row.proposal);
      source = sourceText(row.proposal);
      confidence = { value: { t: 'number', v: row.proposal.confidence }, style: { numFmt: '0%' } };
    } else if (row.source === 'existing') {
      value = { value: { t: 'formula', f: row.target, cached: row.cached } };
      source = `已有名称 ${def.name}（${row.target}），未改动`;
    } else if (row.value !== undefined) {
      // Typed text stays text (never a formula); typed numbers stay numbers.
      value =
        typeof row.value === 'number'
          ? { value: { t: 'number', v: row.value }, style: { fill: 'FFF2CC' } }
          : { value: { t: 'text', v: row.value }, style: { fill: 'FFF2CC' } };
      source = '手工填写';
    }
    out.push([
      text(def.label.zh),
      text(def.name),
      value,
      text(def.unit.zh),
      text(source),
      confidence,
      text(row.source === 'bound' ? '' : ruleText(def, ruleSet)),
    ]);
  }
  if (options.functional) {
    out.push([]);
    out.push(...functionalBlockRows(options.functional).rows);
  }
  return {
    name: options.sheetName ?? DATA_SHEET_NAME,
    rows: out,
    columnWidths: [34, 28, 14, 8, 48, 12, 40],
    freezeRows: HEADER_ROW + 1,
    merges: [],
    highlights: [],
  };
}

/** What the clerk typed into 数值 of an earlier 绩效数据 sheet, by input name. */
export function readTypedValues(cells: RawCell[][]): Map<string, number | string> {
  const typed = new Map<string, number | string>();
  const header = cells.findIndex((r) => r[0]?.kind === 'text' && r[0].value === DATA_HEADER[0]);
  if (header < 0) return typed;
  for (const row of cells.slice(header + 1)) {
    // The 按功能分类的收支表 block below is read by readTypedTable.
    if (row[0]?.kind === 'text' && row[0].value === FUNCTIONAL_BLOCK_TITLE) break;
    const name = row[1];
    const source = row[4];
    const value = row[VALUE_COL];
    // Rows still to type (待填写) or typed before (手工填写); linked rows are rebuilt from the binding.
    if (name?.kind !== 'text' || source?.kind !== 'text' || !['待填写', '手工填写'].includes(source.value))
      continue;
    if (value?.kind === 'number' || value?.kind === 'text') typed.set(name.value, value.value);
  }
  return typed;
}
