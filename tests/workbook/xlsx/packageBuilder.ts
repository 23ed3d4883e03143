/**
 * Small .xlsx packages built in the test from XML text, to put the reader in front of what real
 * writers produce (prefixes, strict namespaces, odd zips) without a spreadsheet program.
 */
import { deflateSync, strToU8, zipSync } from 'fflate';

export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
export const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetSpec {
  name: string;
  /** The worksheet XML (the whole part). */
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

export interface BookSpec {
  sheets: SheetSpec[];
  /** `<definedName>` elements as [name, refersTo]. */
  names?: Array<[string, string]>;
  sharedStrings?: string;
  styles?: string;
  /** Namespace prefix for SpreadsheetML elements in workbook.xml ('' for the default namespace). */
  prefix?: string;
  strict?: boolean;
  /** Extra XML inside <workbook> before <sheets> (e.g. mc:AlternateContent, workbookPr). */
  workbookHead?: string;
}

/** A worksheet part with the given sheetData rows (and whatever follows sheetData). */
export function worksheet(
  rows: string,
  after = '',
  options: { prefix?: string; ns?: string; head?: string } = {},
): string {
  const p = options.prefix ? `${options.prefix}:` : '';
  const xmlns = options.prefix
    ? `xmlns:${options.prefix}="${options.ns ?? MAIN}"`
    : `xmlns="${options.ns ?? MAIN}"`;
  return (
    `${DECL}<${p}worksheet ${xmlns} xmlns:r="${REL}" ` +
    `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
    `${options.head ?? ''}<${p}sheetData>${rows}</${p}sheetData>${after}</${p}worksheet>`
  );
}

export function sst(items: string[], prefix = ''): string {
  const p = prefix ? `${prefix}:` : '';
  const xmlns = prefix ? `xmlns:${prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  return `${DECL}<${p}sst ${xmlns} count="${items.length}" uniqueCount="${items.length}">${items
    .map((i) => `<${p}si>${i}</${p}si>`)
    .join('')}</${p}sst>`;
}

/** The parts of a package, by path. */
export function bookParts(spec: BookSpec): Record<string, string> {
  const p = spec.prefix ? `${spec.prefix}:` : '';
  const main = spec.strict ? STRICT_MAIN : MAIN;
  const rel = spec.strict ? STRICT_REL : REL;
  const xmlns = spec.prefix ? `xmlns:${spec.prefix}="${main}"` : `xmlns="${main}"`;
  const sheets = spec.sheets
    .map(
      (s, i) =>
        `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const names = (spec.names ?? [])
    .map(([n, ref]) => `<${p}definedName name="${n}">${ref}</${p}definedName>`)
    .join('');
  const workbook =
    `${DECL}<${p}workbook ${xmlns} xmlns:r="${rel}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
    `${spec.workbookHead ?? ''}<${p}sheets>${sheets}</${p}sheets>` +
    (names ? `<${p}definedNames>${names}</${p}definedNames>` : '') +
    `</${p}workbook>`;
  const rels = spec.sheets.map(
    (_s, i) =>
      `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  if (spec.sharedStrings !== undefined)
    rels.push(`<Relationship Id="rIdS" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (spec.styles !== undefined)
    rels.push(`<Relationship Id="rIdT" Type="${rel}/styles" Target="styles.xml"/>`);
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/></Types>',
    '_rels/.rels':
      `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" ` +
      `Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': workbook,
    'xl/_rels/workbook.xml.rels': `${DECL}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`,
  };
  spec.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml;
  });
  if (spec.sharedStrings !== undefined) parts['xl/sharedStrings.xml'] = spec.sharedStrings;
  if (spec.styles !== undefined) parts['xl/styles.xml'] = spec.styles;
  return parts;
}

/** A plain zip of the parts (fflate). */
export function zipParts(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

export function buildBook(spec: BookSpec): Uint8Array {
  return zipParts(bookParts(spec));
}

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A zip written by hand the way streaming writers and zip64 writers do: every entry with zip64
 * sizes and offsets (32-bit fields full, values in the zip64 extra field), a zip64 end record
 * and locator, and — with `descriptors` — sizes and CRC only in a data descriptor after the data.
 * `encrypt` sets the encryption flag on the named entries.
 */
export function handMadeZip(
  parts: Record<string, string>,
  options: { zip64?: boolean; descriptors?: boolean; encrypt?: string[] } = {},
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const names = Object.keys(parts);
  for (const name of names) {
    const data = strToU8(parts[name]);
    const compressed = deflateSync(data);
    const nameBytes = strToU8(name);
    const crc = crc32(data);
    const zip64 = options.zip64 === true;
    const flags =
      0x0800 | (options.descriptors ? 0x0008 : 0) | (options.encrypt?.includes(name) ? 0x0001 : 0);
    // Local header: zip64 sizes go in its extra field (or in the descriptor when streaming).
    const localExtra = zip64 ? new Uint8Array(20) : new Uint8Array(0);
    if (zip64) {
      const x = new DataView(localExtra.buffer);
      x.setUint16(0, 0x0001, true);
      x.setUint16(2, 16, true);
      if (!options.descriptors) {
        x.setBigUint64(4, BigInt(data.length), true);
        x.setBigUint64(12, BigInt(compressed.length), true);
      }
    }
    const local = new Uint8Array(30);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, zip64 ? 45 : 20, true);
    l.setUint16(6, flags, true);
    l.setUint16(8, 8, true);
    l.setUint32(14, options.descriptors ? 0 : crc, true);
    l.setUint32(18, options.descriptors ? 0 : zip64 ? 0xffffffff : compressed.length, true);
    l.setUint32(22, options.descriptors ? 0 : zip64 ? 0xffffffff : data.length, true);
    l.setUint16(26, nameBytes.length, true);
    l.setUint16(28, localExtra.length, true);
    chunks.push(local, nameBytes, localExtra, compressed);
    let size = local.length + nameBytes.length + localExtra.length + compressed.length;
    if (options.descriptors) {
      const descriptor = new Uint8Array(zip64 ? 24 : 16);
      const d = new DataView(descriptor.buffer);
      d.setUint32(0, 0x08074b50, true);
      d.setUint32(4, crc, true);
      if (zip64) {
        d.setBigUint64(8, BigInt(compressed.length), true);
        d.setBigUint64(16, BigInt(data.length), true);
      } else {
        d.setUint32(8, compressed.length, true);
        d.setUint32(12, data.length, true);
      }
      chunks.push(descriptor);
      size += descriptor.length;
    }
    const centralExtra = zip64 ? new Uint8Array(28) : new Uint8Array(0);
    if (zip64) {
      const x = new DataView(centralExtra.buffer);
      x.setUint16(0, 0x0001, true);
      x.setUint16(2, 24, true);
      x.setBigUint64(4, BigInt(data.length), true);
      x.setBigUint64(12, BigInt(compressed.length), true);
      x.setBigUint64(20, BigInt(offset), true);
    }
    const central = new Uint8Array(46);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, zip64 ? 45 : 20, true);
    c.setUint16(6, zip64 ? 45 : 20, true);
    c.setUint16(8, flags, true);
    c.setUint16(10, 8, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, zip64 ? 0xffffffff : compressed.length, true);
    c.setUint32(24, zip64 ? 0xffffffff : data.length, true);
    c.setUint16(28, nameBytes.length, true);
    c.setUint16(30, centralExtra.length, true);
    c.setUint32(42, zip64 ? 0xffffffff : offset, true);
    centrals.push(central, nameBytes, centralExtra);
    offset += size;
  }
  const directoryStart = offset;
  const directorySize = centrals.reduce((n, b) => n + b.length, 0);
  const tail: Uint8Array[] = [];
  if (options.zip64) {
    const end64 = new Uint8Array(56);
    const e = new DataView(end64.buffer);
    e.setUint32(0, 0x06064b50, true);
    e.setBigUint64(4, 44n, true);
    e.setUint16(12, 45, true);
    e.setUint16(14, 45, true);
    e.setBigUint64(24, BigInt(names.length), true);
    e.setBigUint64(32, BigInt(names.length), true);
    e.setBigUint64(40, BigInt(directorySize), true);
    e.setBigUint64(48, BigInt(directoryStart), true);
    const locator = new Uint8Array(20);
    const lo = new DataView(locator.buffer);
    lo.setUint32(0, 0x07064b50, true);
    lo.setBigUint64(8, BigInt(directoryStart + directorySize), true);
    lo.setUint32(16, 1, true);
    tail.push(end64, locator);
  }
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, options.zip64 ? 0xffff : names.length, true);
  e.setUint16(10, options.zip64 ? 0xffff : names.length, true);
  e.setUint32(12, options.zip64 ? 0xffffffff : directorySize, true);
  e.setUint32(16, options.zip64 ? 0xffffffff : directoryStart, true);
  tail.push(end);
  const all = [...chunks, ...centrals, ...tail];
  const out = new Uint8Array(all.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of all) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}
