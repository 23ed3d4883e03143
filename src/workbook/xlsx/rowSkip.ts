/**
 * A hand-written scan that skips, without parsing, the rows of a worksheet part above the first
 * row any request needs, so that saxes only sees the part's head (up to and including the
 * `<sheetData…>` start tag) and the XML from the first needed row on.
 *
 * Why it exists: saxes parses about 7–25 MB of XML a second, so a name pointing at the last row of
 * a ledger sheet holding tens of MB of XML took seconds (2.9 s on a 4.9 MB file, 18.5 s on a
 * 23.8 MB one) while everything above that row was thrown away. Looking only for the row tags
 * goes through the same text about 7× faster: in bench/lastRow.ts, side by side on the same
 * 27.2 MB of ledger XML, 1,681 – 1,848 ms with the rows above parsed by saxes against 252 ms with
 * them skipped (a bare scan for `<` takes 83 – 122 ms); on 116 MB of XML 9,669 ms against
 * 1,410 ms. A conformant SAX parser offers no way to skip elements without building them.
 *
 * It is only safe on plain markup, so it gives up (the caller then parses the whole part with
 * saxes, as before) on anything it does not understand in the skipped region: a comment, CDATA,
 * a processing instruction or declaration (`<!`, `<?`), or markup compatibility (`AlternateContent`)
 * around rows. In element content every `<` starts markup (a literal one must be written `&lt;`,
 * and attribute values may not hold one), which is what makes the scan sound.
 */
import { localName } from './xmlStream';

/** Raised when skipping is unsafe; the scan starts over on the plain saxes stream. */
export class SkipUnsafe extends Error {}

export interface RowSkipResult {
  /** The row number of the row before the first one handed on (0 when none was skipped). */
  rowsSkippedTo: number;
}

export function isNameEnd(code: number): boolean {
  // whitespace, '>', '/'
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3e || code === 0x2f;
}

/** The index just past the `>` ending the tag that starts at `start`, or -1 when not in `text` yet. */
export function tagEnd(text: string, start: number): number {
  let quote = 0;
  for (let i = start + 1; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) {
      quote = code;
    } else if (code === 0x3e) {
      return i + 1;
    }
  }
  return -1;
}

/**
 * The `r` attribute (unprefixed, as the scan reads it) of a start tag's text
 * (`<row r="12" spans="1:3">`), walking the attributes so that a value holding ` r="…"` is not
 * taken for one.
 */
function rowNumber(tag: string): string | undefined {
  const space = (i: number): boolean => {
    const code = tag.charCodeAt(i);
    return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
  };
  let i = 1;
  while (i < tag.length && !isNameEnd(tag.charCodeAt(i))) i += 1;
  for (;;) {
    while (i < tag.length && space(i)) i += 1;
    const nameStart = i;
    while (i < tag.length && isNameChar(tag.charCodeAt(i))) i += 1;
    if (i === nameStart) return undefined;
    const isR = i === nameStart + 1 && tag.charCodeAt(nameStart) === 0x72;
    while (i < tag.length && space(i)) i += 1;
    if (tag.charCodeAt(i) !== 0x3d) return undefined;
    i += 1;
    while (i < tag.length && space(i)) i += 1;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = tag.indexOf(quote, i + 1);
    if (close < 0) return undefined;
    if (isR) return tag.slice(i + 1, close);
    i = close + 1;
  }
}

function isNameChar(code: number): boolean {
  return !isNameEnd(code) && code !== 0x3c && code !== 0x22 && code !== 0x27 && code !== 0x3d;
}

/**
 * Where the tag starts whose local name is the `length` characters at `at` (`<row`, `<x:row`,
 * or with `closing` `</sheetData`, `</x:sheetData`), or -1 when those characters are not a whole
 * tag name (text, an attribute value, a longer name such as `rowBreaks`).
 */
export function tagStartOfName(text: string, at: number, length: number, closing: boolean): number {
  if (at + length >= text.length || !isNameEnd(text.charCodeAt(at + length))) return -1;
  let start = at;
  if (text.charCodeAt(at - 1) === 0x3a) {
    start = at - 1;
    while (start > 0 && isNameChar(text.charCodeAt(start - 1))) start -= 1;
    if (start === at - 1) return -1;
  }
  if (closing) {
    if (text.charCodeAt(start - 1) !== 0x2f) return -1;
    start -= 1;
  }
  return text.charCodeAt(start - 1) === 0x3c ? start - 1 : -1;
}

