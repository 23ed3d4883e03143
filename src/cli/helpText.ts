/**
 * The `--help` text of every command, in both languages. Kept apart from messages.ts (the
 * sentences of an evaluation) so that new commands add their help here without touching those.
 */
import type { Lang } from '../engine';

export interface HelpText {
  program: string;
  /** Commander's section titles, translated (`Usage:` …). */
  titles: Record<string, string>;
  helpOption: string;
  helpCommand: string;
  exitCodes: string;
  optLang: string;
  optOut: string;
  optJson: string;
  optSheet: string;
  optRules: string;
  optForce: string;
  evaluate: { summary: string; workbook: string; out: string; json: string; after: string };
  batch: {
    summary: string;
    inputs: string;
    out: string;
    jobs: string;
    json: string;
    report: string;
    after: string;
  };
  report: { summary: string; workbook: string; out: string; after: string };
  propose: { summary: string; workbook: string; json: string; after: string };
  bind: { summary: string; workbook: string; out: string; minConfidence: string; after: string };
}

const EXIT_ZH =
  '退出码：0 评价完整；3 评价不完整（部分指标无法计分）；2 无法评价（文件无法读取、不是 xlsx、没有任何所需名称、参数有误等）。';
const EXIT_EN =
  'Exit codes: 0 complete; 3 incomplete (some indicator could not be scored); 2 cannot evaluate (unreadable, not an xlsx, none of the names present, a bad argument …).';

const zh: HelpText = {
  program:
    '部门整体支出绩效自评：评价部门预算工作簿（.xlsx），批量汇总，生成自评报告草稿。输入文件从不修改。',
  titles: {
    'Usage:': '用法：',
    'Arguments:': '参数：',
    'Options:': '选项：',
    'Commands:': '命令：',
    'Global Options:': '全局选项：',
  },
  helpOption: '显示帮助',
  helpCommand: '显示某个命令的帮助',
  exitCodes: EXIT_ZH,
  optLang: '说明文字与提示的语言：zh（默认）或 en',
  optOut: '输出文件',
  optJson: '在标准输出打印结果 JSON（规范 §7）',
  optSheet: '评价表的工作表名（默认 绩效自评）',
  optRules: '使用 JSON 文件中的评分规则',
  optForce: '覆盖一个并非本程序生成的同名工作表',
  evaluate: {
    summary: '评价一个工作簿，把评价表写入新文件（不写命令名时的默认命令）',
    workbook: '部门预算工作簿（.xlsx）；省略时评价随附的示例 examples/pingshi-2020.xlsx',
    out: '输出工作簿（默认在输入文件旁，文件名加 .evaluated）',
    json: '只在标准输出打印结果 JSON（规范 §7）',
    after: '结果写入新文件，输入文件从不修改。',
  },
  batch: {
    summary: '批量评价一个文件夹（或若干文件）中的工作簿，写出汇总.xlsx 与 results.jsonl',
    inputs: '文件夹或 .xlsx 文件（文件夹中的 .xlsx 均参与评价，不含 ~$ 开头的锁文件）',
    out: '输出文件夹：每个评价后的工作簿、汇总.xlsx、results.jsonl',
    jobs: '同时评价的工作线程数（默认等于 CPU 数）',
    json: '每评价完一个文件，在标准输出打印一行结果 JSON（与 results.jsonl 相同）',
    report: '同时为每个部门生成自评报告草稿（.docx）',
    after:
      '某个文件无法评价时照常评价其余文件。退出码：0 全部完整；3 有评价不完整的；2 有无法评价的（或参数有误）。',
  },
  report: {
    summary: '评价一个工作簿并生成《部门整体支出绩效自评报告》草稿（.docx）',
    workbook: '部门预算工作簿（.xlsx）',
    out: '报告文件（默认在输入文件旁，文件名加 .自评报告.docx）',
    after:
      '报告中的数字全部来自评价结果；需要人工填写的部分以黄色底纹的【待填写：…】标出。输入文件从不修改。',
  },
  propose: {
    summary: '按标签在部门自己的表格中识别评价所需的数字，列出建议的名称（只读，不写任何文件）',
    workbook: '部门自己的预算工作簿（.xlsx）',
    json: '只在标准输出打印建议 JSON：{"proposals":[…],"unmatched":[…],"existing":[…]}',
    after:
      '按功能分类的收支表（PE_FunctionalTable）作为一项建议列出：address 为来源区域，value 为各类级科目的行 [科目名称, 年初预算数, 本年决算数, 上年决算数]（万元）。退出码：0 有建议；3 没有识别到任何数字；2 无法读取或参数有误。',
  },
  bind: {
    summary: '按识别结果写出副本：加入“绩效数据”表和 PE_ 名称，副本可直接评价',
    workbook: '部门自己的预算工作簿（.xlsx）',
    out: '输出工作簿（必填；输入文件从不修改）',
    minConfidence: '只绑定可信度不低于此值的建议（0–1）',
    after:
      '未识别的数据项列在输出中，请在“绩效数据”表对应行填写。退出码：0 已绑定；3 没有识别到任何数字；2 无法读取或参数有误。',
  },
};

