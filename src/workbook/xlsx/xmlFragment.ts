/**
 * A small element tree of an XML fragment, parsed with saxes (no DOCTYPE, no entity expansion
 * beyond XML's five), for comparing style entries by what they say rather than how they are
 * spelled: attribute order, namespace prefixes and whitespace differ between writers.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Local name, without a namespace prefix. */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

function localName(qualified: string): string {
  const at = qualified.indexOf(':');
  return at < 0 ? qualified : qualified.slice(at + 1);
}

/** The top-level elements of a fragment (text between them is dropped). Throws on bad XML. */
export function parseFragment(xml: string): XmlElement[] {
  // Without namespace processing every attribute value is a plain string.
  const parser = new SaxesParser<{ xmlns: false; fragment: true; position: false }>({
    xmlns: false,
    fragment: true,
    position: false,
  });
  const root: XmlElement = { name: '', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) {
      // Namespace declarations say nothing about the entry itself.
      if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
      attributes[localName(key)] = value;
    }
    const element: XmlElement = { name: localName(tag.name), attributes, children: [], text: '' };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    stack[stack.length - 1].text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('doctype', () => {
    throw new Error('a DOCTYPE is not allowed here');
  });
  parser.write(xml).close();
  return root.children;
}

/** Spreadsheet booleans are written "1"/"true" and "0"/"false" by different programs. */
function canonicalValue(value: string): string {
  if (value === 'true') return '1';
  if (value === 'false') return '0';
  return value;
}

/**
 * One string per meaning: local names, attributes sorted, children sorted (the style entries
 * compared here carry no meaning in the order of their children), whitespace-only text dropped.
 */
export function canonicalXml(element: XmlElement): string {
  const attributes = Object.keys(element.attributes)
    .sort()
    .map((k) => `${k}=${JSON.stringify(canonicalValue(element.attributes[k]))}`)
    .join(' ');
  const children = element.children.map(canonicalXml).sort().join('');
  const text = element.text.trim() === '' ? '' : JSON.stringify(element.text);
  return `<${element.name} ${attributes}>${text}${children}</${element.name}>`;
}
