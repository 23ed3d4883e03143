/**
 * Builds a department budget workbook in the layout of the sample (基础数据 / 功能分类 / 人工评分)
 * with workbook-scoped named ranges. Used by `scripts/make-sample-workbook.ts` for the committed
 * example, and by tests and benchmarks to make other departments, or deliberately broken
 * workbooks (a name left out, text or an error in a named cell, a two-cell name).
 */
import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';

/** What may be put into a named cell: a figure, text, a boolean, an Excel error, or nothing. */
export type DepartmentCellContent =
  | number
  | string
  | boolean
  | null
  | Date
  | { error: '#N/A' | '#REF!' | '#NAME?' | '#DIV/0!' | '#NULL!' | '#VALUE!' | '#NUM!' }
  | { richText: string[] }
  | { formula: string; result?: number | string };

/** A row of the functional classification table: 科目名称, 年初预算数, 本年决算数, 上年决算数. */
export type FunctionalRow = [
  DepartmentCellContent,
  DepartmentCellContent,
  DepartmentCellContent,
  DepartmentCellContent,
];

export interface DepartmentWorkbookOptions {
  /** Names not to define (their cells are still written). */
  omitNames?: string[];
  /** Names that refer to their value cell and the cell to its right (a two-cell range). */
  twoCellNames?: string[];
  /** Fixed document dates and author, for a reproducible file. */
  created?: Date;
  creator?: string;
}

type Kind = 'text' | 'year' | 'money' | 'count' | 'ratio' | 'score';

interface Item {
  name: string;
  label: string;
  unit: string;
  kind: Kind;
  note?: string;
}

interface Section {
  title: string;
  items: Item[];
}

const money = (name: string, label: string, note?: string): Item => ({
  name,
  label,
  unit: '万元',
  kind: 'money',
  note,
});
const count = (name: string, label: string, unit: string, note?: string): Item => ({
  name,
  label,
  unit,
  kind: 'count',
  note,
});

/** The labelled rows of 基础数据, grouped as in a department's budget workbook. */
const SECTIONS: Section[] = [
  {
    title: '一、预算',
    items: [
      money('PE_BudgetInitial', '年初预算数', '人代会批准的部门预算'),
      money('PE_BudgetAdjusted', '调整后预算数（全年预算数）', '含年中追加、调减'),
    ],
  },
  { title: '二、支出', items: [money('PE_Expenditure', '本年实际支出数', '部门决算报表口径')] },
  {
    title: '三、“三公”经费',
    items: [
      money('PE_ThreePublicBudget', '本年“三公”经费预算数'),
      money('PE_ThreePublicBudgetPrior', '上年“三公”经费预算数'),
      money('PE_ThreePublicActual', '本年“三公”经费实际支出数'),
    ],
  },
  {
    title: '四、公用经费',
    items: [
      money('PE_PublicFundsBudget', '公用经费预算数'),
      money('PE_PublicFundsActual', '公用经费实际支出数'),
    ],
  },
  {
    title: '五、存量资金',
    items: [
      money('PE_StockFundsEnd', '本年末财政存量资金'),
      money('PE_StockFundsPriorEnd', '上年末财政存量资金'),
    ],
  },
  {
    title: '六、政府采购',
    items: [
      money('PE_ProcurementPlan', '政府采购计划金额'),
      money('PE_ProcurementActual', '政府采购实际金额'),
    ],
  },
  {
    title: '七、资产',
    items: [
      money('PE_AssetsTotal', '资产总额', '资产负债表年末数'),
      money('PE_AssetsCurrent', '流动资产'),
      money('PE_AssetsFixed', '固定资产'),
      money('PE_AssetsIntangible', '无形资产'),
      money('PE_AssetsInProgress', '在建工程'),
      money('PE_AssetsOther', '其他资产'),
      money('PE_FixedAssetsInUse', '实际在用固定资产'),
    ],
  },
  {
    title: '八、人员',
    items: [
      count('PE_StaffActual', '本年度在编人数（含工勤）', '人'),
      count('PE_StaffAuthorized', '核定编制数（含工勤）', '人'),
      count('PE_OfficialsActual', '编制内在职公务人员数', '人'),
      count('PE_OfficialsAuthorized', '行政编制数', '人'),
    ],
  },
  {
    title: '九、任务与指标',
    items: [
      count('PE_KeyTasksPlanned', '年度重点工作任务数', '项'),
      count('PE_KeyTasksDone', '已完成重点工作任务数', '项'),
      count('PE_TargetsSet', '设定的绩效指标数', '个'),
      count('PE_TargetsMet', '完成的绩效指标数', '个'),
      count('PE_ProjectsTotal', '纳入考核的项目数', '个'),
      count('PE_ProjectsOnTime', '按时完成的项目数', '个'),
      count('PE_OutcomesSet', '效果指标数', '个'),
      count('PE_OutcomesMet', '达成的效果指标数', '个'),
      count('PE_DisputesTotal', '排查矛盾纠纷数', '件'),
      count('PE_DisputesResolved', '调处成功数', '件'),
    ],
  },
  {
    title: '十、满意度',
    items: [
      {
        name: 'PE_Satisfaction',
        label: '公众或服务对象满意度',
        unit: '%',
        kind: 'ratio',
        note: '问卷调查结果',
      },
    ],
  },
];

