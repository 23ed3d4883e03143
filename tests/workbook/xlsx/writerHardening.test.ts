/**
 * The package writer on its own output and on what Excel leaves in a sheet: styles are reused
 * rather than appended again, the parts a replaced sheet alone used go with it, sheet names are
 * checked the Excel way, and the writer's modules use no Node-only API.
 */
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runEvaluationFlow } from '../../../src/workbook/flow';
import { SheetNameError } from '../../../src/workbook/sheetName';
import { OWNER_MARK, type SheetModel } from '../../../src/workbook/sheetModel';
import { openXlsxWorkbook } from '../../../src/workbook/xlsx';
import { writePackage } from '../../../src/workbook/xlsx/packageWriter';
import { xmlProblem } from '../../support/wellFormed';
import { REPO_ROOT, makeTempDir, writeDepartment } from './helpers';

jest.setTimeout(120_000);

const SHEET = '绩效自评';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
type Files = Record<string, Uint8Array>;

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function evaluateFile(input: string, output: string): Promise<void> {
  const workbook = await openXlsxWorkbook(input);
  const result = await runEvaluationFlow(workbook, { inputsSheetName: '输入数据' });
  expect(result.outcome.written).toBe(true);
  expect(result.evaluation.total.toFixed(2)).toBe('96.90');
  await workbook.save(output);
}

async function unzipFile(file: string): Promise<Files> {
  return unzipSync(new Uint8Array(await fs.readFile(file)));
}

const text = (files: Files, part: string): string => {
  const bytes = files[part];
  if (!bytes) throw new Error(`no part ${part}`);
  return strFromU8(bytes);
};

/** The worksheet part of a sheet, through workbook.xml and its relationships. */
function sheetPart(files: Files, name: string): string {
  const workbook = text(files, 'xl/workbook.xml');
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${name}"`));
  const id = tag && /r:id="([^"]+)"/.exec(tag)?.[1];
  const rels = text(files, 'xl/_rels/workbook.xml.rels');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`Id="${id}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`no part for sheet ${name}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function relsOf(part: string): string {
  const at = part.lastIndexOf('/');
  return `${part.slice(0, at)}/_rels/${part.slice(at + 1)}.rels`;
}

/** Every XML part parses; every override names a part that exists; every internal target exists. */
function expectConsistentPackage(files: Files): void {
  for (const [name, bytes] of Object.entries(files)) {
    if (/\.(xml|rels|vml)$/i.test(name))
      expect({ name, problem: xmlProblem(strFromU8(bytes)) }).toEqual({ name, problem: undefined });
  }
  const types = text(files, '[Content_Types].xml');
  for (const m of types.matchAll(/PartName="\/([^"]+)"/g))
    expect({ override: m[1], exists: m[1] in files }).toEqual({ override: m[1], exists: true });
  for (const name of Object.keys(files).filter((n) => n.endsWith('.rels'))) {
    // xl/worksheets/_rels/sheet1.xml.rels → targets relative to xl/worksheets/
    const folder = name.replace(/_rels\/[^/]*\.rels$/, '');
    for (const tag of text(files, name).matchAll(/<Relationship\b[^>]*>/g)) {
      if (tag[0].includes('TargetMode="External"')) continue;
      const target = /Target="([^"]+)"/.exec(tag[0])?.[1] ?? '';
      const resolved = path.posix.normalize(target.startsWith('/') ? target.slice(1) : folder + target);
      expect({ from: name, target: resolved, exists: resolved in files }).toEqual({
        from: name,
        target: resolved,
        exists: true,
      });
    }
  }
}

