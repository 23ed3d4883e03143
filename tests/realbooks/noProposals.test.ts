/**
 * The label matcher on real workbooks (Apache POI's test files in ../shared/realbooks, saved by
 * Excel and others; none is a Chinese budget workbook): every sheet of every file that opens,
 * hidden ones included, is searched and nothing is proposed. Numbers stored as text, labels with
 * their values in one cell and hidden sheets are all read, so this is where a loose rule would
 * show as a false proposal.
 */
import { readdirSync } from 'fs';
import * as path from 'path';
import { readForBinding } from '../../src/workbook/binding/bindFlow';
import { WorkbookOpenError, openXlsxWorkbook } from '../../src/workbook/xlsx';
import { SHARED } from '../support/sample';

jest.setTimeout(300_000);

const REALBOOKS = path.join(SHARED, 'realbooks');
const FILES = readdirSync(REALBOOKS)
  .filter((f) => f.endsWith('.xlsx'))
  .sort();

it('covers the whole folder', () => expect(FILES.length).toBeGreaterThanOrEqual(100));

it('proposes nothing on any real workbook, hidden sheets included', async () => {
  const proposed: string[] = [];
  let opened = 0;
  let hiddenSheets = 0;
  for (const file of FILES) {
    let wb;
    try {
      wb = await openXlsxWorkbook(path.join(REALBOOKS, file));
    } catch (e) {
      // Broken, encrypted or hostile files are the command line tests' business.
      if (e instanceof WorkbookOpenError) continue;
      throw e;
    }
    opened++;
    hiddenSheets += wb.sheets.filter((s) => s.state !== 'visible').length;
    const read = await readForBinding(wb);
    for (const p of read.proposals.proposals)
      proposed.push(`${file}: ${p.name} ${p.address} (${p.label} = ${p.value})`);
  }
  expect(opened).toBeGreaterThanOrEqual(100);
  // The folder holds hidden sheets (TwoSheetsOneHidden.xlsx …): they were searched too.
  expect(hiddenSheets).toBeGreaterThan(0);
  expect(proposed).toEqual([]);
});