/** The manual scores of 人工评分 with their full marks (the indicator weights). */
const MANUAL_SCORES: Array<Item & { max: number }> = [
  {
    name: 'PE_Score_GoalRelevance',
    label: '工作计划与职能、中期规划的相关程度',
    unit: '分',
    kind: 'score',
    max: 5,
  },
  {
    name: 'PE_Score_GoalReasonableness',
    label: '绩效目标、指标的相关性与合理性',
    unit: '分',
    kind: 'score',
    max: 5,
  },
  { name: 'PE_Score_FinancialCompliance', label: '财务合规性', unit: '分', kind: 'score', max: 4 },
  { name: 'PE_Score_InfoDisclosure', label: '预决算信息公开', unit: '分', kind: 'score', max: 4 },
  { name: 'PE_Score_AssetSafety', label: '资产管理安全性', unit: '分', kind: 'score', max: 2 },
  { name: 'PE_Score_RiskControl', label: '风险控制', unit: '分', kind: 'score', max: 5 },
  { name: 'PE_Score_Institutions', label: '制度管理', unit: '分', kind: 'score', max: 6 },
];

const NUMBER_FORMAT: Record<Kind, string | undefined> = {
  text: undefined,
  year: '0',
  // Two decimals as budget tables print them, more when the figure has them (8.795 must not read 8.80).
  money: '#,##0.00##',
  count: '0',
  ratio: '0%',
  score: '0.00',
};

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
const SECTION_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;

function toCellValue(content: DepartmentCellContent | undefined): CellValue {
  if (content === undefined || content === null) return null;
  if (typeof content === 'object' && !(content instanceof Date) && 'richText' in content) {
    return { richText: content.richText.map((text) => ({ text })) };
  }
  return content;
}

