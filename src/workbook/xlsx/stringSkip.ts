/**
 * A hand-written scan that drops, without parsing, the string items of the shared string table
 * before the first one a read needs, so that saxes only sees the table's head (up to its first
 * item) and the items from the first needed one on; the reader then counts indexes from there.
 *
 * Why: Excel numbers strings in order of first use, sheet by sheet, so the strings of a names
 * sheet that comes after a large ledger sit behind hundreds of thousands of others, and saxes
 * parses a 20 MB table in about a second for a few strings at its end (bench/lastRow.ts prints
 * both figures side by side).
 *
 * It relies on what rowSkip.ts relies on: in element content every `<` starts markup. Items are
 * found as `<si` followed by the end of the name (no other element of the table starts with those
 * letters); a prefixed table (`<x:si>`) is left to saxes whole. Where the dropped items hold anything but
 * plain elements (a comment, CDATA, a processing instruction, markup compatibility), it throws
 * SkipUnsafe and the caller parses the whole table with saxes.
 */
import { SkipUnsafe, isNameEnd, unsafeIn } from './rowSkip';

export interface StringSkipResult {
  /** How many items were dropped before the first one handed on. */
  itemsSkipped: number;
}

/** A prefixed item tag (`<x:si`) in text[from, stop): the scan counts only `<si`. */
function prefixedItemIn(text: string, from: number, stop: number): boolean {
  for (let p = text.indexOf(':si', from); p >= 0 && p < stop; p = text.indexOf(':si', p + 3)) {
    if (isNameEnd(text.charCodeAt(p + 3))) return true;
  }
  return false;
}

/** Wraps a writer: the items numbered below `firstIndex` are dropped; everything else goes on. */
export function stringSkipper(
  firstIndex: number,
  write: (text: string) => boolean,
  result: StringSkipResult,
): (text: string) => boolean {
  let carry = '';
  let count = 0;
  let mode: 'head' | 'skip' | 'pass' = firstIndex > 0 ? 'head' : 'pass';
  return (chunk: string): boolean => {
    if (mode === 'pass') return write(chunk);
    const text = carry === '' ? chunk : carry + chunk;
    // A tag cut off at the end waits for the next chunk, so that every tag is seen whole.
    const lt = text.lastIndexOf('<');
    const limit = lt >= 0 && text.indexOf('>', lt) < 0 ? lt : text.length;
    carry = text.slice(limit);
    let from = 0;
    for (let p = text.indexOf('<si', 0); p >= 0 && p < limit; p = text.indexOf('<si', p + 3)) {
      if (!isNameEnd(text.charCodeAt(p + 3))) continue;
      if (mode === 'head') {
        // The table's head (the declaration, <sst …>) goes on; the items start here. A prefixed
        // item before it means a table the count cannot follow: parse it all.
        if (prefixedItemIn(text, 0, p)) throw new SkipUnsafe();
        if (!write(text.slice(0, p))) return false;
        mode = 'skip';
        from = p;
      }
      if (count === firstIndex) {
        if (unsafeIn(text, from, p) || prefixedItemIn(text, from, p)) throw new SkipUnsafe();
        result.itemsSkipped = count;
        mode = 'pass';
        carry = '';
        return write(text.slice(p));
      }
      count += 1;
    }
    if (mode === 'head') {
      // No item yet: a prefixed table (which never gets one) is parsed whole instead.
      if (prefixedItemIn(text, 0, limit)) throw new SkipUnsafe();
      return write(text.slice(0, limit));
    }
    if (unsafeIn(text, from, limit) || prefixedItemIn(text, from, limit)) throw new SkipUnsafe();
    return true;
  };
}
