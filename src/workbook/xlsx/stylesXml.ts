/**
 * Appends the formats the written sheets need to an existing `xl/styles.xml`, as text.
 *
 * Cells of the other sheets refer to fonts, fills, number formats and cell formats by their
 * position, so nothing that exists is moved or rewritten: new entries go at the end of each list
 * and only the lists' `count` attributes change. An entry the stylesheet already holds (compared
 * by meaning, not spelling) is used where it is, so evaluating the output of an evaluation again
 * adds nothing; within one save, equal styles share one entry.
 */
import type { CellStyle, TextHighlightRule } from '../sheetModel';
import { encodeXml } from './workbookXml';
import { canonicalXml, parseFragment } from './xmlFragment';

/** Excel's built-in number formats that the layout uses; anything else becomes a custom format. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

/** The first id Excel leaves for custom number formats. */
const FIRST_CUSTOM_FORMAT = 164;

/** A stylesheet for a package that has none (rare: every spreadsheet program writes one). */
export const MINIMAL_STYLES_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function rgb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

/** One list of the stylesheet (`<fonts>`, `<cellXfs>` …): where it is and what it holds. */
interface Block {
  start: number;
  end: number;
  /** Existing children, counted from the XML rather than trusted from `count`. */
  existing: number;
  openTag: string;
  inner: string;
}

/**
 * Finds a top-level list. The stylesheet's extension list may hold lists of the same local name
 * (x14 slicer styles carry their own `<dxfs>`), so `dxfs` is only looked for between the cell
 * formats and what follows them.
 */
function findBlock(xml: string, prefix: string, name: string, child: string): Block | undefined {
  const p = escapeRegExp(prefix);
  let from = 0;
  let to = xml.length;
  if (name === 'dxfs' || name === 'cellStyles') {
    const cellXfsEnd = new RegExp(`</${p}cellXfs\\s*>`).exec(xml);
    from = cellXfsEnd ? cellXfsEnd.index : 0;
    const after = new RegExp(`<${p}(?:tableStyles|colors|extLst)\\b`, 'g');
    after.lastIndex = from;
    const next = after.exec(xml);
    if (next) to = next.index;
  }
  const region = xml.slice(from, to);
  const m = new RegExp(`(<${p}${name}\\b[^>]*?)(?:/>|>([\\s\\S]*?)</${p}${name}\\s*>)`).exec(region);
  if (!m) return undefined;
  const inner = m[2] ?? '';
  const existing = (inner.match(new RegExp(`<${p}${child}\\b`, 'g')) ?? []).length;
  return { start: from + m.index, end: from + m.index + m[0].length, existing, openTag: m[1], inner };
}

type ReusableList = 'fonts' | 'fills' | 'cellXfs' | 'dxfs';

/** The meaning of one style entry, as a lookup key; undefined when it cannot be parsed. */
function entryKey(list: ReusableList, xml: string): string | undefined {
  try {
    const [element] = parseFragment(xml);
    return element && `${list}\u0000${canonicalXml(element)}`;
  } catch {
    return undefined;
  }
}

/**
 * Keys of the entries a list already holds, by position. A list that does not parse as XML
 * offers nothing for reuse (its entries are still counted, and new ones appended after them).
 */
function existingKeys(list: ReusableList, block: Block | undefined, child: string): Map<string, number> {
  const keys = new Map<string, number>();
  if (!block) return keys;
  let elements;
  try {
    elements = parseFragment(block.inner);
  } catch {
    return keys;
  }
  const children = elements.filter((e) => e.name === child);
  if (children.length !== block.existing) return keys;
  children.forEach((element, index) => {
    const key = `${list}\u0000${canonicalXml(element)}`;
    if (!keys.has(key)) keys.set(key, index);
  });
  return keys;
}

