/**
 * Which cell formats show a number as a date, from `xl/styles.xml`: the `numFmtId` of each cell
 * format (`cellXfs`), the workbook's custom format codes (`numFmts`), and Excel's built-in ids.
 * Read only when a kept numeric cell carries a style, since only dates change how a value reads.
 */
import { XmlStream } from './xmlStream';

/** Built-in ids that are dates or times in every locale (14-22, 45-47, and the East Asian 27-36, 50-58). */
function builtInIsDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * True when a format code shows a date or time: a y, m, d, h, s (or b, the Buddhist year) outside
 * quoted text, bracketed sections (`[Red]`, `[$-804]`) and escaped characters, as exceljs and
 * Excel judge it.
 */
export function isDateFormatCode(code: string): boolean {
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i += 1) {
    const ch = code[i];
    if (quoted) {
      if (ch === '"') quoted = false;
      continue;
    }
    if (bracket) {
      if (ch === ']') bracket = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === '[') bracket = true;
    else if (ch === '\\' || ch === '_' || ch === '*')
      i += 1; // the next character is literal / padding
    else if ('ymdhsbYMDHSB'.includes(ch)) {
      // "General" has none of these letters, but "e" "E" in scientific formats are not dates either.
      return true;
    }
  }
  return false;
}

export interface NumberFormats {
  /** True when cells of this cell-format index show dates. */
  isDate(styleIndex: number): boolean;
}

export const NO_FORMATS: NumberFormats = { isDate: () => false };

export function readNumberFormats(
  part: string,
  feed: (write: (text: string) => boolean) => void,
): NumberFormats {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  let xfDepth = 0;
  const stream = new XmlStream(part, {
    open({ local, attributes }) {
      if (local === 'numFmt') {
        const id = Number(attributes.numFmtId);
        if (Number.isInteger(id) && attributes.formatCode !== undefined)
          custom.set(id, attributes.formatCode);
      } else if (local === 'cellXfs') {
        inCellXfs = true;
      } else if (local === 'xf' && inCellXfs) {
        xfDepth += 1;
        if (xfDepth === 1) {
          const id = Number(attributes.numFmtId ?? 0);
          xfFormats.push(Number.isInteger(id) ? id : 0);
        }
      }
    },
    close(local) {
      if (local === 'cellXfs') inCellXfs = false;
      else if (local === 'xf' && inCellXfs) xfDepth -= 1;
    },
  });
  feed((text) => {
    stream.write(text);
    return true;
  });
  stream.close();
  const dates = xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : builtInIsDate(id);
  });
  return { isDate: (index) => dates[index] ?? false };
}
