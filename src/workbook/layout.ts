/**
 * The evaluation sheet (绩效自评) as a neutral SheetModel: title, summary block, one row per
 * indicator with a live cross-check over the named ranges, a 合计 row, and the consistency checks.
 *
 * Headers are Chinese whatever the language of the commentary, so that any reviewer and any
 * script can find the table by its header row (which holds 指标ID and 得分).
 */
import { D, fmt2, type Decimal, type Evaluation, type IndicatorResult } from '../engine';
import { OWNER_MARK, a1, type CellStyle, type SheetCellModel, type SheetModel } from './sheetModel';

export const DEFAULT_SHEET_NAME = '绩效自评';

/** Column headers of the indicator table, in order. */
export const COLUMNS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '分值',
  '指标值',
  '当前值（实时）',
  '状态',
  '得分',
  '扣分',
  '说明',
  '人工说明',
  '指标ID',
] as const;
export type ColumnName = (typeof COLUMNS)[number];
export const col = (name: ColumnName): number => COLUMNS.indexOf(name);

export const STALE = '已过期';
/** Header (last column) of the section that lists the inputs used (label, cell, value, status, name). */
export const INPUTS_SECTION = '输入名称';
export const FRESH = '一致';

/** Labels of the summary block (column A), read back by readPreviousSheet. */
export const META = {
  department: '部门（单位）',
  year: '评价年度',
  total: '总分',
  grade: '等次',
  completeness: '评价状态',
  liveStatus: '评价表状态（实时）',
  ruleSet: '指标体系',
  ruleDigest: '规则摘要',
  fingerprint: '输入指纹',
  generatedAt: '生成时间',
  generator: '生成程序',
} as const;

const HEADER_FILL = 'DDEBF7';
const TITLE_FILL = '1F4E78';
const SECTION_FILL = 'F2F2F2';
const STALE_FILL = 'FFC7CE';
const STALE_COLOR = '9C0006';

export interface LayoutOptions {
  sheetName?: string;
  /** 人工说明 by indicator id, kept from the previous sheet. */
  notes?: ReadonlyMap<string, string>;
  generatedAt: Date;
}

const text = (v: string, style?: CellStyle): SheetCellModel => ({ value: { t: 'text', v }, style });
const num = (v: Decimal, numFmt: string, style?: CellStyle): SheetCellModel => ({
  value: { t: 'number', v: v.toNumber() },
  style: { numFmt, ...style },
});
const formula = (f: string, numFmt?: string, style?: CellStyle): SheetCellModel => ({
  value: { t: 'formula', f },
  style: { ...(numFmt ? { numFmt } : {}), ...style },
});
const empty = (style?: CellStyle): SheetCellModel => ({ value: { t: 'empty' }, style });