/** The start of `</sheetData>` (any prefix) in text[from, limit), or -1. */
function closeOfSheetData(text: string, from: number, limit: number): number {
  for (let p = text.indexOf('sheetData', from); p >= 0 && p < limit; p = text.indexOf('sheetData', p + 9)) {
    const tag = tagStartOfName(text, p, 9, true);
    if (tag >= 0) return tag < limit ? tag : -1;
  }
  return -1;
}

/** The rows a scan reads; the others are dropped unparsed. */
export interface RowWindow {
  /** Rows numbered below this are dropped (1: none). */
  firstRow: number;
  /** Rows numbered past this are dropped up to the end of sheetData (Infinity: none). */
  lastRow: number;
}

/**
 * Wraps a writer: text goes to `write` unchanged up to `<sheetData…>`; rows numbered below
 * `firstRow` are dropped; rows in the window are passed on; once a row past `lastRow` begins,
 * everything up to `</sheetData>` is dropped and the rest of the part (merged ranges) passed on.
 * Row numbers follow the scan's rule: `r` when it is a whole number past the previous row, the
 * previous row + 1 otherwise. `result.rowsSkippedTo` tells the scan where row numbering resumes.
 * Throws SkipUnsafe where dropping would be unsound (see above); the scan then starts over.
 */
