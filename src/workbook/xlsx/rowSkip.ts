/**
 * A hand-written scan that skips, without parsing, the rows of a worksheet part above the first
 * row any request needs, so that saxes only sees the part's head (up to and including the
 * `<sheetData…>` start tag) and the XML from the first needed row on.
 *
 * Why it exists: saxes parses about 7–25 MB of XML a second, so a name pointing at the last row of
 * a ledger sheet holding tens of MB of XML took seconds (2.9 s on a 4.9 MB file, 18.5 s on a
 * 23.8 MB one) while everything above that row was thrown away. Looking only at the `<` of each
 * tag goes through the same text an order of magnitude faster (figures measured side by side in
 * bench/lastRow.ts, see docs/performance.md).
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

function isNameEnd(code: number): boolean {
  // whitespace, '>', '/'
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3e || code === 0x2f;
}

/** The index just past the `>` ending the tag that starts at `start`, or -1 when not in `text` yet. */
function tagEnd(text: string, start: number): number {
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
  let i = 1;
  while (i < tag.length && !isNameEnd(tag.charCodeAt(i))) i += 1;
  for (;;) {
    while (i < tag.length && /\s/.test(tag[i])) i += 1;
    const nameStart = i;
    while (i < tag.length && tag[i] !== '=' && !/[\s/>]/.test(tag[i])) i += 1;
    const name = tag.slice(nameStart, i);
    if (name === '') return undefined;
    while (i < tag.length && /\s/.test(tag[i])) i += 1;
    if (tag[i] !== '=') return undefined;
    i += 1;
    while (i < tag.length && /\s/.test(tag[i])) i += 1;
    const quote = tag[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = tag.indexOf(quote, i + 1);
    if (close < 0) return undefined;
    if (name === 'r') return tag.slice(i + 1, close);
    i = close + 1;
  }
}

/**
 * Wraps a writer: text goes to `write` unchanged up to `<sheetData…>`, rows numbered below
 * `firstRow` are dropped, and from the first row at or past it everything is passed on again.
 * Row numbers follow the scan's rule: `r` when it is a whole number past the previous row, the
 * previous row + 1 otherwise. `result.rowsSkippedTo` tells the scan where row numbering resumes.
 * Throws SkipUnsafe before anything is dropped would be unsound (see above).
 */
export function rowSkipper(
  firstRow: number,
  write: (text: string) => boolean,
  result: RowSkipResult,
): (text: string) => boolean {
  let mode: 'head' | 'skip' | 'pass' = firstRow > 1 ? 'head' : 'pass';
  let carry = '';
  let row = 0;
  return (chunk: string): boolean => {
    if (mode === 'pass') return write(chunk);
    let text = carry + chunk;
    carry = '';
    let at = 0;
    if (mode === 'head') {
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
            mode = 'skip';
            text = text.slice(end);
            at = 0;
            if (!going) return false;
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
    // mode === 'skip'
    for (;;) {
      const lt = text.indexOf('<', at);
      if (lt < 0) return true;
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next)) {
        carry = text.slice(lt);
        return true;
      }
      if (next === 0x21 || next === 0x3f) throw new SkipUnsafe();
      const closing = next === 0x2f;
      // The name, compared in place: most tags here are `<c`, `<v`, `</c>` …, and slicing each
      // one would cost more than the scan itself.
      const nameStart = lt + (closing ? 2 : 1);
      let nameEnd = nameStart;
      let colon = -1;
      for (; nameEnd < text.length; nameEnd += 1) {
        const code = text.charCodeAt(nameEnd);
        if (isNameEnd(code)) break;
        if (code === 0x3a) colon = nameEnd;
      }
      if (nameEnd >= text.length) {
        carry = text.slice(lt);
        return true;
      }
      const localStart = colon < 0 ? nameStart : colon + 1;
      const local = nameEnd - localStart;
      if (local === 16 && text.startsWith('AlternateContent', localStart)) throw new SkipUnsafe();
      if (closing) {
        if (local === 9 && text.startsWith('sheetData', localStart)) {
          // No row reached firstRow: hand on the end of the part (merged ranges come after).
          result.rowsSkippedTo = row;
          mode = 'pass';
          return write(text.slice(lt));
        }
        at = nameEnd;
        continue;
      }
      if (local !== 3 || !text.startsWith('row', localStart)) {
        at = nameEnd;
        continue;
      }
      const end = tagEnd(text, lt);
      if (end < 0) {
        carry = text.slice(lt);
        return true;
      }
      const written = rowNumber(text.slice(lt, end));
      const r = written !== undefined ? Number(written) : NaN;
      const number = Number.isInteger(r) && r > row ? r : row + 1;
      if (number >= firstRow) {
        result.rowsSkippedTo = row;
        mode = 'pass';
        return write(text.slice(lt));
      }
      row = number;
      at = end;
    }
  };
}
