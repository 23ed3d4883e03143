/**
 * Well-formedness of a package part as a whole document, namespaces included: what Excel's own
 * parser insists on before it looks at anything else.
 */
import { SaxesParser } from 'saxes';

/** Undefined when `xml` is a well-formed, namespace-well-formed document; else the parser's complaint. */
export function xmlProblem(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  try {
    let elements = 0;
    parser.on('opentag', () => {
      elements += 1;
    });
    parser.write(xml).close();
    return elements > 0 ? undefined : 'no root element';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
