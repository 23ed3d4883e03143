/** The strings of the evaluation page that the task pane does not already have, per language. */
import type { Lang } from '../../engine';

export interface PageText {
  title: string;
  intro: string;
  privacy: string;
  pick: string;
  dropHint: string;
  dropLabel: string;
  reading: (fileName: string) => string;
  download: (fileName: string) => string;
  written: (sheets: string[]) => string;
  inputsSheetSkipped: string;
  summaryHeading: string;
  detailsLabel: string;
  tabSummary: string;
  deductions: string;
  noDeductions: string;
  deductionLine: (deduction: string, score: string, weight: string) => string;
  unscored: string;
  failedChecks: string;
  noFailedChecks: string;
  uncheckable: string;
  inputProblems: string;
  noInputProblems: string;
  refusedTitle: string;
  notXlsxFile: (name: string) => string;
  /** Punctuation between a subject and what is said of it, in this language. */
  colon: string;
  paren: (text: string) => string;
  comma: string;
  semicolon: string;
}

const zh: PageText = {
  title: '部门整体支出绩效自评 · 评价工作簿',
  intro:
    '选择或拖入部门的 .xlsx 工作簿，页面按与命令行相同的规则评价，并给出写好“绩效自评”表的工作簿供下载。',
  privacy: '文件只在本浏览器中处理，不会上传到任何服务器。',
  pick: '选择工作簿…',
  dropHint: '或把 .xlsx 文件拖到这里',
  dropLabel: '选择或拖入 .xlsx 工作簿',
  reading: (f) => `正在评价 ${f}…`,
  download: (f) => `下载评价后的工作簿（${f}）`,
  written: (s) => `评价后的工作簿写入了工作表：${s.join('、')}。原文件未改动。`,
  inputsSheetSkipped: '工作簿中已有名为“输入数据”的工作表且不是本程序生成的，未写入输入数据快照。',
  summaryHeading: '评价结果',
  detailsLabel: '结果视图',
  tabSummary: '摘要',
  deductions: '扣分项',
  noDeductions: '扣分项：无',
  deductionLine: (d, s, w) => `扣 ${d} 分（得 ${s} / ${w}）`,
  unscored: '无法计分的指标',
  failedChecks: '未通过的一致性检查',
  noFailedChecks: '一致性检查：全部通过',
  uncheckable: '无法检查的一致性检查',
  inputProblems: '输入数据的问题',
  noInputProblems: '输入数据：没有问题',
  refusedTitle: '无法评价',
  notXlsxFile: (n) => `“${n}”不是 .xlsx 文件。请选择 Excel 工作簿（.xlsx）。`,
  colon: '：',
  paren: (x) => `（${x}）`,
  comma: '，',
  semicolon: '；',
};

const en: PageText = {
  title: 'Overall expenditure performance self-evaluation · evaluate a workbook',
  intro:
    "Pick or drop a department's .xlsx workbook: the page evaluates it with the same rules as the command line and offers the workbook with the 绩效自评 sheet written for download.",
  privacy: 'The file is processed in this browser only; it is never uploaded to any server.',
  pick: 'Choose a workbook…',
  dropHint: 'or drop an .xlsx file here',
  dropLabel: 'Choose or drop an .xlsx workbook',
  reading: (f) => `Evaluating ${f}…`,
  download: (f) => `Download the evaluated workbook (${f})`,
  written: (s) =>
    `The evaluated workbook has these sheets written: ${s.join(', ')}. The original file is unchanged.`,
  inputsSheetSkipped:
    'The workbook already has a sheet named 输入数据 that this program did not create; the input snapshot was not written.',
  summaryHeading: 'Result',
  detailsLabel: 'Result views',
  tabSummary: 'Summary',
  deductions: 'Deductions',
  noDeductions: 'Deductions: none',
  deductionLine: (d, s, w) => `−${d} (${s} of ${w})`,
  unscored: 'Indicators that could not be scored',
  failedChecks: 'Failed consistency checks',
  noFailedChecks: 'Consistency checks: all passed',
  uncheckable: 'Consistency checks that could not be run',
  inputProblems: 'Problems in the inputs',
  noInputProblems: 'Inputs: no problems',
  refusedTitle: 'Cannot evaluate',
  notXlsxFile: (n) => `"${n}" is not an .xlsx file. Choose an Excel workbook (.xlsx).`,
  colon: ': ',
  paren: (x) => ` (${x})`,
  comma: ', ',
  semicolon: '; ',
};

export function pageText(lang: Lang): PageText {
  return lang === 'en' ? en : zh;
}