describe('styles on re-evaluation', () => {
  it('styles.xml does not grow over 20 re-evaluations of the previous output', async () => {
    let current = await writeDepartment(dir, 'styles-0.xlsx');
    const sizes: number[] = [];
    const cellXfs: string[] = [];
    for (let round = 1; round <= 21; round += 1) {
      const next = path.join(dir, `styles-${round}.xlsx`);
      await evaluateFile(current, next);
      const styles = text(await unzipFile(next), 'xl/styles.xml');
      sizes.push(styles.length);
      cellXfs.push(/<cellXfs count="(\d+)"/.exec(styles)?.[1] ?? '?');
      current = next;
    }
    // The first evaluation adds the formats the sheets need; the next twenty find them there.
    expect(new Set(sizes.slice(1)).size).toBe(1);
    expect(new Set(cellXfs).size).toBe(1);
    expect(sizes[0]).toBeGreaterThan(0);
  });

  it('reuses an entry spelled differently (attribute order, prefixes, true for 1)', async () => {
    const input = await writeDepartment(dir, 'respelled.xlsx');
    const once = path.join(dir, 'respelled-1.xlsx');
    await evaluateFile(input, once);
    const files = await unzipFile(once);
    const styles = text(files, 'xl/styles.xml');
    // Rewrite every cell format the way another writer might: attributes reversed, "true".
    const respelled = styles.replace(/<xf ([^>]*?)(\/?)>/g, (_m, attrs: string, slash: string) => {
      const list = attrs
        .trim()
        .split(/\s+(?=[\w:]+=")/)
        .reverse()
        .join(' ')
        .replace(/="1"/g, '="true"');
      return `<xf ${list}${slash}>`;
    });
    expect(respelled).not.toBe(styles);
    files['xl/styles.xml'] = strToU8(respelled);
    const patched = path.join(dir, 'respelled-patched.xlsx');
    await fs.writeFile(patched, zipSync(files));
    const twice = path.join(dir, 'respelled-2.xlsx');
    await evaluateFile(patched, twice);
    expect(text(await unzipFile(twice), 'xl/styles.xml')).toBe(respelled);
  });
});

const COMMENTS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>审核</author></authors><commentList><comment ref="B3" authorId="0"><text><r><t>请核对</t></r></text></comment></commentList></comments>`;
const VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>2</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`;
const TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="7" name="旧表" displayName="旧表" ref="A1:B3"><autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="项目"/><tableColumn id="2" name="值"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`;
const drawing = (imageRel: string): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}"><xdr:oneCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="95250" cy="95250"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="印章"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="${imageRel}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;
const imageRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/image" Target="../media/image1.png"/></Relationships>`;
/** A 1×1 PNG. */
const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAX+XDSwAAAABJRU5ErkJggg==',
    'base64',
  ),
);

/**
 * The output of one evaluation, with a comment, a table and a picture added to its 绩效自评 sheet
 * the way Excel stores them; the same picture is also on the 基础数据 sheet through a drawing of
 * its own, so the image is shared and must survive.
 */
async function workbookWithSheetParts(): Promise<{
  file: string;
  before: Files;
  evaluated: string;
  other: string;
}> {
  const input = await writeDepartment(dir, 'parts-0.xlsx');
  const first = path.join(dir, 'parts-1.xlsx');
  await evaluateFile(input, first);
  const files = await unzipFile(first);
  const evaluated = sheetPart(files, SHEET);
  const other = sheetPart(files, '基础数据');
  files['xl/comments1.xml'] = strToU8(COMMENTS);
  files['xl/drawings/vmlDrawing1.vml'] = strToU8(VML);
  files['xl/tables/table1.xml'] = strToU8(TABLE);
  files['xl/drawings/drawing1.xml'] = strToU8(drawing('rId1'));
  files['xl/drawings/_rels/drawing1.xml.rels'] = strToU8(imageRels);
  files['xl/drawings/drawing2.xml'] = strToU8(drawing('rId1'));
  files['xl/drawings/_rels/drawing2.xml.rels'] = strToU8(imageRels);
  files['xl/media/image1.png'] = PNG;
  files[relsOf(evaluated)] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL_NS}/comments" Target="../comments1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_NS}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
      `<Relationship Id="rId3" Type="${REL_NS}/table" Target="../tables/table1.xml"/>` +
      `<Relationship Id="rId4" Type="${REL_NS}/drawing" Target="../drawings/drawing1.xml"/>` +
      `<Relationship Id="rId5" Type="${REL_NS}/hyperlink" Target="https://example.invalid/" TargetMode="External"/>` +
      `</Relationships>`,
  );
  const otherRels = relsOf(other);
  expect(files[otherRels]).toBeUndefined();
  files[otherRels] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL_NS}/drawing" Target="../drawings/drawing2.xml"/></Relationships>`,
  );
  const sheetXml = text(files, evaluated).replace(
    /<pageMargins[^>]*\/>/,
    (m) =>
      `${m}<drawing r:id="rId4"/><legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts>`,
  );
  expect(sheetXml).toContain('<tableParts');
  files[evaluated] = strToU8(sheetXml);
  files[other] = strToU8(text(files, other).replace(/(<pageMargins[^>]*\/>)/, '$1<drawing r:id="rId1"/>'));
  const types = text(files, '[Content_Types].xml').replace(
    '</Types>',
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
      '<Default Extension="png" ContentType="image/png"/>' +
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
      '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>' +
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '<Override PartName="/xl/drawings/drawing2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
      '</Types>',
  );
  files['[Content_Types].xml'] = strToU8(types);
  expectConsistentPackage(files);
  const file = path.join(dir, 'parts-with-extras.xlsx');
  await fs.writeFile(file, zipSync(files));
  return { file, before: files, evaluated, other };
}

