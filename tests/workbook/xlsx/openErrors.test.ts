import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { openXlsxWorkbook, WorkbookOpenError } from '../../../src/workbook/xlsx';
import type { WorkbookOpenErrorCode } from '../../../src/workbook/xlsx';
import { makeTempDir, writeDepartment } from './helpers';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function openFailure(file: string): Promise<WorkbookOpenError> {
  try {
    await openXlsxWorkbook(file);
  } catch (error) {
    if (error instanceof WorkbookOpenError) return error;
    throw error;
  }
  throw new Error(`${file} opened`);
}

async function expectCode(file: string, code: WorkbookOpenErrorCode): Promise<WorkbookOpenError> {
  const error = await openFailure(file);
  expect(error.code).toBe(code);
  expect(error.path).toBe(file);
  expect(error.message).toContain(file);
  expect(error.message).not.toMatch(/\n\s+at /);
  return error;
}

describe('files that are not readable workbooks', () => {
  it('not_found: no file at that path', async () => {
    await expectCode(path.join(dir, 'nope.xlsx'), 'not_found');
  });

  it('not_xlsx: a CSV renamed .xlsx', async () => {
    const file = path.join(dir, 'table.xlsx');
    await fs.writeFile(file, '项目,数值\n年初预算数,624.04\n');
    await expectCode(file, 'not_xlsx');
  });

  it('not_xlsx: a zip that holds no workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const file = path.join(dir, 'other.xlsx');
    await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
    await expectCode(file, 'not_xlsx');
  });

  it('corrupt: a truncated workbook', async () => {
    const whole = await fs.readFile(await writeDepartment(dir, 'whole.xlsx'));
    const file = path.join(dir, 'truncated.xlsx');
    await fs.writeFile(file, whole.subarray(0, Math.floor(whole.length / 2)));
    await expectCode(file, 'corrupt');
  });

  it('encrypted: an OLE compound file (password-protected .xlsx or old .xls)', async () => {
    const file = path.join(dir, 'protected.xlsx');
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await fs.writeFile(file, Buffer.concat([header, Buffer.alloc(504)]));
    const error = await expectCode(file, 'encrypted');
    expect(error.message).toMatch(/encrypted|\.xls/);
  });

  it('unreadable: a directory', async () => {
    const folder = path.join(dir, 'folder.xlsx');
    await fs.mkdir(folder);
    await expectCode(folder, 'unreadable');
  });
});
