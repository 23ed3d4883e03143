/** Every sentence the command line prints, in both languages. */
import type { Lang } from '../engine';

export interface CliText {
  usage: string;
  badArgument(arg: string): string;
  notFound(path: string): string;
  notXlsx(path: string): string;
  /** `part`: the damaged entry; without it the zip's directory itself is missing or damaged. */
  corrupt(path: string, part?: string): string;
  encrypted(path: string): string;
  zipEncrypted(path: string, part: string): string;
  unsupportedCompression(path: string, part: string): string;
  partMissing(path: string, part: string): string;
  xmlMalformed(path: string, part: string, line: number, column: number, reason: string): string;
  xmlDoctype(path: string, part: string, line: number): string;
  tooLarge(path: string, part: string): string;
  unreadable(path: string, why: string): string;
  noNames(path: string): string;
  foreignSheet(sheet: string): string;
  sameAsInput(path: string): string;
  writeFailed(path: string, why: string): string;
  rulesUnreadable(path: string, why: string): string;
  rulesRefused(path: string): string;
  rulesSheetRefused(sheet: string): string;
  unexpected(why: string): string;
  // summary
  heading(dept: string | null, year: number | null): string;
  ruleSet(name: string, id: string, digest: string): string;
  total(total: string, grade: string | null, complete: boolean, unscored: number): string;
  deductionsHeading: string;
  noDeductions: string;
  unscoredHeading: string;
  failedChecksHeading: string;
  noFailedChecks: string;
  uncheckableHeading: string;
  changesHeading: string;
  noChanges: string;
  written(path: string, sheets: string[]): string;
  inputsSheetSkipped(sheet: string): string;
}

