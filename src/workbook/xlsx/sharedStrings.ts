/**
 * The shared string table (`xl/sharedStrings.xml`), read only as far as the highest index a kept
 * cell refers to: a budget workbook's table can hold hundreds of thousands of strings, of which
 * the evaluation needs a few dozen near the start (Excel numbers strings in order of first use).
 *
 * A string item is plain (`<si><t>`) or rich text (`<si><r><t>…</t></r>…`); its value is the
 * concatenation of its runs. Phonetic runs (`<rPh>`, the furigana of East Asian text) are not
 * part of the value, as in Excel.
 */
import { XmlStream } from './xmlStream';

class StopStrings extends Error {}

export function readSharedStrings(
  part: string,
  highestIndex: number,
  feed: (write: (text: string) => boolean) => void,
): string[] {
  const strings: string[] = [];
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  const stream = new XmlStream(part, {
    open({ local }) {
      if (local === 'si') current = '';
      else if (local === 'rPh') phonetic += 1;
      else if (local === 't' && current !== undefined && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(local) {
      if (local === 't') inText = false;
      else if (local === 'rPh') phonetic -= 1;
      else if (local === 'si') {
        strings.push(current ?? '');
        current = undefined;
        if (strings.length > highestIndex) throw new StopStrings();
      }
    },
  });
  try {
    feed((text) => {
      stream.write(text);
      return true;
    });
    stream.close();
  } catch (error) {
    if (!(error instanceof StopStrings)) throw error;
  }
  return strings;
}
