/**
 * 评分规则: a rule set as an editable sheet. The pane writes the template (from the built-in rule
 * set or the one in force); both doors read it back before every evaluation. A sheet with a
 * mistake is refused with messages naming the row and the field, and nothing is written.
 */
import {
  parseRuleSet,
  describeRuleSetIssue,
  type Lang,
  type Rule,
  type RuleSet,
  type RuleSetIssue,
} from '../engine';
import type { RawCell } from './port';
import { OWNER_MARK, type SheetCellModel, type SheetModel } from './sheetModel';

export const RULES_SHEET_NAME = '评分规则';

export const RULE_COLUMNS = [
  '指标ID',
  '一级指标',
  '二级指标',
  '三级指标',
  '分值',
  '计分规则',
  '目标值/阈值',
  '每个百分点扣分',
  '分档（上限→得分）',
  '其余得分',
  '人工评分名称',
] as const;

const META_ID = '规则集ID';
const META_NAME = '规则集名称';
const GRADES = '等次（下限）';

/** Chinese names of the rule kinds a clerk may type instead of the identifiers. */
const KIND_ALIASES: Record<string, Rule['kind']> = {
  按比例: 'proportional',
  超出扣分: 'deductAbove',
  低于扣分: 'deductBelow',
  分档: 'bandsUpTo',
  人工: 'manual',
  人工评分: 'manual',
};

const t = (v: string, bold = false, fill?: string): SheetCellModel => ({
  value: { t: 'text', v },
  style: { bold, fill, wrap: false },
});
const n = (v: string): SheetCellModel => ({
  value: { t: 'number', v: Number(v) },
  style: { numFmt: 'General' },
});
const blank: SheetCellModel = { value: { t: 'empty' } };

export function layoutRulesSheet(rs: RuleSet, name = RULES_SHEET_NAME): SheetModel {
  const rows: SheetCellModel[][] = [
    [t('评分规则（可编辑：修改后重新计算即按新规则评分）', true)],
    [t(META_ID, true), t(rs.id === 'default-2020' ? 'default-2020-custom' : rs.id)],
    [t(META_NAME, true), t(rs.id === 'default-2020' ? `${rs.name.zh}（自定义）` : rs.name.zh)],
    [t(GRADES, true), t(rs.grades.map((g) => `${g.grade}:${g.min}`).join('; '))],
    [
      t('计分规则', true),
      t(
        'proportional 按比例；deductAbove 超出扣分；deductBelow 低于扣分；bandsUpTo 分档（含上限）；manual 人工评分。分值合计须为100。',
      ),
    ],
    [t('生成程序', true), t(OWNER_MARK)],
    [],
    RULE_COLUMNS.map((h) => t(h, true, 'DDEBF7')),
  ];
  for (const i of rs.indicators) {
    const r = i.rule;
    rows.push([
      t(i.id),
      t(i.level1.zh),
      t(i.level2.zh),
      t(i.name.zh),
      n(i.weight),
      t(r.kind),
      r.kind === 'proportional'
        ? n(r.target)
        : r.kind === 'deductAbove' || r.kind === 'deductBelow'
          ? n(r.threshold)
          : blank,
      r.kind === 'deductAbove' || r.kind === 'deductBelow' ? n(r.perPoint) : blank,
      r.kind === 'bandsUpTo' ? t(r.bands.map((b) => `${b.upTo}→${b.score}`).join('; ')) : blank,
      r.kind === 'bandsUpTo' ? n(r.otherwise) : blank,
      r.kind === 'manual' ? t(r.input) : blank,
    ]);
  }
  return {
    name,
    rows,
    columnWidths: [28, 10, 12, 36, 6, 14, 12, 14, 30, 10, 30],
    freezeRows: 8,
    merges: [],
    highlights: [],
  };
}

const text = (c: RawCell | undefined): string => {
  if (!c) return '';
  if (c.kind === 'text') return c.value.trim();
  if (c.kind === 'number') return String(c.value);
  if (c.kind === 'boolean') return c.value ? 'TRUE' : 'FALSE';
  if (c.kind === 'error') return c.value;
  return '';
};

export interface RulesSheetRead {
  ok: boolean;
  ruleSet?: RuleSet;
  /** Each issue worded with its sheet row, e.g. 评分规则!第12行（stock_funds_change） 字段 分值：… */
  messages: string[];
  issues: RuleSetIssue[];
}

/** Parse a 评分规则 sheet (used range from A1) into a rule set, or say exactly what is wrong. */
export function readRulesSheet(
  cells: readonly RawCell[][],
  lang: Lang,
  sheetName = RULES_SHEET_NAME,
): RulesSheetRead {
  const meta = (label: string): string => text(cells.find((row) => text(row[0]) === label)?.[1]);
  const h = cells.findIndex((row) => text(row[0]) === '指标ID' && text(row[4]) === '分值');
  const rowNumbers: number[] = [];
  const indicators: unknown[] = [];
  if (h >= 0) {
    for (let r = h + 1; r < cells.length; r++) {
      const row = cells[r];
      const id = text(row[0]);
      if (!id) continue; // blank rows are allowed between indicators
      rowNumbers.push(r + 1);
      const kindText = text(row[5]);
      const kind = KIND_ALIASES[kindText] ?? kindText;
      const cell = (c: number): string | undefined => text(row[c]) || undefined;
      const rule: Record<string, unknown> = { kind };
      if (kind === 'proportional') rule.target = cell(6);
      if (kind === 'deductAbove' || kind === 'deductBelow') {
        rule.threshold = cell(6);
        rule.perPoint = cell(7);
      }
      if (kind === 'bandsUpTo') {
        rule.bands = (cell(8) ?? '')
          .split(/[;；]/)
          .map((s) => s.trim())
          .filter(Boolean)
          .map((s) => {
            const [upTo, score] = s.split(/→|->|:|：/).map((x) => x.trim().replace(/^−/, '-'));
            return { upTo, score };
          });
        rule.otherwise = cell(9) ?? '0';
      }
      if (kind === 'manual') rule.input = cell(10);
      indicators.push({
        id,
        level1: cell(1),
        level2: cell(2),
        name: cell(3),
        weight: cell(4),
        rule,
      });
    }
  }
  const gradesText = meta(GRADES);
  const grades = gradesText
    ? gradesText
        .split(/[;；]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => {
          const [grade, min] = s.split(/:|：/).map((x) => x.trim());
          return { grade, min };
        })
    : undefined;
  const parsed = parseRuleSet({
    id: meta(META_ID),
    name: meta(META_NAME) || meta(META_ID),
    indicators,
    grades,
  });
  if (parsed.ok) {
    // Keep the built-in English labels where the sheet only gives Chinese ones.
    return { ok: true, ruleSet: parsed.ruleSet, messages: [], issues: [] };
  }
  const rowOf = (index: number): string =>
    lang === 'zh'
      ? `${sheetName}!第${rowNumbers[index] ?? '?'}行`
      : `${sheetName}!row ${rowNumbers[index] ?? '?'}`;
  return {
    ok: false,
    issues: parsed.issues,
    messages: parsed.issues.map((i) => describeRuleSetIssue(i, lang, rowOf, sheetName)),
  };
}
