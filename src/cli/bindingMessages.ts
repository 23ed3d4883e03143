/** Every sentence `propose` and `bind` print, in both languages. */
import type { Lang } from '../engine';
import type { BindingWarning } from '../engine/binding';

export interface BindingText {
  usage: string;
  noLabels(path: string): string;
  proposalsHeading(n: number): string;
  proposal(
    name: string,
    label: string,
    value: string,
    unit: string,
    address: string,
    confidence: string,
  ): string;
  /** How a converted figure read in its own table. */
  converted: (raw: string, unit: string) => string;
  choice(name: string, options: string[]): string;
  foundWithoutValue(
    name: string,
    label: string,
    labelAddress: string,
    address: string,
    reason: string,
  ): string;
  reason(r: 'text' | 'error' | 'empty'): string;
  /** What a proposal's warning tells the clerk. */
  warning: Record<BindingWarning, string>;
  /** The line under a proposal that lists its warnings. */
  warningsLine(texts: string[]): string;
  /** A money figure whose table states no unit, read as 万元. */
  unitAssumed: string;
  existingHeading(names: string[]): string;
  unmatchedHeading(names: string[]): string;
  boundHeading(n: number, sheet: string): string;
  toTypeHeading(n: number, sheet: string): string;
  toType(name: string, label: string, cell: string): string;
  notBoundChoice(name: string): string;
  notBoundLow(name: string, confidence: string, min: string): string;
  badConfidence(v: string): string;
  missingOut: string;
  foreignDataSheet(sheet: string): string;
  /** PE_FunctionalTable: the table found, a choice between tables, a table refused, not found. */
  table: {
    found(address: string, label: string, rows: number, confidence: string): string;
    skipped(totals: number, deeper: number): string;
    converted: string;
    unitAssumed: string;
    missing(columns: string[], sheet: string): string;
    choice(options: string[]): string;
    option(address: string, rows: number): string;
    refused(address: string, title: string, reason: 'topic' | 'otherClassification' | 'notNumber'): string;
    notFound(sheet: string): string;
    bound(rows: number, ref: string): string;
    notBound(status: 'ambiguous' | 'lowConfidence' | 'skipped', confidence: string, min: string): string;
    typed(rows: number, ref: string): string;
    toType(sheet: string): string;
    column(c: 'budget' | 'final' | 'prior'): string;
  };
}