/** Local time as 2026-11-29 15:31 (the clerk's clock, as people read it). */
export function formatTimestamp(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function layoutEvaluationSheet(e: Evaluation, options: LayoutOptions): SheetModel {
  const rows: SheetCellModel[][] = [];
  const width = COLUMNS.length;
  const lastCol = width - 1;
  const merges: string[] = [];
  const zh = e.lang === 'zh';

  const title = `${e.department ?? (zh ? '（未填写部门名称）' : '(department name missing)')}${e.year !== null ? ` ${e.year}年度` : ''}部门整体支出绩效自评表`;
  rows.push([text(title, { bold: true, fontSize: 14, color: 'FFFFFF', fill: TITLE_FILL, align: 'center' })]);
  merges.push(`A1:${a1(0, lastCol)}`);

  const scored = e.indicators.filter((i) => i.score !== null).length;
  const metaStart = rows.length;
  const metaRows: [string, SheetCellModel][] = [
    [META.department, text(e.department ?? '')],
    [META.year, e.year !== null ? num(new D(e.year), '0') : text('')],
    [META.total, num(e.total, '0.00', { bold: true })],
    [META.grade, text(e.grade ?? (zh ? '不评定（评价不完整）' : 'none (incomplete)'), { bold: true })],
    [
      META.completeness,
      text(
        e.complete
          ? zh
            ? `完整：${scored}项指标均已计分`
            : `complete: all ${scored} indicators scored`
          : zh
            ? `不完整：${e.indicators.length - scored}项指标无法计分，总分只含已计分的${scored}项`
            : `incomplete: ${e.indicators.length - scored} indicators could not be scored; the total covers the ${scored} scored`,
      ),
    ],
    [META.liveStatus, empty()], // formula set below, once the table's rows are known
    [META.ruleSet, text(`${e.ruleSet.name}（${e.ruleSet.id}）`)],
    [META.ruleDigest, text(e.ruleSet.digest)],
    [META.fingerprint, text(e.fingerprint)],
    [META.generatedAt, text(formatTimestamp(options.generatedAt))],
    [META.generator, text(OWNER_MARK)],
  ];
  for (const [label, value] of metaRows) {
    const r = rows.length;
    rows.push([text(label, { bold: true, fill: SECTION_FILL }), value]);
    merges.push(`${a1(r, 1)}:${a1(r, 3)}`);
  }
  rows.push([]);

  const headerRow = rows.length;
  rows.push(COLUMNS.map((h) => text(h, { bold: true, fill: HEADER_FILL, align: 'center', wrap: true })));
  const first = rows.length;
  for (const ind of e.indicators) rows.push(indicatorRow(ind, rows.length, options.notes?.get(ind.id) ?? ''));
  const last = rows.length - 1;

  const colRange = (c: ColumnName): string => `${a1(first, col(c))}:${a1(last, col(c))}`;
  const deductions = e.indicators.reduce((acc, i) => (i.deduction ? acc.plus(i.deduction) : acc), new D(0));
  const weights = e.indicators.reduce((acc, i) => acc.plus(i.weight), new D(0));
  const totalRow: SheetCellModel[] = COLUMNS.map(() => empty({ bold: true, fill: SECTION_FILL }));
  totalRow[0] = text('合计', { bold: true, fill: SECTION_FILL });
  totalRow[col('分值')] = num(weights, 'General', { bold: true, fill: SECTION_FILL });
  totalRow[col('得分')] = num(e.total, '0.00', { bold: true, fill: SECTION_FILL });
  totalRow[col('扣分')] = num(deductions, '0.00', { bold: true, fill: SECTION_FILL });
  totalRow[col('说明')] = text(
    zh
      ? `总分${fmt2(e.total)}分${e.grade ? `，等次“${e.grade}”` : '，评价不完整，不评定等次'}。`
      : `Total ${fmt2(e.total)}${e.grade ? `, grade “${e.grade}”` : '; incomplete, no grade'}.`,
    { bold: true, fill: SECTION_FILL, wrap: true },
  );
  rows.push(totalRow);

  // The whole sheet is stale as soon as one indicator's live value differs from the evaluated one.
  rows[metaStart + 5][1] = formula(
    `IF(COUNTIF(${colRange('状态')},"${STALE}")>0,"${STALE}","${FRESH}")`,
    undefined,
    { bold: true },
  );

  rows.push([]);
  const checksHeader = rows.length;
  rows.push([
    text('一致性检查', { bold: true, fill: HEADER_FILL }),
    text('结果', { bold: true, fill: HEADER_FILL }),
    text('说明', { bold: true, fill: HEADER_FILL }),
    empty({ fill: HEADER_FILL }),
    empty({ fill: HEADER_FILL }),
    empty({ fill: HEADER_FILL }),
    empty({ fill: HEADER_FILL }),
    empty({ fill: HEADER_FILL }),
    empty({ fill: HEADER_FILL }),
    empty({ fill: HEADER_FILL }),
    empty({ fill: HEADER_FILL }),
    text('检查ID', { bold: true, fill: HEADER_FILL }),
  ]);
  merges.push(`${a1(checksHeader, 2)}:${a1(checksHeader, 10)}`);
  for (const c of e.checks) {
    const r = rows.length;
    const result = c.ok === null ? '无法检查' : c.ok ? '通过' : '未通过';
    const style: CellStyle | undefined =
      c.ok === false ? { bold: true, color: STALE_COLOR, fill: STALE_FILL } : undefined;
    const row: SheetCellModel[] = [
      text(c.title, { wrap: true }),
      text(result, style),
      text(c.message, { wrap: true }),
    ];
    for (let k = 3; k < lastCol; k++) row.push(empty());
    row.push(text(c.id));
    rows.push(row);
    merges.push(`${a1(r, 2)}:${a1(r, 10)}`);
  }

  // The figures this evaluation used, so a reviewer can trace every number and a later run can
  // say which inputs changed since. The range name sits in the last column, like 指标ID above.
  rows.push([]);
  const inputsHeader = rows.length;
  const headStyle: CellStyle = { bold: true, fill: HEADER_FILL };
  const inputsHead: SheetCellModel[] = COLUMNS.map(() => empty({ fill: HEADER_FILL }));
  inputsHead[0] = text('输入项目', headStyle);
  inputsHead[2] = text('单元格', headStyle);
  inputsHead[3] = text('值', headStyle);
  inputsHead[col('说明')] = text('状态', headStyle);
  inputsHead[lastCol] = text(INPUTS_SECTION, headStyle);
  rows.push(inputsHead);
  merges.push(
    `${a1(inputsHeader, 0)}:${a1(inputsHeader, 1)}`,
    `${a1(inputsHeader, 3)}:${a1(inputsHeader, 8)}`,
  );
  for (const i of e.inputs) {
    const r = rows.length;
    const status = i.messages.length ? i.messages.join('') : '正常';
    const row: SheetCellModel[] = COLUMNS.map(() => empty());
    row[0] = text(i.label, { wrap: true });
    row[2] = text(i.address ?? '');
    row[3] = text(i.value ?? '', { wrap: true });
    row[col('说明')] = text(status, i.ok ? { wrap: true } : { wrap: true, color: STALE_COLOR });
    row[lastCol] = text(i.name);
    rows.push(row);
    merges.push(`${a1(r, 0)}:${a1(r, 1)}`, `${a1(r, 3)}:${a1(r, 8)}`);
  }

  return {
    name: options.sheetName ?? DEFAULT_SHEET_NAME,
    rows,
    columnWidths: [18, 12, 34, 8, 11, 13, 8, 8, 8, 70, 30, 28],
    freezeRows: headerRow + 1,
    merges,
    highlights: [
      { range: colRange('状态'), text: STALE, fill: STALE_FILL, color: STALE_COLOR },
      {
        range: `${a1(metaStart + 5, 1)}:${a1(metaStart + 5, 1)}`,
        text: STALE,
        fill: STALE_FILL,
        color: STALE_COLOR,
      },
    ],
  };
}

function indicatorRow(ind: IndicatorResult, r: number, note: string): SheetCellModel[] {
  const deducted = ind.deduction !== null && !ind.deduction.isZero();
  const mark: CellStyle | undefined =
    ind.status === 'error'
      ? { color: STALE_COLOR, fill: STALE_FILL }
      : deducted
        ? { color: STALE_COLOR }
        : undefined;
  const valueCell = a1(r, col('指标值'));
  const liveCell = a1(r, col('当前值（实时）'));
  const row: SheetCellModel[] = [
    text(ind.level1),
    text(ind.level2),
    text(ind.name, { wrap: true }),
    num(ind.weight, 'General'),
    ind.value !== null ? num(ind.value.div(100), '0.00%') : empty(),
    empty(),
    empty(),
    ind.score !== null ? num(ind.score, '0.00', mark) : text(ind.status === 'error' ? '无法计分' : '', mark),
    ind.deduction !== null ? num(ind.deduction, '0.00', mark) : empty(),
    text(ind.commentary, { wrap: true }),
    text(note, { wrap: true }),
    text(ind.id),
  ];
  if (ind.excel) {
    // Live value over the named ranges, in the same unit as 指标值; a reviewer without the add-in
    // sees at once when the budget figures no longer give the evaluated value.
    row[col('当前值（实时）')] = formula(`IFERROR((${ind.excel})/100,"无法计算")`, '0.00%');
    row[col('状态')] =
      ind.value !== null
        ? formula(
            `IF(ISNUMBER(${liveCell}),IF(ROUND(${liveCell}*100,2)=ROUND(${valueCell}*100,2),"${FRESH}","${STALE}"),"${STALE}")`,
          )
        : formula(`IF(ISNUMBER(${liveCell}),"${STALE}","${FRESH}")`);
  }
  return row;
}
