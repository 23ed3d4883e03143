/**
 * The shared string table (`xl/sharedStrings.xml`), read only as far as the highest index a kept
 * cell refers to: a budget workbook's table can hold hundreds of thousands of strings, of which
 * the evaluation needs a few dozen near the start (Excel numbers strings in order of first use).
 *
 * A string item is plain (`<si><t>`) or rich text (`<si><r><t>…</t></r>…`); its value is the
 * concatenation of its runs. Phonetic runs (`<rPh>`, the furigana of East Asian text) are not
 * part of the value, as in Excel.
 */
import { SkipUnsafe } from './rowSkip';
import { stringSkipper } from './stringSkip';
import type { StringSkipResult } from './stringSkip';
import { XmlStream } from './xmlStream';

class StopStrings extends Error {}

export interface SharedStringsRead {
  /** The strings asked for, by index (an index past the table's end is absent). */
  strings: Map<number, string>;
  /** How many items the table holds, when it was read to its end. */
  count: number | undefined;
}

/**
 * Reads the strings at `indexes` (and no further than the highest of them). Items not asked for
 * are dropped unparsed (stringSkip.ts) unless something in them makes that unsafe.
 */
export function readSharedStrings(
  part: string,
  indexes: ReadonlySet<number>,
  feed: (write: (text: string) => boolean) => void,
): SharedStringsRead {
  let last = -1;
  for (const i of indexes) if (i > last) last = i;
  try {
    return readOnce(part, indexes, last, feed, true);
  } catch (error) {
    if (!(error instanceof SkipUnsafe)) throw error;
    return readOnce(part, indexes, last, feed, false);
  }
}

function readOnce(
  part: string,
  indexes: ReadonlySet<number>,
  last: number,
  feed: (write: (text: string) => boolean) => void,
  skip: boolean,
): SharedStringsRead {
  const strings = new Map<number, string>();
  const skipped: StringSkipResult = { itemsSkipped: 0 };
  let first = Infinity;
  for (const i of indexes) if (i < first) first = i;
  let index = 0;
  let counting = false;
  let count: number | undefined;
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  const stream = new XmlStream(part, {
    open({ local }) {
      if (local === 'si') {
        // Numbering resumes after the items the skipper dropped.
        if (!counting) index = skipped.itemsSkipped;
        counting = true;
        current = '';
      } else if (local === 'rPh') phonetic += 1;
      else if (local === 't' && current !== undefined && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(local) {
      if (local === 't') inText = false;
      else if (local === 'rPh') phonetic -= 1;
      else if (local === 'si') {
        if (indexes.has(index)) strings.set(index, current ?? '');
        current = undefined;
        index += 1;
        if (index > last) throw new StopStrings();
      }
    },
  });
  const write = (text: string): boolean => {
    stream.write(text);
    return true;
  };
  try {
    feed(skip && first > 0 && first !== Infinity ? stringSkipper(first, write, skipped) : write);
    stream.close();
    count = index;
  } catch (error) {
    if (!(error instanceof StopStrings)) throw error;
  }
  return { strings, count };
}