export class StylesBuilder {
  private readonly prefix: string;
  private readonly baseFont: string;
  private readonly counts: Record<'numFmts' | 'fonts' | 'fills' | 'cellXfs' | 'dxfs', number>;
  private readonly customFormats = new Map<string, number>();
  private nextFormatId: number;
  private readonly added: Record<'numFmts' | 'fonts' | 'fills' | 'cellXfs' | 'dxfs', string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    cellXfs: [],
    dxfs: [],
  };
  private readonly keys = new Map<string, number>();

  private readonly xml: string;

  constructor(original: string) {
    // The stylesheet's own namespace prefix (usually none); extension lists use other prefixes.
    this.prefix = /<([\w.-]+:)?styleSheet\b/.exec(original)?.[1] ?? '';
    const xml = withDefaultEntries(original, this.prefix);
    this.xml = xml;
    const numFmts = findBlock(xml, this.prefix, 'numFmts', 'numFmt');
    const fonts = findBlock(xml, this.prefix, 'fonts', 'font');
    const fills = findBlock(xml, this.prefix, 'fills', 'fill');
    const cellXfs = findBlock(xml, this.prefix, 'cellXfs', 'xf');
    const dxfs = findBlock(xml, this.prefix, 'dxfs', 'dxf');
    this.counts = {
      numFmts: numFmts?.existing ?? 0,
      fonts: fonts?.existing ?? 0,
      fills: fills?.existing ?? 0,
      cellXfs: cellXfs?.existing ?? 0,
      dxfs: dxfs?.existing ?? 0,
    };
    for (const keys of [
      existingKeys('fonts', fonts, 'font'),
      existingKeys('fills', fills, 'fill'),
      existingKeys('cellXfs', cellXfs, 'xf'),
      existingKeys('dxfs', dxfs, 'dxf'),
    ]) {
      for (const [key, index] of keys) this.keys.set(key, index);
    }
    let maxId = FIRST_CUSTOM_FORMAT - 1;
    for (const m of (numFmts?.inner ?? '').matchAll(/<(?:[\w.-]+:)?numFmt\b([^>]*)>/g)) {
      const id = /numFmtId\s*=\s*"(\d+)"/.exec(m[1])?.[1];
      const code = /formatCode\s*=\s*"([^"]*)"/.exec(m[1])?.[1];
      if (id === undefined) continue;
      maxId = Math.max(maxId, Number(id));
      if (code !== undefined && !this.customFormats.has(code)) this.customFormats.set(code, Number(id));
    }
    this.nextFormatId = maxId + 1;
    const first =
      fonts &&
      new RegExp(
        `<${escapeRegExp(this.prefix)}font\\b[^>]*?(?:/>|>([\\s\\S]*?)</${escapeRegExp(this.prefix)}font>)`,
      ).exec(fonts.inner);
    this.baseFont = first?.[1] ?? '<sz val="11"/><name val="Calibri"/>';
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.customFormats.get(encodeXml(code));
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(encodeXml(code), id);
    this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${encodeXml(code)}"/>`);
    return id;
  }

  private entry(list: ReusableList, xml: string): number {
    const key = entryKey(list, xml) ?? `${list}\u0000${xml}`;
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    const index = this.counts[list] + this.added[list].length;
    this.added[list].push(xml);
    this.keys.set(key, index);
    return index;
  }

  private fontId(style: CellStyle): number {
    if (!style.bold && style.color === undefined && style.fontSize === undefined) return 0;
    // The workbook's default font with our changes, so the sheet keeps the workbook's typeface.
    let inner = this.baseFont;
    if (style.bold) inner = `<b/>${inner.replace(/<(?:[\w.-]+:)?b\b[^>]*\/>/g, '')}`;
    if (style.fontSize !== undefined) {
      inner = `${inner.replace(/<(?:[\w.-]+:)?sz\b[^>]*\/>/g, '')}<sz val="${style.fontSize}"/>`;
    }
    if (style.color !== undefined) {
      inner = `${inner.replace(/<(?:[\w.-]+:)?color\b[^>]*\/>/g, '')}<color rgb="${rgb(style.color)}"/>`;
    }
    return this.entry('fonts', `<font>${inner}</font>`);
  }

  private fillId(style: CellStyle): number {
    if (style.fill === undefined) return 0;
    return this.entry(
      'fills',
      `<fill><patternFill patternType="solid"><fgColor rgb="${rgb(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
  }

  /** The `s` index of a cell with this style (0, the workbook's default, when there is none). */
  cellStyle(style: CellStyle | undefined): number {
    if (!style) return 0;
    const numFmtId = this.numFmtId(style.numFmt);
    const fontId = this.fontId(style);
    const fillId = this.fillId(style);
    const alignment: string[] = [];
    if (style.align !== undefined) alignment.push(`horizontal="${style.align}"`);
    if (style.align !== undefined || style.wrap) alignment.push('vertical="top"');
    if (style.wrap) alignment.push('wrapText="1"');
    // A style that changes nothing (e.g. the General format) is the workbook's default format.
    if (numFmtId === 0 && fontId === 0 && fillId === 0 && alignment.length === 0) return 0;
    const applies =
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : '') +
      (fontId !== 0 ? ' applyFont="1"' : '') +
      (fillId !== 0 ? ' applyFill="1"' : '') +
      (alignment.length > 0 ? ' applyAlignment="1"' : '');
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applies}`;
    const xf = alignment.length > 0 ? `${open}><alignment ${alignment.join(' ')}/></xf>` : `${open}/>`;
    return this.entry('cellXfs', xf);
  }

  /** The differential format of a highlight rule: its font colour and solid fill. */
  highlight(rule: TextHighlightRule): number {
    return this.entry(
      'dxfs',
      `<dxf><font><color rgb="${rgb(rule.color)}"/></font>` +
        `<fill><patternFill patternType="solid"><fgColor rgb="${rgb(rule.fill)}"/><bgColor rgb="${rgb(rule.fill)}"/></patternFill></fill></dxf>`,
    );
  }

  /** The stylesheet with every entry handed out so far appended, or the input when none was. */
  toXml(): string {
    let xml = this.xml;
    // Splice from the last list to the first, so that earlier offsets stay valid.
    const lists: Array<['numFmts' | 'fonts' | 'fills' | 'cellXfs' | 'dxfs', string, string[]]> = [
      ['dxfs', 'dxf', ['cellStyles', 'cellXfs']],
      ['cellXfs', 'xf', ['cellStyleXfs', 'borders', 'fills', 'fonts', 'numFmts']],
      ['fills', 'fill', ['fonts', 'numFmts']],
      ['fonts', 'font', ['numFmts']],
      ['numFmts', 'numFmt', []],
    ];
    for (const [name, child, predecessors] of lists) {
      const added = this.added[name];
      if (added.length === 0) continue;
      xml = appendToList(xml, this.prefix, name, child, predecessors, added);
    }
    return xml;
  }
}