export function rowSkipper(
  window: RowWindow,
  write: (text: string) => boolean,
  result: RowSkipResult,
): (text: string) => boolean {
  const { firstRow, lastRow } = window;
  type Mode = 'head' | 'skip' | 'window' | 'tail' | 'pass';
  /** What follows `<sheetData…>`, or the first row handed on. */
  const afterHead = (): Mode => (firstRow > 1 ? 'skip' : afterSkip());
  const afterSkip = (): Mode => (lastRow < Infinity ? 'window' : 'pass');
  let mode: Mode = firstRow > 1 || lastRow < Infinity ? 'head' : 'pass';
  let carry = '';
  let row = 0;
  return (chunk: string): boolean => {
    if (mode === 'pass') return write(chunk);
    let text = chunk;
    let at = 0;
    if (mode === 'head') {
      text = carry + chunk;
      carry = '';
      for (;;) {
        const lt = text.indexOf('<', at);
        if (lt < 0) {
          at = text.length;
          break;
        }
        const next = text.charCodeAt(lt + 1);
        if (Number.isNaN(next)) {
          at = lt;
          break;
        }
        if (next === 0x21) {
          // A comment, CDATA or DOCTYPE in the head: let saxes judge it on the whole part.
          mode = 'pass';
          return write(text);
        }
        const end = tagEnd(text, lt);
        if (end < 0) {
          at = lt;
          break;
        }
        if (next !== 0x3f && next !== 0x2f) {
          let nameEnd = lt + 1;
          while (nameEnd < end && !isNameEnd(text.charCodeAt(nameEnd))) nameEnd += 1;
          if (localName(text.slice(lt + 1, nameEnd)) === 'sheetData') {
            if (text.charCodeAt(end - 2) === 0x2f) {
              mode = 'pass'; // an empty <sheetData/>: nothing to skip
              return write(text);
            }
            const going = write(text.slice(0, end));
            mode = afterHead();
            text = text.slice(end);
            at = 0;
            if (!going) return false;
            if (mode === 'pass') return write(text);
            break;
          }
        }
        at = end;
      }
      if (mode === 'head') {
        carry = text.slice(at);
        return at > 0 ? write(text.slice(0, at)) : true;
      }
    }
    if (carry !== '') {
      // The tag cut at the end of the previous chunk ends before the first `<` of this one: scan
      // that joint on its own rather than prepend it to the chunk, since searching a joined
      // (cons) string costs V8 a copy of the whole chunk every time (4× the search itself).
      const cut = text.indexOf('<', at);
      if (cut < 0) {
        carry += text.slice(at);
        return true;
      }
      const joint = carry + text.slice(at, cut);
      carry = '';
      if (!region(joint, 0, joint.length)) return false;
      if ((mode as Mode) === 'pass') return write(text.slice(cut));
      at = cut;
    }
    // Tags end before the next `<`, so every tag starting before the last `<` of the text is
    // whole; that last one waits for the next chunk.
    const limit = text.lastIndexOf('<');
    if (limit < at) {
      carry = text.slice(at);
      return true;
    }
    if (!region(text, at, limit)) return false;
    if ((mode as Mode) === 'pass') return write(text.slice(limit));
    carry = text.slice(limit);
    return true;
  };

  /** The number the next row tag (text from `tag` to `end`) gets. */
  function numberOf(text: string, tag: number, end: number): number {
    const written = rowNumber(text.slice(tag, end));
    const r = written !== undefined ? Number(written) : NaN;
    return Number.isInteger(r) && r > row ? r : row + 1;
  }

  /** The next row tag in text[from, limit): its start, end and number; undefined when none. */
  function nextRow(
    text: string,
    from: number,
    limit: number,
  ): { tag: number; end: number; number: number } | undefined {
    for (let p = text.indexOf('row', from); p >= 0 && p < limit; p = text.indexOf('row', p + 3)) {
      const tag = tagStartOfName(text, p, 3, false);
      if (tag < 0) continue;
      const end = tagEnd(text, tag);
      // Not well-formed (a `<` inside the tag): saxes says where.
      if (end < 0 || end > limit) throw new SkipUnsafe();
      return { tag, end, number: numberOf(text, tag, end) };
    }
    return undefined;
  }

  /**
   * Handles the whole tags starting in text[from, limit) in the current mode, switching modes
   * (and writing what is passed on) as rows go by. Returns what `write` returned, or true.
   */
  function region(text: string, from: number, limit: number): boolean {
    let at = from;
    let lastRowAt = from;
    while (mode === 'skip') {
      const next = nextRow(text, at, limit);
      if (next === undefined || next.number >= firstRow) {
        // No row reached firstRow here: the end of sheetData, if it is here, follows the last row
        // (schema order), and from there the end of the part is handed on (merges follow).
        const close = next === undefined ? closeOfSheetData(text, lastRowAt, limit) : -1;
        const stop = next !== undefined ? next.tag : close >= 0 ? close : limit;
        // Anything but plain elements in what is dropped: give up (see above). A false alarm
        // (the word in a cell's text) only costs the plain parse.
        if (unsafeIn(text, from, stop)) throw new SkipUnsafe();
        if (stop === limit) return true;
        result.rowsSkippedTo = row;
        at = stop;
        if (next !== undefined && next.number > lastRow) {
          mode = 'tail';
        } else {
          mode = next === undefined ? 'pass' : afterSkip();
          if (mode === 'pass') return write(text.slice(at, limit));
        }
        break;
      }
      row = next.number;
      lastRowAt = next.end;
      at = next.end;
    }
    if (mode === 'window') {
      const start = at;
      for (;;) {
        const next = nextRow(text, at, limit);
        if (next === undefined) {
          // The window's rows go to saxes; whatever could hide a row tag (a comment, CDATA)
          // must not be cut by the tail drop, so the plain parse takes over when one is here.
          if (unsafeIn(text, start, limit)) throw new SkipUnsafe();
          const close = closeOfSheetData(text, lastRowAt, limit);
          if (close >= 0) mode = 'pass';
          return write(text.slice(start, limit));
        }
        if (next.number > lastRow) {
          if (unsafeIn(text, start, next.tag)) throw new SkipUnsafe();
          if (!write(text.slice(start, next.tag))) return false;
          mode = 'tail';
          at = next.tag;
          lastRowAt = next.tag;
          break;
        }
        row = next.number;
        lastRowAt = next.end;
        at = next.end;
      }
    }
    // mode === 'tail': drop up to the end of sheetData, then pass on the rest.
    const close = closeOfSheetData(text, lastRowAt, limit);
    if (unsafeIn(text, at, close >= 0 ? close : limit)) throw new SkipUnsafe();
    if (close < 0) return true;
    mode = 'pass';
    return write(text.slice(close, limit));
  }
}

/**
 * True when text[from, stop) holds a comment, CDATA, declaration or processing instruction
 * (`<!`, `<?`) or markup compatibility. `!` and `?` are searched alone, which V8 does several
 * times faster than a two-character pattern, and are rare in sheet XML (a formula's `Sheet1!A1`).
 */
export function unsafeIn(text: string, from: number, stop: number): boolean {
  for (const mark of ['!', '?']) {
    for (let p = text.indexOf(mark, from); p >= 0 && p < stop; p = text.indexOf(mark, p + 1)) {
      if (p > from && text.charCodeAt(p - 1) === 0x3c) return true;
    }
  }
  const alternate = text.indexOf('AlternateContent', from);
  return alternate >= 0 && alternate < stop;
}
