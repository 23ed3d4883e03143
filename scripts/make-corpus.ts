/**
 * Generates the bad-input corpus into tests/fixtures/corpus/: one small file per case and
 * cases.json, which states for each file the exit code the command line must give and the (zh)
 * message fragments that must appear on stderr or in the JSON messages.
 *
 * Usage: npm run make:corpus
 * The output is reproducible (fixed document dates and zip timestamps), so the committed files
 * only change when a case changes. The cases start from the golden sample of the spec
 * (../shared/spec/sample-pingshi-2020.json, relative to the repository root).
 */
import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { Workbook } from 'exceljs';
import { runEvaluationFlow } from '../src/workbook/flow';
import { openXlsxWorkbook } from '../src/workbook/xlsx';
import {
  buildDepartmentWorkbook,
  departmentWorkbookBytes,
  SAMPLE_OPTIONS,
  sampleZipDate,
} from '../src/workbook/xlsx/departmentWorkbook';
import type { DepartmentCellContent } from '../src/workbook/xlsx/departmentWorkbook';
import { projectRoot } from '../src/cli/projectRoot';
import { readSampleData } from './sampleData';

/** One entry of cases.json. */
export interface CorpusCase {
  /** File name inside tests/fixtures/corpus/. */
  file: string;
  /** What the case is about, in one line. */
  about: string;
  /** Extra command-line arguments after `<file> --out <tmp> --json`. */
  args?: string[];
  exitCode: 0 | 2 | 3;
  /** zh fragments that must each appear on stderr or in some indicator/check message of the JSON. */
  messages: string[];
  /** Expected fields of the JSON result (exit 0/3 only). */
  result?: { total?: number; grade?: string | null; complete?: boolean };
  /** Expected indicator values/scores (percent / points, as in the JSON). */
  indicators?: Record<string, { value?: number | null; score?: number | null; status?: string }>;
  /** What must hold of the output file's evaluation sheet. */
  outputSheet?: { owned: boolean; protected: boolean };
}

const ZIP_DATE = sampleZipDate();
const EVAL_NOW = new Date(Date.UTC(2021, 2, 31, 2, 0, 0));

/** Re-zips with fixed entry dates so that rebuilding gives the same bytes. */
async function rezip(zip: JSZip): Promise<Buffer> {
  const target = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    target.file(name, await entry.async('uint8array'), { date: ZIP_DATE, createFolders: false });
  }
  return target.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
}

/** Edits xl/workbook.xml of a package (for names exceljs cannot write: #REF!, whole columns, sheet scope). */
async function patchWorkbookXml(bytes: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file('xl/workbook.xml');
  if (!entry) throw new Error('no xl/workbook.xml');
  zip.file('xl/workbook.xml', edit(await entry.async('string')));
  return rezip(zip);
}

/** The workbook-scoped `<definedName>` element of `name` as exceljs writes it. */
function nameElement(name: string): RegExp {
  return new RegExp(`<definedName name="${name}">[^<]*</definedName>`);
}

function setRefersTo(xml: string, name: string, refersTo: string): string {
  const pattern = nameElement(name);
  if (!pattern.test(xml)) throw new Error(`no name ${name} to patch`);
  return xml.replace(pattern, `<definedName name="${name}">${refersTo}</definedName>`);
}

function addNameElement(xml: string, element: string): string {
  return xml.replace('</definedNames>', `${element}</definedNames>`);
}

/** Row of a name's one cell on 基础数据 in the sample layout, from the workbook exceljs built. */
function rowOf(workbook: Workbook, name: string): number {
  const ranges = workbook.definedNames.getRanges(name).ranges;
  const match = /\$(\d+)$/.exec(ranges[0] ?? '');
  if (!match) throw new Error(`cannot locate ${name}`);
  return Number(match[1]);
}

/**
 * A minimal OLE compound file (CFB v3, 512-byte sectors) holding the two streams of an Office
 * encrypted package: EncryptionInfo (agile, version 4.4) and EncryptedPackage. This is what an
 * .xlsx saved with a password looks like from the outside; the payload is not a real cipher text.
 */
