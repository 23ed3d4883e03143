/** What `batch` and `report` print, in both languages (the evaluation's own sentences are in messages.ts). */
import { fmt2, type Evaluation, type Lang } from '../../engine';

export interface BatchText {
  noInputs(args: string): string;
  outIsInput(folder: string): string;
  line(done: number, total: number, file: string, outcome: string): string;
  complete(total: string, grade: string | null): string;
  incomplete(total: string, unscored: number): string;
  failed(why: string): string;
  finished(total: number, complete: number, incomplete: number, failed: number, seconds: string): string;
  wrote(summary: string, jsonl: string, folder: string): string;
  reportWritten(path: string, e: Evaluation): string;
  // 汇总.xlsx
  sheetName: string;
  headers: {
    rank: string;
    dept: string;
    year: string;
    file: string;
    total: string;
    grade: string;
    complete: string;
    failedChecks: string;
    problems: string;
  };
  completeWord: string;
  incompleteWord: string;
  failedWord: string;
}

const zh: BatchText = {
  noInputs: (a) => `在 ${a} 中没有找到 .xlsx 工作簿。`,
  outIsInput: (f) => `输出文件夹不能是输入文件夹：${f}（输入文件从不修改）。请用 --out 指定另一个文件夹。`,
  line: (d, n, f, o) => `[${d}/${n}] ${f}：${o}`,
  complete: (t, g) => `${t}分 ${g ?? ''}`.trimEnd(),
  incomplete: (t, u) => `${t}分，评价不完整（${u}项指标无法计分）`,
  failed: (w) => `无法评价：${w}`,
  finished: (n, c, i, f, s) => `共 ${n} 个文件，用时 ${s} 秒：完整 ${c}，不完整 ${i}，无法评价 ${f}。`,
  wrote: (s, j, f) => `已写入：${s}、${j}，以及评价后的工作簿（${f}）`,
  reportWritten: (p, e) =>
    `已写入自评报告草稿：${p}（总分 ${fmt2(e.total)}${e.grade ? `，等次 ${e.grade}` : '，评价不完整'}）`,
  sheetName: '汇总',
  headers: {
    rank: '名次',
    dept: '部门',
    year: '年度',
    file: '文件',
    total: '总分',
    grade: '等次',
    complete: '完整与否',
    failedChecks: '未通过的一致性检查',
    problems: '输入问题',
  },
  completeWord: '完整',
  incompleteWord: '不完整',
  failedWord: '无法评价',
};

const en: BatchText = {
  noInputs: (a) => `No .xlsx workbook found in ${a}.`,
  outIsInput: (f) =>
    `The output folder cannot be an input folder: ${f} (inputs are never modified). Give another folder with --out.`,
  line: (d, n, f, o) => `[${d}/${n}] ${f}: ${o}`,
  complete: (t, g) => `${t} ${g ?? ''}`.trimEnd(),
  incomplete: (t, u) => `${t}, incomplete (${u} indicators could not be scored)`,
  failed: (w) => `cannot evaluate: ${w}`,
  finished: (n, c, i, f, s) =>
    `${n} files in ${s} s: ${c} complete, ${i} incomplete, ${f} could not be evaluated.`,
  wrote: (s, j, f) => `Written: ${s}, ${j} and the evaluated workbooks (${f})`,
  reportWritten: (p, e) =>
    `Report draft written: ${p} (total ${fmt2(e.total)}${e.grade ? `, grade ${e.grade}` : ', incomplete'})`,
  // The summary workbook is the bureau's Chinese document; only the terminal speaks English.
  sheetName: zh.sheetName,
  headers: zh.headers,
  completeWord: zh.completeWord,
  incompleteWord: zh.incompleteWord,
  failedWord: zh.failedWord,
};

export function batchText(lang: Lang): BatchText {
  return lang === 'en' ? en : zh;
}

export const reportText = batchText;