const en: HelpText = {
  program:
    'Overall expenditure performance self-evaluation: evaluate department budget workbooks (.xlsx), in batches with a summary, and draft the self-evaluation report. Inputs are never modified.',
  titles: {},
  helpOption: 'display help',
  helpCommand: 'display help for a command',
  exitCodes: EXIT_EN,
  optLang: 'language of commentary and messages: zh (default) or en',
  optOut: 'output file',
  optJson: 'print the result JSON (spec §7) on stdout',
  optSheet: 'name of the evaluation sheet (default 绩效自评)',
  optRules: 'score with the rule set in a JSON file',
  optForce: 'overwrite a same-named sheet that this program did not create',
  evaluate: {
    summary: 'evaluate one workbook and write the evaluation sheet into a new file (the default command)',
    workbook: 'department budget workbook (.xlsx); without it the bundled sample examples/pingshi-2020.xlsx',
    out: 'output workbook (default: next to the input, with .evaluated)',
    json: 'print only the result JSON (spec §7) on stdout',
    after: 'The result goes to a new file; the input is never modified.',
  },
  batch: {
    summary: 'evaluate every workbook of a folder (or the files given); write 汇总.xlsx and results.jsonl',
    inputs: 'folders or .xlsx files (every .xlsx of a folder, except ~$ lock files)',
    out: 'output folder: each evaluated workbook, 汇总.xlsx, results.jsonl',
    jobs: 'worker threads evaluating at once (default: the number of CPUs)',
    json: 'print one result JSON line per file on stdout (as in results.jsonl)',
    report: 'also draft each department’s self-evaluation report (.docx)',
    after:
      'A file that cannot be evaluated is reported and the others go on. Exit codes: 0 all complete; 3 some incomplete; 2 some could not be evaluated (or a bad argument).',
  },
  report: {
    summary: 'evaluate one workbook and draft the 部门整体支出绩效自评报告 (.docx)',
    workbook: 'department budget workbook (.xlsx)',
    out: 'report file (default: next to the input, with .自评报告.docx)',
    after:
      'Every figure in the report comes from the evaluation; the parts a clerk must write are marked 【待填写：…】 on a yellow highlight. The input is never modified.',
  },
  propose: {
    summary:
      'find the figures the evaluation needs by their labels in a department’s own sheets and list the names they would get (reads only)',
    workbook: 'the department’s own budget workbook (.xlsx)',
    json: 'print only the proposals JSON: {"proposals":[…],"unmatched":[…],"existing":[…]}',
    after:
      'The functional table (PE_FunctionalTable) is one proposal: its address is the source block, its value the class rows [科目名称, 年初预算数, 本年决算数, 上年决算数] in 万元. Exit codes: 0 proposals made; 3 nothing recognised; 2 unreadable or a bad argument.',
  },
  bind: {
    summary: 'write a copy with the 绩效数据 sheet and the PE_ names from the proposals, ready to evaluate',
    workbook: 'the department’s own budget workbook (.xlsx)',
    out: 'output workbook (required; the input is never modified)',
    minConfidence: 'bind only proposals of at least this confidence (0–1)',
    after:
      'Inputs not found are listed: type them in their rows of 绩效数据. Exit codes: 0 bound; 3 nothing recognised; 2 unreadable or a bad argument.',
  },
};

export function helpText(lang: Lang): HelpText {
  return lang === 'en' ? en : zh;
}

/**
 * The language of `--help`: `--lang` when given, else the locale (LC_ALL, LC_MESSAGES, LANG)
 * when it is English, else Chinese. Messages of an evaluation keep the `--lang` default (zh)
 * whatever the locale, so that scripts see the same text everywhere.
 */
export function helpLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (v === 'en' || v === 'zh') return v;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'zh';
}