function encryptedPackageCfb(): Buffer {
  const SECTOR = 512;
  const STREAM_SECTORS = 8; // 4096 bytes each: at the mini-stream cutoff, so regular sectors hold them
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const FATSECT = 0xfffffffd;
  const NOSTREAM = 0xffffffff;
  const infoStart = 2;
  const packageStart = infoStart + STREAM_SECTORS;
  const totalSectors = packageStart + STREAM_SECTORS;

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 2^9 = 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // directory starts at sector 1
  header.writeUInt32LE(0x1000, 56); // mini-stream cutoff
  header.writeUInt32LE(END, 60); // no mini FAT
  header.writeUInt32LE(END, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i += 1) header.writeUInt32LE(FREE, 76 + 4 * i);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(END, 4);
  for (const start of [infoStart, packageStart]) {
    for (let s = start; s < start + STREAM_SECTORS; s += 1) {
      fat.writeUInt32LE(s === start + STREAM_SECTORS - 1 ? END : s + 1, 4 * s);
    }
  }

  const directory = Buffer.alloc(SECTOR);
  const entry = (
    index: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ): void => {
    const at = index * 128;
    directory.write(`${name}\0`, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67); // black
    directory.writeUInt32LE(NOSTREAM, at + 68);
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(start, at + 116);
    directory.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, 1, NOSTREAM, END, 0);
  // Siblings are ordered by name length first: EncryptionInfo (14) < EncryptedPackage (16).
  entry(1, 'EncryptionInfo', 2, NOSTREAM, 2, infoStart, STREAM_SECTORS * SECTOR);
  entry(2, 'EncryptedPackage', 2, NOSTREAM, NOSTREAM, packageStart, STREAM_SECTORS * SECTOR);
  // The fourth slot is unused: no siblings, no child.
  for (const offset of [68, 72, 76]) directory.writeUInt32LE(NOSTREAM, 3 * 128 + offset);

  const info = Buffer.alloc(STREAM_SECTORS * SECTOR);
  info.writeUInt16LE(4, 0); // agile encryption: version 4.4
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  info.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
      '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
      'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
      '<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" ' +
      'cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
      '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
      '<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" ' +
      'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/>' +
      '</keyEncryptor></keyEncryptors></encryption>',
    8,
    'utf8',
  );
  const encrypted = Buffer.alloc(STREAM_SECTORS * SECTOR);
  encrypted.writeBigUInt64LE(BigInt(STREAM_SECTORS * SECTOR - 8), 0);
  // A deterministic stand-in for cipher text.
  for (let i = 8; i < encrypted.length; i += 1) encrypted[i] = (i * 131 + 17) & 0xff;

  const file = Buffer.concat([
    header,
    fat,
    directory,
    Buffer.alloc(SECTOR * (infoStart - 2)),
    info,
    encrypted,
  ]);
  if (file.length !== SECTOR * (totalSectors + 1)) throw new Error('CFB layout error');
  return file;
}

const PROTECTION_SALT = Buffer.from('perf-eval-corpus').toString('base64');
const SPIN_COUNT = 100_000;

/** Excel's sheet-protection password hash (SHA-512, salted, spun), as exceljs computes it. */
function excelPasswordHash(password: string, saltBase64: string, spinCount: number): string {
  let hash = createHash('sha512')
    .update(Buffer.concat([Buffer.from(saltBase64, 'base64'), Buffer.from(password, 'utf16le')]))
    .digest();
  const counter = Buffer.alloc(4);
  for (let i = 0; i < spinCount; i += 1) {
    counter.writeUInt32LE(i, 0);
    hash = createHash('sha512')
      .update(Buffer.concat([hash, counter]))
      .digest();
  }
  return hash.toString('base64');
}

/** An old binary .xls seen from the outside: the OLE signature and header, then padding. */
function oleXls(): Buffer {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x003e, 24);
  bytes.writeUInt16LE(0x0003, 26);
  bytes.writeUInt16LE(0xfffe, 28);
  bytes.writeUInt16LE(9, 30);
  bytes.writeUInt16LE(6, 32);
  return bytes;
}