function header(sheet: Worksheet, row: number, labels: string[]): void {
  labels.forEach((label, i) => {
    const cell = sheet.getCell(row, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  });
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Records the names to define; they are added at the end so omitted/two-cell options apply once. */
class NameBook {
  private readonly names: Array<[string, string]> = [];
  constructor(private readonly options: DepartmentWorkbookOptions) {}

  cell(name: string, sheet: string, column: string, row: number): void {
    if (this.options.omitNames?.includes(name)) return;
    const end = this.options.twoCellNames?.includes(name)
      ? `:$${String.fromCharCode(column.charCodeAt(0) + 1)}$${row}`
      : '';
    this.names.push([name, `${quoteSheet(sheet)}!$${column}$${row}${end}`]);
  }

  area(name: string, sheet: string, range: string): void {
    if (this.options.omitNames?.includes(name)) return;
    this.names.push([name, `${quoteSheet(sheet)}!${range}`]);
  }

  defineIn(workbook: Workbook): void {
    for (const [name, ref] of this.names) workbook.definedNames.add(ref, name);
  }
}

function basicDataSheet(
  workbook: Workbook,
  inputs: Record<string, DepartmentCellContent>,
  names: NameBook,
): void {
  const sheet = workbook.addWorksheet('基础数据', { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.columns = [{ width: 6 }, { width: 34 }, { width: 16 }, { width: 8 }, { width: 28 }];
  sheet.mergeCells('A1:E1');
  const title = sheet.getCell('A1');
  title.value = '部门整体支出绩效自评基础数据表';
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };

  sheet.getCell('B2').value = '部门（单位）名称';
  sheet.getCell('C2').value = toCellValue(inputs.PE_DeptName);
  names.cell('PE_DeptName', '基础数据', 'C', 2);
  sheet.getCell('B3').value = '评价年度';
  sheet.getCell('C3').value = toCellValue(inputs.PE_Year);
  sheet.getCell('C3').numFmt = '0';
  sheet.getCell('C3').alignment = { horizontal: 'left' };
  names.cell('PE_Year', '基础数据', 'C', 3);
  sheet.getCell('E3').value = '单位：万元';
  sheet.getCell('E3').alignment = { horizontal: 'right' };

  header(sheet, 4, ['序号', '项目', '数值', '单位', '说明']);
  let row = 5;
  let serial = 1;
  for (const section of SECTIONS) {
    const sectionCell = sheet.getCell(row, 1);
    sectionCell.value = section.title;
    sectionCell.font = { bold: true };
    sheet.mergeCells(row, 1, row, 5);
    sectionCell.fill = SECTION_FILL;
    row += 1;
    for (const item of section.items) {
      sheet.getCell(row, 1).value = serial;
      sheet.getCell(row, 2).value = item.label;
      const value = sheet.getCell(row, 3);
      value.value = toCellValue(inputs[item.name]);
      const format = NUMBER_FORMAT[item.kind];
      if (format) value.numFmt = format;
      sheet.getCell(row, 4).value = item.unit;
      if (item.note) sheet.getCell(row, 5).value = item.note;
      names.cell(item.name, '基础数据', 'C', row);
      row += 1;
      serial += 1;
    }
  }
}

function functionalSheet(workbook: Workbook, functional: FunctionalRow[], names: NameBook): void {
  const sheet = workbook.addWorksheet('功能分类', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = [{ width: 28 }, { width: 14 }, { width: 14 }, { width: 14 }];
  sheet.getCell('A1').value = '按功能分类支出表（单位：万元）';
  sheet.getCell('A1').font = { bold: true, size: 12 };
  sheet.mergeCells('A1:D1');
  header(sheet, 2, ['科目名称', '年初预算数', '本年决算数', '上年决算数']);
  functional.forEach((line, i) => {
    line.forEach((content, c) => {
      const cell = sheet.getCell(3 + i, c + 1);
      cell.value = toCellValue(content);
      if (c > 0) cell.numFmt = '#,##0.00';
    });
  });
  if (functional.length === 0) return;
  const first = 3;
  const last = 2 + functional.length;
  names.area('PE_FunctionalTable', '功能分类', `$A$${first}:$D$${last}`);
  // The total sits below the named block, so the table itself holds only the classification rows.
  const total = last + 1;
  sheet.getCell(total, 1).value = '合计';
  sheet.getCell(total, 1).font = { bold: true };
  for (const column of ['B', 'C', 'D']) {
    const cell = sheet.getCell(`${column}${total}`);
    cell.value = { formula: `SUM(${column}${first}:${column}${last})` };
    cell.numFmt = '#,##0.00';
    cell.font = { bold: true };
  }
}

function manualScoreSheet(
  workbook: Workbook,
  inputs: Record<string, DepartmentCellContent>,
  names: NameBook,
): void {
  const sheet = workbook.addWorksheet('人工评分');
  sheet.columns = [{ width: 38 }, { width: 10 }, { width: 10 }, { width: 30 }];
  header(sheet, 1, ['评分项目', '得分', '满分', '评分依据']);
  MANUAL_SCORES.forEach((item, i) => {
    const row = 2 + i;
    sheet.getCell(row, 1).value = item.label;
    const score = sheet.getCell(row, 2);
    score.value = toCellValue(inputs[item.name]);
    score.numFmt = '0.00';
    sheet.getCell(row, 3).value = item.max;
    sheet.getCell(row, 3).numFmt = '0';
    names.cell(item.name, '人工评分', 'B', row);
  });
}

/** Every input name the builder lays out, in sheet order (PE_FunctionalTable last). */
export const DEPARTMENT_INPUT_NAMES: readonly string[] = [
  'PE_DeptName',
  'PE_Year',
  ...SECTIONS.flatMap((s) => s.items.map((i) => i.name)),
  ...MANUAL_SCORES.map((s) => s.name),
  'PE_FunctionalTable',
];

/**
 * Builds the workbook. `inputs` maps a name to the content of its cell (absent → empty cell);
 * `functional` is the PE_FunctionalTable block (empty → no table and no name).
 */
export function buildDepartmentWorkbook(
  inputs: Record<string, DepartmentCellContent>,
  functional: FunctionalRow[],
  options: DepartmentWorkbookOptions = {},
): Workbook {
  const workbook = new Workbook();
  const created = options.created ?? new Date();
  workbook.creator = options.creator ?? 'perf-eval-addin';
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = created;
  workbook.modified = created;
  // The 合计 formulas carry no cached result (computing one here would mean float sums of money),
  // so spreadsheet programs are asked to calculate on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  const names = new NameBook(options);
  basicDataSheet(workbook, inputs, names);
  functionalSheet(workbook, functional, names);
  manualScoreSheet(workbook, inputs, names);
  names.defineIn(workbook);
  return workbook;
}

/**
 * The workbook as .xlsx bytes. With `fixedDate`, every zip entry gets that timestamp so two builds
 * of the same content are byte-identical (exceljs stamps entries with the current time).
 */
export async function departmentWorkbookBytes(workbook: Workbook, fixedDate?: Date): Promise<Buffer> {
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  if (!fixedDate) return written;
  const source = await JSZip.loadAsync(written);
  const target = new JSZip();
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name];
    if (entry.dir) continue;
    target.file(name, await entry.async('uint8array'), { date: fixedDate, createFolders: false });
  }
  return target.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

/** The document properties of the committed example (fixed, so rebuilding gives the same file). */
export const SAMPLE_OPTIONS: DepartmentWorkbookOptions = {
  created: new Date(Date.UTC(2021, 2, 31, 1, 0, 0)),
  creator: '乐昌市人民政府坪石办事处',
};

/** Zip timestamp of the committed example; local-time components, as zip stores local DOS dates. */
export function sampleZipDate(): Date {
  return new Date(2021, 2, 31, 9, 0, 0);
}