const zh: BindingText = {
  usage: [
    '用法：npm run -s evaluate -- propose <工作簿.xlsx> [--json] [--lang zh|en]',
    '      npm run -s evaluate -- bind <工作簿.xlsx> --out <输出.xlsx> [--min-confidence 0.8] [--lang zh|en]',
    '',
    '  propose  按标签在部门自己的表格中查找评价所需的数据，列出建议的名称绑定（不写任何文件）。',
    '  bind     把可信度不低于 --min-confidence（默认 0.8）且无歧义的建议写入副本：新建“绩效数据”工作表，',
    '           并定义指向其“数值”列的 PE_ 名称；未找到的数据在“绩效数据”中填写。输入文件从不修改。',
    '',
    '退出码：0 有建议；3 没有识别到任何数据；2 无法处理（文件无法读取等）。',
  ].join('\n'),
  noLabels: (p) =>
    `工作簿 ${p} 中没有识别到任何评价所需数据的标签（如“年初预算数”）。可以用 bind 生成空白的“绩效数据”工作表，在其中逐项填写。`,
  proposalsHeading: (n) => `识别到 ${n} 项数据：`,
  proposal: (n, l, v, u, a, c) => `  ${n}  ${l} = ${v}${u}  ← ${a}（可信度 ${c}）`,
  converted: (r, u) => `（原表 ${r} ${u}）`,
  choice: (n, o) => `  ${n}  有 ${o.length} 个相近的候选，请选择：${o.join('；')}`,
  foundWithoutValue: (n, l, la, a, r) => `  ${n}  找到标签“${l}”（${la}），但 ${a} ${r}，未作建议`,
  reason: (r) => (r === 'text' ? '是文字' : r === 'error' ? '是错误值' : '为空'),
  warning: {
    numberAsText: '原单元格是以文本格式存储的数字（绿色三角），已按数字读取，可信度已降低',
    hiddenSheet: '来自隐藏工作表，请取消隐藏后核对，可信度已降低',
    veryHiddenSheet: '来自深度隐藏的工作表（只能由程序取消隐藏），可信度已降低',
    notLinked: '数值取自单元格中的文字，“绩效数据”中填入该数值，不随原单元格更新',
    unitByScale: '表中未注明单位；按万元读取比其他数据大得多（如“三公”经费超过全部支出），已按元读取，请核对',
  },
  warningsLine: (ws) => `      注意：${ws.join('；')}`,
  unitAssumed: '表中未注明单位，按万元读取，请与原表核对',
  existingHeading: (ns) => `已有名称（保持不变）：${ns.join('、')}`,
  unmatchedHeading: (ns) => `未找到（${ns.length} 项，需在“绩效数据”中填写）：${ns.join('、')}`,
  boundHeading: (n, s) => `已绑定 ${n} 项（“${s}”工作表中的数值链接到部门表格）：`,
  toTypeHeading: (n, s) => `待填写 ${n} 项（在“${s}”工作表的“数值”列填写）：`,
  toType: (n, l, c) => `  ${n}  ${l}  → ${c}`,
  notBoundChoice: (n) => `  ${n}  有多个相近的候选，未绑定：请在任务窗格中选择，或在“绩效数据”中填写`,
  notBoundLow: (n, c, m) => `  ${n}  可信度 ${c} 低于 ${m}，未绑定`,
  badConfidence: (v) => `--min-confidence 应为 0 至 1 之间的数：${v}`,
  missingOut: 'bind 需要 --out <输出.xlsx>（输入文件从不修改）',
  foreignDataSheet: (s) => `工作簿中已有名为“${s}”的工作表，且不是本程序生成的；为免覆盖他人内容，未写入。`,
  table: {
    found: (a, l, n, c) =>
      `  PE_FunctionalTable  按功能分类的收支表 ${l}，${n} 个类级科目  ← ${a}（可信度 ${c}）`,
    skipped: (t, d) =>
      `      未计入：合计/小计 ${t} 行，款/项 ${d} 行（只取类级科目，合计才与年初预算数、本年实际支出数可比）`,
    converted: '      原表单位为元，已折算为万元',
    unitAssumed: '      表中未注明单位，按万元读取',
    missing: (cs, s) => `      表中没有 ${cs.join('、')} 列，需在“${s}”的按功能分类的收支表中填写`,
    choice: (o) => `  PE_FunctionalTable  有 ${o.length} 个相近的按功能分类的收支表，请选择：${o.join('；')}`,
    option: (a, n) => `${a}（${n} 行）`,
    refused: (a, t, r) =>
      `  PE_FunctionalTable  未采用“${t}”的表格（${a}）：${
        r === 'topic'
          ? '表名表明只是部分支出（如项目支出、政府性基金）'
          : r === 'otherClassification'
            ? '其中有非功能分类的行（如基本支出、项目支出、经济分类科目）'
            : '数值单元格不是数字'
      }`,
    notFound: (s) =>
      `  PE_FunctionalTable  未找到按功能分类的收支表（可选；可在“${s}”的按功能分类的收支表中填写）`,
    bound: (n, r) => `  PE_FunctionalTable  按功能分类的收支表 ${n} 行 → ${r}`,
    notBound: (st, c, m) =>
      st === 'ambiguous'
        ? '  PE_FunctionalTable  有多个相近的按功能分类的收支表，未绑定：请在任务窗格中选择'
        : st === 'lowConfidence'
          ? `  PE_FunctionalTable  可信度 ${c} 低于 ${m}，未绑定`
          : '  PE_FunctionalTable  未绑定',
    typed: (n, r) => `  PE_FunctionalTable  按功能分类的收支表保留手工填写的 ${n} 行 → ${r}`,
    toType: (s) => `  PE_FunctionalTable  按功能分类的收支表（可选）：在“${s}”下方的表格中逐行填写后再次绑定`,
    column: (c) => (c === 'budget' ? '年初预算数' : c === 'final' ? '本年决算数' : '上年决算数'),
  },
};