describe('a replaced sheet that had a comment, a table and a drawing', () => {
  let after: Files;
  let setup: Awaited<ReturnType<typeof workbookWithSheetParts>>;
  beforeAll(async () => {
    setup = await workbookWithSheetParts();
    const out = path.join(dir, 'parts-2.xlsx');
    await evaluateFile(setup.file, out);
    after = await unzipFile(out);
  });

  it('loses those parts, their relationships and their content-type overrides', () => {
    for (const part of [
      'xl/comments1.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/tables/table1.xml',
      'xl/drawings/drawing1.xml',
      'xl/drawings/_rels/drawing1.xml.rels',
      relsOf(setup.evaluated),
    ]) {
      expect({ part, present: part in after }).toEqual({ part, present: false });
    }
    const types = text(after, '[Content_Types].xml');
    expect(types).not.toContain('/xl/comments1.xml');
    expect(types).not.toContain('/xl/tables/table1.xml');
    expect(types).not.toContain('/xl/drawings/drawing1.xml');
    const sheet = text(after, setup.evaluated);
    expect(sheet).not.toContain('tableParts');
    expect(sheet).not.toContain('legacyDrawing');
    expect(sheet).toContain(OWNER_MARK);
  });

  it('keeps what another sheet still uses: its drawing and the shared picture', () => {
    expect(after['xl/media/image1.png']).toEqual(PNG);
    expect(text(after, 'xl/drawings/drawing2.xml')).toBe(text(setup.before, 'xl/drawings/drawing2.xml'));
    expect(text(after, relsOf(setup.other))).toBe(text(setup.before, relsOf(setup.other)));
    expect(text(after, '[Content_Types].xml')).toContain('/xl/drawings/drawing2.xml');
  });

  it('leaves a package whose parts parse and whose references all resolve', () => {
    expectConsistentPackage(after);
  });
});

describe('sheet names', () => {
  const model = (name: string): SheetModel => ({
    name,
    rows: [[{ value: { t: 'text', v: OWNER_MARK } }]],
    columnWidths: [],
    freezeRows: 0,
    merges: [],
    highlights: [],
  });
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = new Uint8Array(await fs.readFile(await writeDepartment(dir, 'names.xlsx')));
  });

  it.each([['a/b'], ['x'.repeat(32)], ["'quoted'"], ['[1]'], ['']])(
    'refuses %j before writing',
    async (name) => {
      await expect(writePackage(bytes, [model(name)])).rejects.toBeInstanceOf(SheetNameError);
    },
  );

  it('refuses two sheets that differ only in case', async () => {
    const refusal = writePackage(bytes, [model('Summary'), model('SUMMARY')]);
    await expect(refusal).rejects.toMatchObject({
      sheetName: 'SUMMARY',
      problem: { kind: 'duplicate', other: 'Summary' },
    });
  });

  it('accepts 31 characters and inner apostrophes', async () => {
    const name = `O'Brien ${'x'.repeat(23)}`;
    expect(name).toHaveLength(31);
    const out = unzipSync(await writePackage(bytes, [model(name)]));
    expect(text(out, 'xl/workbook.xml')).toContain(`name="O'Brien ${'x'.repeat(23)}"`);
  });
});

describe('the writer core', () => {
  /** The modules the browser page bundles for writing: none may reach for Node. */
  const CORE = [
    'packageWriter',
    'packageParts',
    'sheetXml',
    'stylesXml',
    'xmlFragment',
    'workbookXml',
    'partNames',
    // The archive editor underneath, shared with the reader.
    'zipPackage',
  ];

  it.each(CORE)('%s imports no Node module and uses no Buffer', (module) => {
    // Code only: comments may well say which Node APIs are avoided.
    const source = readFileSync(path.join(REPO_ROOT, 'src/workbook/xlsx', `${module}.ts`), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((i) => !i.startsWith('.') && i !== 'saxes' && i !== 'fflate')).toEqual([]);
    expect(source).not.toMatch(/\bBuffer\b/);
    expect(source).not.toMatch(/\bprocess\./);
  });
});

