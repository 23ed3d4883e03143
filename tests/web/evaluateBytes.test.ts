/**
 * The browser door's core, run in Node on bytes: the sample evaluates and comes back as a
 * workbook; what cannot be evaluated is answered with the command line's own sentence.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { cliText } from '../../src/cli/messages';
import { evaluateWorkbookBytes, evaluatedFileName } from '../../src/web/evaluate/evaluateBytes';
import { openXlsxBytes } from '../../src/workbook/xlsx/core';
import { REPO_ROOT, SHARED } from '../support/sample';

const sample = new Uint8Array(readFileSync(path.join(REPO_ROOT, 'examples/pingshi-2020.xlsx')));

describe('evaluateWorkbookBytes', () => {
  it('evaluates the sample to 96.90 优 and returns a workbook that reads back the same', async () => {
    const outcome = await evaluateWorkbookBytes(openXlsxBytes, sample, 'pingshi-2020.xlsx', 'zh');
    if (outcome.kind !== 'evaluated') throw new Error(outcome.message);
    expect(outcome.result.evaluation.total.toFixed(2)).toBe('96.90');
    expect(outcome.result.evaluation.grade).toBe('优');
    expect(outcome.outputName).toBe('pingshi-2020.evaluated.xlsx');
    expect(outcome.sheets).toEqual(['绩效自评', '输入数据']);
    const again = await evaluateWorkbookBytes(openXlsxBytes, outcome.output, outcome.outputName, 'en');
    if (again.kind !== 'evaluated') throw new Error(again.message);
    expect(again.result.previous?.total?.toFixed(2)).toBe('96.90');
    expect(again.result.evaluation.total.toFixed(2)).toBe('96.90');
  });

  it('says a workbook has none of the names, as the command line does', async () => {
    const file = path.join(SHARED, 'realbooks', 'SampleSS.xlsx');
    const outcome = await evaluateWorkbookBytes(
      openXlsxBytes,
      new Uint8Array(readFileSync(file)),
      'SampleSS.xlsx',
      'zh',
    );
    expect(outcome).toEqual({ kind: 'refused', message: cliText('zh').noNames('SampleSS.xlsx') });
  });

  it('says why a file is not a workbook, in English when asked', async () => {
    const outcome = await evaluateWorkbookBytes(
      openXlsxBytes,
      new TextEncoder().encode('a,b\n1,2\n'),
      'figures.xlsx',
      'en',
    );
    expect(outcome).toEqual({ kind: 'refused', message: cliText('en').notXlsx('figures.xlsx') });
  });

  it('names its output after the input', () => {
    expect(evaluatedFileName('预算.xlsx')).toBe('预算.evaluated.xlsx');
    expect(evaluatedFileName('a.b.XLSX')).toBe('a.b.evaluated.xlsx');
  });
});