/**
 * The entries index 0 stands for (default font, the two fills Excel reserves, an empty border,
 * the Normal style), added to lists that have no entries at all. Some writers save a bare
 * `<styleSheet/>`; an empty list cannot be referred to by any cell, so adding its defaults first
 * moves nothing, and the formats appended after them then point where they should.
 */
const DEFAULT_ENTRIES: Array<[name: string, child: string, predecessors: string[], entries: string[]]> = [
  ['fonts', 'font', ['numFmts'], ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>']],
  [
    'fills',
    'fill',
    ['fonts', 'numFmts'],
    ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  ],
  [
    'borders',
    'border',
    ['fills', 'fonts', 'numFmts'],
    ['<border><left/><right/><top/><bottom/><diagonal/></border>'],
  ],
  [
    'cellStyleXfs',
    'xf',
    ['borders', 'fills', 'fonts', 'numFmts'],
    ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  ],
  [
    'cellXfs',
    'xf',
    ['cellStyleXfs', 'borders', 'fills', 'fonts', 'numFmts'],
    ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
  ],
];

function withDefaultEntries(original: string, prefix: string): string {
  // A self-closed root (`<styleSheet …/>`) gets a closing tag, so lists can go inside it.
  let xml = original.replace(
    new RegExp(`<(${escapeRegExp(prefix)}styleSheet\\b[^>]*?)\\s*/>`),
    (_m, open: string) => `<${open}></${prefix}styleSheet>`,
  );
  for (const [name, child, predecessors, entries] of DEFAULT_ENTRIES) {
    if ((findBlock(xml, prefix, name, child)?.existing ?? 0) > 0) continue;
    xml = appendToList(xml, prefix, name, child, predecessors, entries);
  }
  return xml;
}

/** Appends children to one list of a stylesheet, creating the list where the schema puts it. */
function appendToList(
  xml: string,
  prefix: string,
  name: string,
  child: string,
  predecessors: string[],
  added: string[],
): string {
  // Only our own unprefixed elements take the stylesheet's prefix; elements copied from the
  // workbook's default font already carry theirs.
  const withPrefix = added.map((x) =>
    prefix === '' ? x : x.replace(/<(\/?)(?=[a-zA-Z][\w.-]*[\s/>])/g, `<$1${prefix}`),
  );
  const block = findBlock(xml, prefix, name, child);
  if (block) {
    const total = block.existing + added.length;
    const openTag = /\bcount\s*=\s*"[^"]*"/.test(block.openTag)
      ? block.openTag.replace(/\bcount\s*=\s*"[^"]*"/, `count="${total}"`)
      : `${block.openTag} count="${total}"`;
    const replaced = `${openTag}>${block.inner}${withPrefix.join('')}</${prefix}${name}>`;
    return xml.slice(0, block.start) + replaced + xml.slice(block.end);
  }
  const created = `<${prefix}${name} count="${added.length}">${withPrefix.join('')}</${prefix}${name}>`;
  for (const before of predecessors) {
    const found = findBlock(xml, prefix, before, before);
    if (found) return xml.slice(0, found.end) + created + xml.slice(found.end);
  }
  const root = new RegExp(`<${escapeRegExp(prefix)}styleSheet\\b[^>]*>`).exec(xml);
  if (!root) return xml;
  const at = root.index + root[0].length;
  return xml.slice(0, at) + created + xml.slice(at);
}