const en: BindingText = {
  usage: [
    'Usage: npm run -s evaluate -- propose <workbook.xlsx> [--json] [--lang zh|en]',
    '       npm run -s evaluate -- bind <workbook.xlsx> --out <out.xlsx> [--min-confidence 0.8] [--lang zh|en]',
    '',
    '  propose  finds the figures the evaluation needs by their labels in the department’s own sheets and lists the proposed names (writes nothing).',
    '  bind     writes a copy with the proposals of at least --min-confidence (default 0.8) that are not a choice: a new 绩效数据 sheet',
    '           and PE_ names pointing at its 数值 column; figures not found are typed into 绩效数据. The input is never modified.',
    '',
    'Exit codes: 0 proposals made; 3 no figure recognised; 2 cannot proceed (unreadable file …).',
  ].join('\n'),
  noLabels: (p) =>
    `No label of a figure the evaluation needs (such as 年初预算数) was recognised in ${p}. Use bind to create an empty 绩效数据 sheet and type the figures there.`,
  proposalsHeading: (n) => `${n} figures recognised:`,
  proposal: (n, l, v, u, a, c) => `  ${n}  ${l} = ${v}${u}  ← ${a} (confidence ${c})`,
  converted: (r, u) => ` (${r} ${u} in its table)`,
  choice: (n, o) => `  ${n}  ${o.length} candidates of similar confidence, choose one: ${o.join('; ')}`,
  foundWithoutValue: (n, l, la, a, r) => `  ${n}  label “${l}” found (${la}) but ${a} ${r}; nothing proposed`,
  reason: (r) => (r === 'text' ? 'holds text' : r === 'error' ? 'holds an error' : 'is empty'),
  warning: {
    numberAsText:
      'the cell is a number stored as text (green triangle), read as a number; confidence lowered',
    hiddenSheet: 'from a hidden sheet: unhide it to check; confidence lowered',
    veryHiddenSheet: 'from a very hidden sheet (only a program can unhide it); confidence lowered',
    notLinked:
      'the figure is read from the text of the cell: 绩效数据 holds it typed, not linked to the cell',
    unitByScale:
      'the table states no unit; as 万元 it would be far larger than the other figures (a “三公” spending above the whole spending), so it is read as 元: please check',
  },
  warningsLine: (ws) => `      note: ${ws.join('; ')}`,
  unitAssumed: 'the table states no unit: read as 万元, check it against the table',
  existingHeading: (ns) => `Names already defined (left as they are): ${ns.join(', ')}`,
  unmatchedHeading: (ns) => `Not found (${ns.length}, to type into 绩效数据): ${ns.join(', ')}`,
  boundHeading: (n, s) => `${n} bound (the values on sheet “${s}” link to the department’s cells):`,
  toTypeHeading: (n, s) => `${n} to type (column 数值 of sheet “${s}”):`,
  toType: (n, l, c) => `  ${n}  ${l}  → ${c}`,
  notBoundChoice: (n) =>
    `  ${n}  several candidates of similar confidence, not bound: choose in the task pane or type it into 绩效数据`,
  notBoundLow: (n, c, m) => `  ${n}  confidence ${c} below ${m}, not bound`,
  badConfidence: (v) => `--min-confidence must be a number between 0 and 1: ${v}`,
  missingOut: 'bind needs --out <out.xlsx> (the input is never modified)',
  foreignDataSheet: (s) =>
    `The workbook already has a sheet named “${s}” that this program did not create; nothing was written.`,
  table: {
    found: (a, l, n, c) =>
      `  PE_FunctionalTable  expenditure by functional classification ${l}, ${n} classes  ← ${a} (confidence ${c})`,
    skipped: (t, d) =>
      `      left out: ${t} total/subtotal rows, ${d} sub-class (款/项) rows (only classes add up to the budget totals)`,
    converted: '      the table is in 元, converted to 万元',
    unitAssumed: '      the table states no unit, read as 万元',
    missing: (cs, s) =>
      `      the table has no ${cs.join(', ')} column: type it into the functional table of “${s}”`,
    choice: (o) =>
      `  PE_FunctionalTable  ${o.length} functional tables of similar confidence, choose one: ${o.join('; ')}`,
    option: (a, n) => `${a} (${n} rows)`,
    refused: (a, t, r) =>
      `  PE_FunctionalTable  the table “${t}” (${a}) was not taken: ${
        r === 'topic'
          ? 'its title says it holds part of the expenditure only (project expenditure, government funds …)'
          : r === 'otherClassification'
            ? 'it holds rows of another classification (basic/project expenditure, economic classes)'
            : 'a figure cell is not a number'
      }`,
    notFound: (s) =>
      `  PE_FunctionalTable  no table of expenditure by functional classification found (optional; it can be typed into “${s}”)`,
    bound: (n, r) => `  PE_FunctionalTable  functional table, ${n} rows → ${r}`,
    notBound: (st, c, m) =>
      st === 'ambiguous'
        ? '  PE_FunctionalTable  several functional tables of similar confidence, not bound: choose in the task pane'
        : st === 'lowConfidence'
          ? `  PE_FunctionalTable  confidence ${c} below ${m}, not bound`
          : '  PE_FunctionalTable  not bound',
    typed: (n, r) => `  PE_FunctionalTable  functional table, ${n} typed rows kept → ${r}`,
    toType: (s) =>
      `  PE_FunctionalTable  functional table (optional): type its rows into the table below on “${s}”, then bind again`,
    column: (c) => (c === 'budget' ? '年初预算数' : c === 'final' ? '本年决算数' : '上年决算数'),
  },
};

export function bindingText(lang: Lang): BindingText {
  return lang === 'en' ? en : zh;
}