const zh: CliText = {
  usage: [
    '用法：npm run -s evaluate -- [工作簿.xlsx] [--out 输出.xlsx] [--json] [--lang zh|en] [--sheet 工作表名] [--rules 规则.json] [--force]',
    '',
    '  不带参数时评价随附的示例工作簿 examples/pingshi-2020.xlsx。',
    '  结果写入新文件（默认在输入文件旁，文件名加 .evaluated），输入文件从不修改。',
    '  --json    只在标准输出打印结果 JSON',
    '  --lang    说明文字的语言（默认 zh）',
    '  --sheet   评价表的工作表名（默认 绩效自评）',
    '  --rules   使用 JSON 文件中的评分规则',
    '  --force   覆盖一个并非本程序生成的同名工作表',
    '',
    '退出码：0 评价完整；3 评价不完整（部分指标无法计分）；2 无法评价（文件无法读取、不是 xlsx、没有任何所需名称等）。',
  ].join('\n'),
  badArgument: (a) => `无法识别的参数：${a}（用 --help 查看用法）`,
  notFound: (p) => `找不到文件：${p}`,
  notXlsx: (p) => `不是 Excel 工作簿（.xlsx）：${p}。如果是 .xls 或 .csv，请在 Excel 中另存为 .xlsx 后再试。`,
  corrupt: (p, part) =>
    part
      ? `文件已损坏或不完整，无法读取：${p}（其中的部件 ${part} 无法解压）`
      : `文件已损坏或不完整，无法读取：${p}（找不到完好的 zip 目录，文件可能被截断）`,
  encrypted: (p) => `文件受密码保护或是旧版 .xls 格式：${p}。请去掉密码或另存为 .xlsx 后再试。`,
  zipEncrypted: (p, part) =>
    `文件中的部件 ${part} 用 zip 密码加密，无法读取：${p}。Excel 不会这样保存工作簿；请用 Excel 打开后另存为 .xlsx 再试。`,
  unsupportedCompression: (p, part) =>
    `文件中的部件 ${part} 使用了不支持的压缩方式，无法读取：${p}。请用 Excel 打开后另存为 .xlsx 再试。`,
  partMissing: (p, part) => `工作簿不完整，缺少部件 ${part}，无法读取：${p}`,
  xmlMalformed: (p, part, line, column, reason) =>
    `工作簿 ${p} 中的部件 ${part} 不是格式正确的 XML（第 ${line} 行第 ${column} 列：${reason}），无法读取。`,
  xmlDoctype: (p, part, line) =>
    `工作簿 ${p} 中的部件 ${part} 含有文档类型声明（DOCTYPE，第 ${line} 行）。正常的工作簿不含此声明，这是“XML 炸弹”的手法，已拒绝读取。`,
  tooLarge: (p, part) => `工作簿 ${p} 中的部件 ${part} 解压后超过读取上限（可能是“压缩炸弹”），已拒绝读取。`,
  unreadable: (p, w) => `无法读取文件 ${p}：${w}`,
  noNames: (p) =>
    `工作簿 ${p} 中没有任何评价所需的名称（如 PE_BudgetInitial），无法评价。请按 README 中的名称约定定义名称。`,
  foreignSheet: (s) =>
    `工作簿中已有名为“${s}”的工作表，且不是本程序生成的；为免覆盖他人内容，未写入。可用 --sheet 指定其他名称，或用 --force 覆盖。`,
  sameAsInput: (p) => `输出文件不能是输入文件本身：${p}（输入文件从不修改）。`,
  writeFailed: (p, w) => `无法写入输出文件 ${p}：${w}`,
  rulesUnreadable: (p, w) => `无法读取评分规则文件 ${p}：${w}`,
  rulesRefused: (p) => `评分规则文件 ${p} 有误，未作评价：`,
  rulesSheetRefused: (s) => `工作表“${s}”中的评分规则有误，未作评价，也未写入任何内容：`,
  unexpected: (w) => `评价时发生意外错误：${w}`,
  heading: (d, y) => `${d ?? '（未填写部门名称）'}${y !== null ? ` ${y}年度` : ''} 部门整体支出绩效自评`,
  ruleSet: (n, id, dg) => `指标体系：${n}（${id}，摘要 ${dg}）`,
  total: (t, g, c, u) =>
    `总分：${t}　等次：${g ?? '不评定'}　${c ? '评价完整' : `评价不完整：${u}项指标无法计分`}`,
  deductionsHeading: '扣分项：',
  noDeductions: '扣分项：无',
  unscoredHeading: '无法计分的指标：',
  failedChecksHeading: '未通过的一致性检查：',
  noFailedChecks: '一致性检查：全部通过',
  uncheckableHeading: '无法检查的一致性检查：',
  changesHeading: '与上次评价相比的变化：',
  noChanges: '与上次评价相比：无变化',
  written: (p, s) => `已写入：${p}（工作表：${s.join('、')}）`,
  inputsSheetSkipped: (s) =>
    `注意：工作簿中已有名为“${s}”的工作表且不是本程序生成的，未写入输入数据快照（评价表中的“输入名称”一节同样列出了所用数据）。`,
};