async function main(): Promise<void> {
  const root = projectRoot(__dirname);
  const sample = await readSampleData(root);
  const outDir = path.resolve(process.argv[2] ?? path.join(root, 'tests/fixtures/corpus'));
  await fs.mkdir(outDir, { recursive: true });

  const build = (
    overrides: Record<string, DepartmentCellContent> = {},
    options: { omitNames?: string[]; twoCellNames?: string[] } = {},
  ): Workbook =>
    buildDepartmentWorkbook({ ...sample.inputs, ...overrides }, sample.functional, {
      ...SAMPLE_OPTIONS,
      ...options,
    });
  const bytesOf = (workbook: Workbook): Promise<Buffer> => departmentWorkbookBytes(workbook, ZIP_DATE);

  const cases: CorpusCase[] = [];
  const add = async (c: CorpusCase, bytes: Buffer): Promise<void> => {
    await fs.writeFile(path.join(outDir, c.file), bytes);
    cases.push(c);
  };
  const incomplete = { complete: false, grade: null };

  // ---- spec §5: every input problem -------------------------------------------------------
  await add(
    {
      file: 'missing-name.xlsx',
      about: 'PE_ProcurementPlan is not defined',
      exitCode: 3,
      messages: ['“政府采购计划金额”（PE_ProcurementPlan）在工作簿中不存在（请定义此名称）'],
      result: incomplete,
      indicators: { procurement_rate: { status: 'error', score: null } },
    },
    await bytesOf(build({}, { omitNames: ['PE_ProcurementPlan'] })),
  );
  await add(
    {
      file: 'ref-name.xlsx',
      about: 'PE_Expenditure refers to #REF! (its row was deleted)',
      exitCode: 3,
      messages: ['“本年实际支出数”（PE_Expenditure）指向无效引用（#REF!），不是单元格区域'],
      result: incomplete,
      indicators: { budget_expenditure_rate: { status: 'error', score: null } },
    },
    await patchWorkbookXml(await bytesOf(build()), (xml) => setRefersTo(xml, 'PE_Expenditure', '#REF!')),
  );
  await add(
    {
      file: 'two-cell-name.xlsx',
      about: 'PE_BudgetAdjusted refers to two cells',
      exitCode: 3,
      messages: ['PE_BudgetAdjusted，基础数据!C7:D7）指向多个单元格，此项应为单个单元格'],
      result: incomplete,
      indicators: { budget_control_rate: { status: 'error', score: null } },
    },
    await bytesOf(build({}, { twoCellNames: ['PE_BudgetAdjusted'] })),
  );
  const cellCase = async (
    file: string,
    about: string,
    name: string,
    content: DepartmentCellContent,
    messages: string[],
    indicators: CorpusCase['indicators'],
    exitCode: 0 | 3 = 3,
  ): Promise<void> =>
    add(
      { file, about, exitCode, messages, result: exitCode === 3 ? incomplete : undefined, indicators },
      await bytesOf(build({ [name]: content })),
    );

  await cellCase(
    'empty-cell.xlsx',
    'PE_StockFundsEnd is empty',
    'PE_StockFundsEnd',
    null,
    ['“本年末财政存量资金”（PE_StockFundsEnd，基础数据!C18）为空'],
    { stock_funds_change: { status: 'error' } },
  );
  await cellCase(
    'div0-cell.xlsx',
    'PE_PublicFundsActual holds #DIV/0!',
    'PE_PublicFundsActual',
    { error: '#DIV/0!' },
    ['“公用经费实际支出数”（PE_PublicFundsActual，基础数据!C16）为错误值 #DIV/0!'],
    { public_funds_control: { status: 'error' } },
  );
  await cellCase(
    'na-cell.xlsx',
    'PE_ThreePublicActual holds #N/A',
    'PE_ThreePublicActual',
    { error: '#N/A' },
    ['（PE_ThreePublicActual，基础数据!C13）为错误值 #N/A'],
    { three_public_control: { status: 'error' } },
  );
  await cellCase(
    'text-cell.xlsx',
    'PE_AssetsFixed holds text',
    'PE_AssetsFixed',
    '待补充',
    ['“固定资产”（PE_AssetsFixed，基础数据!C26）为文本“待补充”，不是数字'],
    { fixed_asset_utilization: { status: 'error' } },
  );
  await cellCase(
    'number-as-text.xlsx',
    'PE_BudgetInitial is " 624.04 " stored as text: a warning, still scored',
    'PE_BudgetInitial',
    ' 624.04 ',
    ['（PE_BudgetInitial，基础数据!C6）为以文本形式存储的数字', '已按数字读取'],
    { budget_control_rate: { value: 9.24, score: 4 } },
    0,
  );
  await cellCase(
    'negative-money.xlsx',
    'PE_Expenditure is negative',
    'PE_Expenditure',
    -5,
    ['“本年实际支出数”（PE_Expenditure，基础数据!C9）为负数 −5，金额和数量不能为负'],
    { budget_expenditure_rate: { status: 'error' } },
  );
  await cellCase(
    'fractional-count.xlsx',
    'PE_StaffActual is 29.5',
    'PE_StaffActual',
    29.5,
    ['（PE_StaffActual，基础数据!C32）为 29.5，人数和个数应为整数'],
    { staff_control_rate: { status: 'error' } },
  );
  await cellCase(
    'zero-denominator.xlsx',
    'PE_ProcurementPlan is 0',
    'PE_ProcurementPlan',
    0,
    ['“政府采购计划金额”（PE_ProcurementPlan，基础数据!C21）为0，分母为零'],
    { procurement_rate: { status: 'error', value: null } },
  );
  await cellCase(
    'satisfaction-1.5.xlsx',
    'PE_Satisfaction is 1.5',
    'PE_Satisfaction',
    1.5,
    ['（PE_Satisfaction，基础数据!C48）为 1.5，超出允许范围 0–1'],
    { satisfaction: { status: 'error' } },
  );
  await cellCase(
    'manual-above-weight.xlsx',
    'PE_Score_AssetSafety is 3, its weight is 2',
    'PE_Score_AssetSafety',
    3,
    ['（PE_Score_AssetSafety，人工评分!B6）为 3，超出允许范围 0–2'],
    { asset_safety: { status: 'error' } },
  );

  // ---- where names point -------------------------------------------------------------------
  {
    const wb = build();
    wb.getWorksheet('人工评分')!.state = 'hidden';
    await add(
      {
        file: 'hidden-sheet.xlsx',
        about: 'the manual scores sit on a hidden sheet: read like any other (hidden is not absent)',
        exitCode: 0,
        messages: [],
        result: { total: 96.9, grade: '优', complete: true },
        indicators: { asset_safety: { status: 'manual', score: 2 } },
      },
      await bytesOf(wb),
    );
  }
  {
    const wb = build();
    const row = rowOf(wb, 'PE_Expenditure');
    wb.getWorksheet('基础数据')!.mergeCells(`C${row}:D${row}`);
    await add(
      {
        file: 'merged-two-cell-name.xlsx',
        about: 'PE_Expenditure names a merged C:D area: still two cells',
        exitCode: 3,
        messages: [`（PE_Expenditure，基础数据!C${row}:D${row}）指向多个单元格，此项应为单个单元格`],
        result: incomplete,
        indicators: { budget_expenditure_rate: { status: 'error' } },
      },
      await patchWorkbookXml(await bytesOf(wb), (xml) =>
        setRefersTo(xml, 'PE_Expenditure', `&apos;基础数据&apos;!$C$${row}:$D$${row}`),
      ),
    );
    const topLeft = build();
    topLeft.getWorksheet('基础数据')!.mergeCells(`C${row}:D${row}`);
    await add(
      {
        file: 'merged-top-left-name.xlsx',
        about: 'PE_Expenditure names the top-left cell of a merge: read normally',
        exitCode: 0,
        messages: [],
        result: { total: 96.9, grade: '优', complete: true },
        indicators: { budget_expenditure_rate: { value: 98.6, score: 5.92 } },
      },
      await bytesOf(topLeft),
    );
  }
  await add(
    {
      file: 'whole-column-name.xlsx',
      about: 'PE_BudgetInitial names 基础数据!$C:$C',
      exitCode: 3,
      messages: ['（PE_BudgetInitial，基础数据!C:C）', '指向多个单元格，此项应为单个单元格'],
      result: incomplete,
      indicators: { budget_control_rate: { status: 'error' } },
    },
    await patchWorkbookXml(await bytesOf(build()), (xml) =>
      setRefersTo(xml, 'PE_BudgetInitial', '基础数据!$C:$C'),
    ),
  );
  await add(
    {
      file: 'sheet-scoped-shadow.xlsx',
      about:
        'a sheet-scoped PE_Expenditure on 人工评分 (pointing at 5) shadows the workbook name there; the workbook name is used',
      exitCode: 0,
      messages: [],
      result: { total: 96.9, grade: '优', complete: true },
      indicators: { budget_expenditure_rate: { value: 98.6, score: 5.92 } },
    },
    await patchWorkbookXml(await bytesOf(build()), (xml) =>
      addNameElement(
        xml,
        '<definedName name="PE_Expenditure" localSheetId="2">&apos;人工评分&apos;!$C$2</definedName>',
      ),
    ),
  );
  await add(
    {
      file: 'sheet-scoped-only.xlsx',
      about: 'PE_Expenditure exists only as a name scoped to 基础数据',
      exitCode: 3,
      messages: ['“本年实际支出数”（PE_Expenditure）只在工作表“基础数据”内定义，工作簿级名称不存在'],
      result: incomplete,
      indicators: { budget_expenditure_rate: { status: 'error' } },
    },
    await patchWorkbookXml(await bytesOf(build()), (xml) =>
      xml.replace(
        nameElement('PE_Expenditure'),
        '<definedName name="PE_Expenditure" localSheetId="0">&apos;基础数据&apos;!$C$9</definedName>',
      ),
    ),
  );

  // ---- size --------------------------------------------------------------------------------
  {
    const wb = build();
    const ledger = wb.addWorksheet('支出明细');
    ledger.addRow(['凭证号', '科目', '金额']);
    for (let i = 1; i <= 20_000; i += 1) ledger.addRow([i, `科目${i % 37}`, (i % 997) + 0.25]);
    await add(
      {
        file: 'large-other-sheet.xlsx',
        about: '20,000 rows of other data on another sheet: evaluates normally',
        exitCode: 0,
        messages: [],
        result: { total: 96.9, grade: '优', complete: true },
      },
      await bytesOf(wb),
    );
  }

  // ---- files that are not readable workbooks ----------------------------------------------
  const cannotRead = async (file: string, about: string, messages: string[], bytes: Buffer): Promise<void> =>
    add({ file, about, exitCode: 2, messages }, bytes);
  await cannotRead(
    'csv-renamed.xlsx',
    'a CSV file renamed .xlsx',
    ['不是 Excel 工作簿（.xlsx）', '请在 Excel 中另存为 .xlsx 后再试'],
    Buffer.from('名称,数值\nPE_BudgetInitial,624.04\nPE_BudgetAdjusted,681.72\n', 'utf8'),
  );
  await cannotRead(
    'xls-renamed.xlsx',
    'an old binary .xls (OLE header and padding) renamed .xlsx',
    ['文件受密码保护或是旧版 .xls 格式'],
    oleXls(),
  );
  await cannotRead(
    'password-protected.xlsx',
    'an encrypted package (OLE with EncryptionInfo/EncryptedPackage), as Excel saves a workbook with a password',
    ['文件受密码保护或是旧版 .xls 格式', '请去掉密码或另存为 .xlsx 后再试'],
    encryptedPackageCfb(),
  );
  {
    const whole = await bytesOf(build());
    await cannotRead(
      'truncated.xlsx',
      'the first half of a real workbook',
      ['文件已损坏或不完整，无法读取'],
      whole.subarray(0, Math.floor(whole.length / 2)),
    );
  }

  // ---- the evaluation sheet already exists ------------------------------------------------
  {
    const wb = build();
    const foreign = wb.addWorksheet('绩效自评');
    foreign.getCell('A1').value = '本单位自行编制的绩效自评表';
    foreign.getCell('B3').value = 88;
    const bytes = await bytesOf(wb);
    await add(
      {
        file: 'foreign-sheet.xlsx',
        about: 'a 绩效自评 sheet the add-in did not create: refused, nothing written',
        exitCode: 2,
        messages: ['工作簿中已有名为“绩效自评”的工作表，且不是本程序生成的', '或用 --force 覆盖'],
      },
      bytes,
    );
    cases.push({
      file: 'foreign-sheet.xlsx',
      about: 'the same file with --force: the foreign sheet is replaced in the output file',
      args: ['--force'],
      exitCode: 0,
      messages: [],
      result: { total: 96.9, grade: '优', complete: true },
      outputSheet: { owned: true, protected: false },
    });
  }
  {
    // Our own sheet, then protected by the clerk: evaluate once, protect, save.
    const scratch = path.join(outDir, '.protected-scratch.xlsx');
    await fs.writeFile(scratch, await bytesOf(build()));
    try {
      const port = await openXlsxWorkbook(scratch);
      await runEvaluationFlow(port, { now: EVAL_NOW });
      const evaluated = await port.toBuffer();
      const wb = new Workbook();
      await wb.xlsx.load(
        evaluated.buffer.slice(
          evaluated.byteOffset,
          evaluated.byteOffset + evaluated.byteLength,
        ) as ArrayBuffer,
      );
      const sheet = wb.getWorksheet('绩效自评')!;
      await sheet.protect('pw', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        spinCount: SPIN_COUNT,
      });
      // exceljs salts with random bytes; a fixed salt keeps the file reproducible.
      const protection = (sheet as typeof sheet & { sheetProtection: Record<string, unknown> })
        .sheetProtection;
      protection.saltValue = PROTECTION_SALT;
      protection.hashValue = excelPasswordHash('pw', PROTECTION_SALT, SPIN_COUNT);
      await add(
        {
          file: 'protected-own-sheet.xlsx',
          about:
            'our own 绩效自评 sheet, protected with a password: rewritten in the output file, which then holds an unprotected sheet (the input keeps its protection)',
          exitCode: 0,
          messages: [],
          result: { total: 96.9, grade: '优', complete: true },
          outputSheet: { owned: true, protected: false },
        },
        await bytesOf(wb),
      );
    } finally {
      await fs.rm(scratch, { force: true });
    }
  }

  await fs.writeFile(path.join(outDir, 'cases.json'), `${JSON.stringify(cases, null, 2)}\n`);
  console.log(`wrote ${cases.length} cases to ${path.relative(process.cwd(), outDir) || outDir}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
