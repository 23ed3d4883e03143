/**
 * Part names of an OPC package: where a part's relationships live and where a relationship's
 * target points. Pure string work (no Node `path`), so the reader runs in a browser.
 */

/** Where the `_rels` part of a part lives: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  const dir = slash < 0 ? '' : partPath.slice(0, slash + 1);
  return `${dir}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** `a/./b/../c` → `a/c`; leading `..` that would leave the package are dropped. */
function normalise(path: string): string {
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/** The package path of a relationship target, relative to the source part (or absolute). */
export function targetPart(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Keep a target that is not valid percent-encoding as written.
  }
  if (decoded.startsWith('/')) return normalise(decoded);
  const slash = sourcePart.lastIndexOf('/');
  const dir = slash < 0 ? '' : sourcePart.slice(0, slash + 1);
  return normalise(dir + decoded);
}