/** A one-sheet package written by hand, with the parts given (for writers other than Excel). */
function handMadePackage(parts: { workbook: string; styles: string; rootRelsNs?: string }): Uint8Array {
  const relsNs = parts.rootRelsNs ?? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relsNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(parts.workbook),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${relsNs}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${relsNs}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    ),
    'xl/styles.xml': strToU8(parts.styles),
  });
}

const TRANSITIONAL_WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>';

const styledModel: SheetModel = {
  name: '绩效自评',
  rows: [
    [
      { value: { t: 'text', v: OWNER_MARK }, style: { bold: true, fill: 'DDEBF7' } },
      { value: { t: 'number', v: 96.9 }, style: { numFmt: '0.00', bold: true } },
    ],
  ],
  columnWidths: [],
  freezeRows: 0,
  merges: [],
  highlights: [],
};

/** Every XML part of a package parses, namespaces included. */
function xmlProblems(files: Files): string[] {
  return Object.entries(files)
    .filter(([name]) => /\.(xml|rels)$/.test(name))
    .map(([name, bytes]) => [name, xmlProblem(strFromU8(bytes))])
    .filter(([, problem]) => problem !== undefined)
    .map(([name, problem]) => `${name}: ${problem}`);
}

describe('what other writers save', () => {
  it('a bare <styleSheet/> gets the default entries before ours, so index 0 means the default', async () => {
    const bytes = handMadePackage({
      workbook: TRANSITIONAL_WORKBOOK,
      styles:
        '<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    });
    const out = unzipSync(await writePackage(bytes, [styledModel]));
    expect(xmlProblems(out)).toEqual([]);
    const styles = text(out, 'xl/styles.xml');
    // Default font and fills first; the bold font and solid fill after them.
    expect(styles).toMatch(/<fonts count="2"><font><sz val="11"\/>/);
    expect(styles).toMatch(/<fills count="3"><fill><patternFill patternType="none"\/><\/fill>/);
    expect(styles).toMatch(/<borders count="1">/);
    expect(styles).toMatch(
      /<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"\/>/,
    );
    expect(text(out, 'xl/worksheets/sheet2.xml')).toMatch(/<c r="A1" s="1" t="inlineStr">/);
  });

  it('an x:-prefixed stylesheet: our entries take the prefix once', async () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const bytes = handMadePackage({
      workbook: TRANSITIONAL_WORKBOOK,
      styles:
        `<?xml version="1.0" encoding="UTF-8"?><x:styleSheet xmlns:x="${main}">` +
        '<x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Arial"/></x:font></x:fonts>' +
        '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
        '<x:borders count="1"><x:border/></x:borders><x:cellStyleXfs count="1"><x:xf/></x:cellStyleXfs>' +
        '<x:cellXfs count="1"><x:xf xfId="0"/></x:cellXfs></x:styleSheet>',
    });
    const out = unzipSync(await writePackage(bytes, [styledModel]));
    expect(xmlProblems(out)).toEqual([]);
    const styles = text(out, 'xl/styles.xml');
    expect(styles).not.toContain('x:x:');
    expect(styles).toContain('<x:font><x:b/><x:sz val="11"/><x:name val="Arial"/></x:font>');
  });

  it('an r: prefix declared only on each <sheet>: the new entry declares its own', async () => {
    const bytes = handMadePackage({
      workbook:
        '<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets>' +
        '<x:sheet name="Data" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></x:sheets></x:workbook>',
      styles: MINIMAL_STYLES,
    });
    const out = unzipSync(await writePackage(bytes, [styledModel]));
    expect(xmlProblems(out)).toEqual([]);
    expect(text(out, 'xl/workbook.xml')).toMatch(
      /<x:sheet name="绩效自评" sheetId="2" r:id="rId3" xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"\/>/,
    );
  });

  it('a strict workbook gets a strict worksheet and a strict relationship', async () => {
    const strictRels = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const bytes = handMadePackage({
      workbook: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="${strictRels}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      styles: MINIMAL_STYLES,
      rootRelsNs: strictRels,
    });
    const out = unzipSync(await writePackage(bytes, [styledModel]));
    expect(xmlProblems(out)).toEqual([]);
    expect(text(out, 'xl/worksheets/sheet2.xml')).toContain(
      `<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="${strictRels}">`,
    );
    expect(text(out, 'xl/_rels/workbook.xml.rels')).toContain(
      `Type="${strictRels}/worksheet" Target="worksheets/sheet2.xml"`,
    );
  });
});

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>';