const en: CliText = {
  usage: [
    'Usage: npm run -s evaluate -- [workbook.xlsx] [--out out.xlsx] [--json] [--lang zh|en] [--sheet NAME] [--rules rules.json] [--force]',
    '',
    '  Without a workbook it evaluates the bundled sample examples/pingshi-2020.xlsx.',
    '  The result goes to a new file (by default next to the input, with .evaluated); the input is never modified.',
    '  --json    print only the result JSON on stdout',
    '  --lang    language of the commentary (default zh)',
    '  --sheet   name of the evaluation sheet (default 绩效自评)',
    '  --rules   score with the rule set in a JSON file',
    '  --force   overwrite a same-named sheet that this program did not create',
    '',
    'Exit codes: 0 complete; 3 incomplete (some indicator could not be scored); 2 cannot evaluate (unreadable, not an xlsx, none of the names present …).',
  ].join('\n'),
  badArgument: (a) => `Unknown argument: ${a} (see --help)`,
  notFound: (p) => `File not found: ${p}`,
  notXlsx: (p) =>
    `Not an Excel workbook (.xlsx): ${p}. If it is an .xls or .csv file, save it as .xlsx in Excel and try again.`,
  corrupt: (p, part) =>
    part
      ? `The file is damaged or incomplete and cannot be read: ${p} (its part ${part} cannot be inflated)`
      : `The file is damaged or incomplete and cannot be read: ${p} (no intact zip directory; the file may be truncated)`,
  encrypted: (p) =>
    `The file is password-protected or an old .xls file: ${p}. Remove the password or save it as .xlsx and try again.`,
  zipEncrypted: (p, part) =>
    `The part ${part} of ${p} is encrypted with a zip password and cannot be read. Excel does not save workbooks this way; open it in Excel and save it as .xlsx.`,
  unsupportedCompression: (p, part) =>
    `The part ${part} of ${p} uses an unsupported compression method. Open it in Excel and save it as .xlsx.`,
  partMissing: (p, part) => `The workbook ${p} is incomplete: the part ${part} is missing.`,
  xmlMalformed: (p, part, line, column, reason) =>
    `The part ${part} of ${p} is not well-formed XML (line ${line}, column ${column}: ${reason}); it cannot be read.`,
  xmlDoctype: (p, part, line) =>
    `The part ${part} of ${p} declares a document type (DOCTYPE, line ${line}). Workbooks never do; this is how an "XML bomb" works, so the file was refused.`,
  tooLarge: (p, part) =>
    `The part ${part} of ${p} inflates beyond the reader's limit (possibly a "zip bomb"); the file was refused.`,
  unreadable: (p, w) => `Cannot read ${p}: ${w}`,
  noNames: (p) =>
    `The workbook ${p} defines none of the names the evaluation needs (such as PE_BudgetInitial). Define them as described in the README.`,
  foreignSheet: (s) =>
    `The workbook already has a sheet named "${s}" that this program did not create; nothing was written. Use --sheet for another name, or --force to overwrite it.`,
  sameAsInput: (p) => `The output file cannot be the input file: ${p} (the input is never modified).`,
  writeFailed: (p, w) => `Cannot write the output file ${p}: ${w}`,
  rulesUnreadable: (p, w) => `Cannot read the rule set file ${p}: ${w}`,
  rulesRefused: (p) => `The rule set file ${p} is wrong; nothing was evaluated:`,
  rulesSheetRefused: (s) => `The rule set on sheet "${s}" is wrong; nothing was evaluated or written:`,
  unexpected: (w) => `Unexpected error while evaluating: ${w}`,
  heading: (d, y) =>
    `${d ?? '(department name missing)'}${y !== null ? `, ${y}` : ''}: overall expenditure performance self-evaluation`,
  ruleSet: (n, id, dg) => `Rule set: ${n} (${id}, digest ${dg})`,
  total: (t, g, c, u) =>
    `Total: ${t}   Grade: ${g ?? 'none'}   ${c ? 'complete' : `incomplete: ${u} indicators could not be scored`}`,
  deductionsHeading: 'Deductions:',
  noDeductions: 'Deductions: none',
  unscoredHeading: 'Indicators that could not be scored:',
  failedChecksHeading: 'Failed consistency checks:',
  noFailedChecks: 'Consistency checks: all passed',
  uncheckableHeading: 'Consistency checks that could not be run:',
  changesHeading: 'Changes since the previous evaluation:',
  noChanges: 'Changes since the previous evaluation: none',
  written: (p, s) => `Written: ${p} (sheets: ${s.join(', ')})`,
  inputsSheetSkipped: (s) =>
    `Note: the workbook already has a sheet named "${s}" that this program did not create; the input snapshot sheet was not written (the evaluation sheet lists the inputs used as well).`,
};

export function cliText(lang: Lang): CliText {
  return lang === 'en' ? en : zh;
}
