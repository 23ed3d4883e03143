/**
 * A real workbook with a sheet of our names added, built by patching its package (a new
 * worksheet part, its relationship, a `<sheet>` entry, workbook-scoped `PE_…` names and a
 * content-type override), so that nothing else in the file changes. A full load and save through a
 * spreadsheet library would rewrite every part, and hangs or throws on some of these files.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import type { SampleData } from './sample';

const TRANSITIONAL_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const TRANSITIONAL_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_RELS = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface WithOurNames {
  bytes: Uint8Array;
  /** The added sheet's name. */
  sheetName: string;
  /** The workbook's own sheets, in order, as named in workbook.xml. */
  originalSheets: string[];
}

/** Why a file cannot be given our names (it is not a package this builder can open). */
export class NotPatchable extends Error {}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function unesc(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

function partName(files: Unzipped, wanted: string): string | undefined {
  const lower = wanted.toLowerCase();
  return Object.keys(files).find((n) => n.toLowerCase() === lower);
}

function dirOf(part: string): string {
  const at = part.lastIndexOf('/');
  return at < 0 ? '' : part.slice(0, at + 1);
}

function relsOf(part: string): string {
  const at = part.lastIndexOf('/');
  return `${part.slice(0, at + 1)}_rels/${part.slice(at + 1)}.rels`;
}

/** Column letters of a 0-based index. */
function col(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function cell(ref: string, value: number | string): string {
  return typeof value === 'number'
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${esc(value)}</t></is></c>`;
}

/** The figures sheet: name in A, value in B; the functional table from D1 (4 columns). */
function figuresSheet(sample: SampleData, mainNs: string): { xml: string; refs: Map<string, string> } {
  const refs = new Map<string, string>();
  const rows = new Map<number, string[]>();
  const put = (r: number, xml: string): void => {
    rows.set(r, [...(rows.get(r) ?? []), xml]);
  };
  Object.entries(sample.inputs).forEach(([name, value], i) => {
    const r = i + 1;
    put(r, cell(`A${r}`, name));
    put(r, cell(`B${r}`, value));
    refs.set(name, `$B$${r}`);
  });
  sample.functional.forEach((row, i) => {
    row.forEach((value, c) => put(i + 1, cell(`${col(3 + c)}${i + 1}`, value)));
  });
  refs.set('PE_FunctionalTable', `$D$1:$G$${sample.functional.length}`);
  const sheetData = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, cells]) => `<row r="${r}">${cells.join('')}</row>`)
    .join('');
  return {
    xml:
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${mainNs}"><sheetData>${sheetData}</sheetData></worksheet>`,
    refs,
  };
}

/** Quotes a sheet name for a formula when Excel would (anything but letters, digits, _ and .). */
function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function withOurNames(original: Uint8Array, sample: SampleData): WithOurNames {
  let files: Unzipped;
  try {
    files = unzipSync(original);
  } catch (e) {
    throw new NotPatchable(
      `not a zip archive fflate can read (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  const rootRels = partName(files, '_rels/.rels');
  const officeDocument = rootRels
    ? /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(strFromU8(files[rootRels]))?.[0]
    : undefined;
  const target = officeDocument && /Target="([^"]+)"/.exec(officeDocument)?.[1];
  const workbookPart = partName(files, target ? target.replace(/^\//, '') : 'xl/workbook.xml');
  if (!workbookPart) throw new NotPatchable('no workbook part');
  const workbookRelsPart = partName(files, relsOf(workbookPart));
  const typesPart = partName(files, '[Content_Types].xml');
  if (!workbookRelsPart || !typesPart) throw new NotPatchable('no workbook relationships or content types');

  let workbook = strFromU8(files[workbookPart]);
  let rels = strFromU8(files[workbookRelsPart]);
  let types = strFromU8(files[typesPart]);
  const root = /<(?:([\w.-]+):)?workbook\b[^>]*>/.exec(workbook);
  if (!root) throw new NotPatchable('workbook.xml has no <workbook> element');
  const prefix = root[1] ? `${root[1]}:` : '';
  const mainNs =
    new RegExp(`xmlns${root[1] ? `:${root[1]}` : ''}="([^"]+)"`).exec(root[0])?.[1] ?? TRANSITIONAL_MAIN;
  const strict = mainNs.includes('purl.oclc.org');
  const relsNs = strict ? STRICT_RELS : TRANSITIONAL_RELS;
  // Only a declaration on the root is in scope for a new <sheet> (some writers declare r on each).
  const rPrefix = new RegExp(`xmlns:([\\w.-]+)="${relsNs.replace(/[./]/g, '\\$&')}"`).exec(root[0])?.[1];

  const originalSheets = [...workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((m) =>
    unesc(m[1]),
  );
  let sheetName = '评价数据';
  for (let n = 2; originalSheets.some((s) => s.toUpperCase() === sheetName.toUpperCase()); n += 1)
    sheetName = `评价数据${n}`;

  const { xml, refs } = figuresSheet(sample, mainNs);
  // Named like Excel's own worksheet parts, the first number not in use.
  let n = 1;
  while (partName(files, `xl/worksheets/sheet${n}.xml`)) n += 1;
  const sheetPart = `xl/worksheets/sheet${n}.xml`;
  files[sheetPart] = strToU8(xml);

  const usedIds = new Set([...rels.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let relId = 'rIdPE1';
  for (let i = 2; usedIds.has(relId); i += 1) relId = `rIdPE${i}`;
  const relTarget = sheetPart.startsWith(dirOf(workbookPart))
    ? sheetPart.slice(dirOf(workbookPart).length)
    : `/${sheetPart}`;
  rels = rels.replace(
    /<\/(?:[\w.-]+:)?Relationships\s*>/,
    (close) => `<Relationship Id="${relId}" Type="${relsNs}/worksheet" Target="${relTarget}"/>${close}`,
  );
  types = types.replace(
    /<\/(?:[\w.-]+:)?Types\s*>/,
    (close) => `<Override PartName="/${sheetPart}" ContentType="${WORKSHEET_CONTENT}"/>${close}`,
  );

  const sheetIds = [...workbook.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) =>
    Number(m[1]),
  );
  const sheetId = Math.max(0, ...sheetIds) + 1;
  const idAttribute = rPrefix ? `${rPrefix}:id="${relId}"` : `r:id="${relId}" xmlns:r="${relsNs}"`;
  const entry = `<${prefix}sheet name="${esc(sheetName)}" sheetId="${sheetId}" ${idAttribute}/>`;
  const sheetsClose = new RegExp(`</${prefix}sheets\\s*>`).exec(workbook);
  if (!sheetsClose) throw new NotPatchable('workbook.xml has no <sheets> list');
  workbook = workbook.slice(0, sheetsClose.index) + entry + workbook.slice(sheetsClose.index);

  const quoted = quoteSheet(sheetName);
  const names = [...refs.entries()]
    .map(
      ([name, ref]) =>
        `<${prefix}definedName name="${name}">${esc(`${quoted}!${ref}`)}</${prefix}definedName>`,
    )
    .join('');
  const definedClose = new RegExp(`</${prefix}definedNames\\s*>`).exec(workbook);
  if (definedClose) {
    workbook = workbook.slice(0, definedClose.index) + names + workbook.slice(definedClose.index);
  } else {
    const emptyDefined = new RegExp(`<${prefix}definedNames\\s*/>`).exec(workbook);
    if (emptyDefined) {
      workbook =
        workbook.slice(0, emptyDefined.index) +
        `<${prefix}definedNames>${names}</${prefix}definedNames>` +
        workbook.slice(emptyDefined.index + emptyDefined[0].length);
    } else {
      // The schema's order: sheets, functionGroups, externalReferences, definedNames, calcPr …
      let at = -1;
      for (const before of ['sheets', 'functionGroups', 'externalReferences']) {
        const close = new RegExp(`</${prefix}${before}\\s*>|<${prefix}${before}\\b[^>]*/>`).exec(workbook);
        if (close) at = Math.max(at, close.index + close[0].length);
      }
      workbook =
        workbook.slice(0, at) +
        `<${prefix}definedNames>${names}</${prefix}definedNames>` +
        workbook.slice(at);
    }
  }
  files[workbookPart] = strToU8(workbook);
  files[workbookRelsPart] = strToU8(rels);
  files[typesPart] = strToU8(types);
  return { bytes: zipSync(files, { level: 6 }), sheetName, originalSheets };
}
