/**
 * Streaming XML for package parts, on saxes (a conformant, non-validating parser): bytes go in as
 * they are inflated, elements come out by local name (the `x:` of `x:sheet` dropped, since real
 * writers bind the SpreadsheetML namespace to any prefix, and strict files use other URIs).
 *
 * What is refused, with the part and line:
 * - a document type declaration. Package parts never carry one, and refusing it at once is how an
 *   XML bomb (entities expanding to gigabytes) is stopped before any entity exists; saxes expands
 *   no declared entities anyway, so without a DOCTYPE an undefined entity is a well-formedness error;
 * - anything not well-formed.
 *
 * Markup compatibility: the content of `mc:Choice` is skipped and that of `mc:Fallback` read, as a
 * consumer that understands none of the optional extensions must do.
 */
import { SaxesParser } from 'saxes';
import type { SaxesTagPlain } from 'saxes';

export type XmlRefusal = 'malformed' | 'doctype';

export class XmlPartError extends Error {
  constructor(
    public readonly part: string,
    public readonly refusal: XmlRefusal,
    public readonly line: number,
    public readonly column: number,
    public readonly reason: string,
  ) {
    super(`${part}:${line}:${column}: ${reason}`);
    this.name = 'XmlPartError';
  }
}

export interface XmlElement {
  /** The local name (no prefix). */
  local: string;
  /** Attributes by qualified name as written (`r`, `r:id`, `xml:space` …). */
  attributes: Record<string, string>;
}

export interface XmlHandlers {
  open?(element: XmlElement): void;
  close?(local: string): void;
  /** Character data (entities decoded), CDATA included; may arrive in pieces. */
  text?(text: string): void;
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** The value of an attribute whatever its prefix (`r:id`, `ns2:id` …), given its local name. */
export function attributeByLocal(attributes: Record<string, string>, local: string): string | undefined {
  for (const key of Object.keys(attributes)) {
    if (localName(key) === local && key !== local) return attributes[key];
  }
  return attributes[local];
}

/** A push parser for one part: `write` decoded text, then `close`. */
export class XmlStream {
  private readonly parser: SaxesParser<{ xmlns: false; position: true }>;
  /** Depth inside an mc:Choice whose content is skipped (0: not skipping). */
  private skipDepth = 0;

  constructor(
    readonly part: string,
    handlers: XmlHandlers,
  ) {
    // No namespace processing: elements are matched by local name, and a real writer's stray
    // unbound prefix should not sink a whole workbook.
    const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
    this.parser = parser;
    parser.on('error', (error) => {
      // saxes prefixes its messages with the position; the error carries it separately.
      const reason = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
      throw new XmlPartError(part, 'malformed', parser.line, parser.column, reason);
    });
    parser.on('doctype', () => {
      throw new XmlPartError(
        part,
        'doctype',
        parser.line,
        parser.column,
        'a document type declaration (DOCTYPE) is not allowed in a workbook part',
      );
    });
    parser.on('opentag', (tag: SaxesTagPlain) => {
      const local = localName(tag.name);
      if (this.skipDepth > 0) {
        this.skipDepth += 1;
        return;
      }
      if (local === 'Choice') {
        this.skipDepth = 1;
        return;
      }
      handlers.open?.({ local, attributes: tag.attributes });
    });
    parser.on('closetag', (tag: SaxesTagPlain) => {
      if (this.skipDepth > 0) {
        this.skipDepth -= 1;
        return;
      }
      handlers.close?.(localName(tag.name));
    });
    if (handlers.text) {
      const text = (t: string): void => handlers.text?.(t);
      parser.on('text', (t) => {
        if (this.skipDepth === 0) text(t);
      });
      parser.on('cdata', (t) => {
        if (this.skipDepth === 0) text(t);
      });
    }
  }

  write(text: string): void {
    this.parser.write(text);
  }

  close(): void {
    this.parser.close();
  }
}

/** Decodes a part's bytes chunk by chunk: UTF-8, or UTF-16 when the part starts with its mark. */
/** The part of TextDecoder used here (typed locally: the CLI build has no DOM library). */
interface StreamingDecoder {
  decode(input: Uint8Array, options?: { stream?: boolean }): string;
}

export class PartDecoder {
  private decoder: StreamingDecoder | undefined;
  private first = true;

  decode(chunk: Uint8Array, last = false): string {
    if (!this.decoder) {
      const le = chunk.length >= 2 && chunk[0] === 0xff && chunk[1] === 0xfe;
      const be = chunk.length >= 2 && chunk[0] === 0xfe && chunk[1] === 0xff;
      this.decoder = new TextDecoder(le ? 'utf-16le' : be ? 'utf-16be' : 'utf-8');
    }
    let text = this.decoder.decode(chunk, { stream: !last });
    if (this.first && text.length > 0) {
      this.first = false;
      // The byte order mark is not part of the document.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    return text;
  }
}

/** Parses a whole small part held in memory. */
export function parseXml(part: string, bytes: Uint8Array, handlers: XmlHandlers): void {
  const stream = new XmlStream(part, handlers);
  stream.write(new PartDecoder().decode(bytes, true));
  stream.close();
}
