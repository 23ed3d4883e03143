/**
 * A large, realistic department workbook for the reader benchmark: the sample's three small sheets
 * with the names (基础数据, 功能分类, 人工评分), followed by an expenditure ledger of the kind a
 * budget office keeps beside them (支出明细: tens of thousands of rows, a merged group heading every
 * ten rows, shared strings, numbers with decimals). Built with fflate from the sample's parts, as
 * Excel lays them out: strings shared in order of first use, so the names' strings come first.
 */
import * as fs from 'fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { rng } from './rng';

export interface LargeWorkbookFigures {
  bytes: number;
  rows: number;
  merges: number;
}

const SUBJECTS = [
  '一般公共服务支出',
  '公共安全支出',
  '教育支出',
  '科学技术支出',
  '文化旅游体育与传媒支出',
  '社会保障和就业支出',
  '卫生健康支出',
  '节能环保支出',
  '城乡社区支出',
  '农林水支出',
  '交通运输支出',
  '住房保障支出',
];
const ITEMS = [
  '办公费',
  '印刷费',
  '水电费',
  '邮电费',
  '差旅费',
  '维修（护）费',
  '会议费',
  '培训费',
  '公务接待费',
  '劳务费',
  '委托业务费',
  '工会经费',
  '福利费',
  '公务用车运行维护费',
  '其他商品和服务支出',
];
const COLUMNS = 'ABCDEFGHIJKL';

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Writes the workbook to `file` and says what it holds. */
export function writeLargeWorkbook(
  samplePath: string,
  file: string,
  dataRows = 70_000,
): LargeWorkbookFigures {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(samplePath)));
  const text = (name: string): string => strFromU8(parts[name]);

  // Shared strings: the sample's, then the ledger's (projects, subjects, items, units).
  const sst = text('xl/sharedStrings.xml');
  const existing = (sst.match(/<si>/g) ?? []).length;
  const added: string[] = [];
  const index = new Map<string, number>();
  const shared = (value: string): number => {
    let i = index.get(value);
    if (i === undefined) {
      i = existing + added.length;
      added.push(value);
      index.set(value, i);
    }
    return i;
  };
  const next = rng(5000);
  const rows: string[] = [];
  const merges: string[] = [];
  const header = [
    '序号',
    '功能科目编码',
    '功能科目名称',
    '经济科目',
    '项目名称',
    '资金来源',
    '年初预算数',
    '调整预算数',
    '本年支出数',
    '结余',
    '执行率',
    '备注',
  ];
  rows.push(
    `<row r="1">${header.map((h, c) => `<c r="${COLUMNS[c]}1" t="s"><v>${shared(h)}</v></c>`).join('')}</row>`,
  );
  let r = 2;
  let serial = 1;
  while (r < dataRows + 2) {
    if ((r - 2) % 11 === 0) {
      // A group heading over the whole width, as ledgers print one per project.
      const project = `${SUBJECTS[Math.floor(next() * SUBJECTS.length)]}·第${Math.floor(next() * 3000) + 1}号项目`;
      rows.push(`<row r="${r}"><c r="A${r}" t="s"><v>${shared(project)}</v></c></row>`);
      merges.push(`A${r}:L${r}`);
      r += 1;
      continue;
    }
    const budget = 1 + next() * 500;
    const adjusted = budget * (0.9 + next() * 0.2);
    const spent = adjusted * (0.6 + next() * 0.4);
    const subject = Math.floor(next() * SUBJECTS.length);
    const cells = [
      `<c r="A${r}"><v>${serial}</v></c>`,
      `<c r="B${r}"><v>${201 + subject}${String(Math.floor(next() * 99)).padStart(2, '0')}${String(Math.floor(next() * 99)).padStart(2, '0')}</v></c>`,
      `<c r="C${r}" t="s"><v>${shared(SUBJECTS[subject])}</v></c>`,
      `<c r="D${r}" t="s"><v>${shared(ITEMS[Math.floor(next() * ITEMS.length)])}</v></c>`,
      `<c r="E${r}" t="s"><v>${shared(`项目${Math.floor(next() * 4000) + 1}`)}</v></c>`,
      `<c r="F${r}" t="s"><v>${shared(next() < 0.7 ? '一般公共预算' : '政府性基金预算')}</v></c>`,
      `<c r="G${r}"><v>${budget.toFixed(2)}</v></c>`,
      `<c r="H${r}"><v>${adjusted.toFixed(2)}</v></c>`,
      `<c r="I${r}"><v>${spent.toFixed(2)}</v></c>`,
      `<c r="J${r}"><f>H${r}-I${r}</f><v>${(adjusted - spent).toFixed(2)}</v></c>`,
      `<c r="K${r}"><f>IF(H${r}=0,0,I${r}/H${r})</f><v>${(spent / adjusted).toFixed(6)}</v></c>`,
      next() < 0.2 ? `<c r="L${r}" t="inlineStr"><is><t>${escapeText('据实列支')}</t></is></c>` : '',
    ];
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
    r += 1;
    serial += 1;
  }
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:L${r - 1}"/><sheetData>${rows.join('')}</sheetData>` +
    `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` +
    '</worksheet>';

  const total = existing + added.length;
  parts['xl/sharedStrings.xml'] = strToU8(
    sst
      .replace(/uniqueCount="\d+"/, `uniqueCount="${total}"`)
      .replace(/ count="\d+"/, ` count="${total}"`)
      .replace('</sst>', `${added.map((s) => `<si><t>${escapeText(s)}</t></si>`).join('')}</sst>`),
  );
  parts['xl/worksheets/sheet4.xml'] = strToU8(sheet);
  parts['xl/workbook.xml'] = strToU8(
    text('xl/workbook.xml').replace(
      '</sheets>',
      '<sheet sheetId="4" name="支出明细" r:id="rId99"/></sheets>',
    ),
  );
  parts['xl/_rels/workbook.xml.rels'] = strToU8(
    text('xl/_rels/workbook.xml.rels').replace(
      '</Relationships>',
      '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet4.xml"/></Relationships>',
    ),
  );
  parts['[Content_Types].xml'] = strToU8(
    text('[Content_Types].xml').replace(
      '</Types>',
      '<Override PartName="/xl/worksheets/sheet4.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
  );
  const zipped = zipSync(parts, { level: 6 });
  fs.writeFileSync(file, zipped);
  return { bytes: zipped.length, rows: r - 1, merges: merges.length };
}
