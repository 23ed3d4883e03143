/**
 * Part names of an OPC package are '/'-separated paths; these are the few path operations the
 * package code needs, written out so that the file door runs in a browser (Node's `path` is not
 * there, and a bundler polyfill would be larger than this).
 */

export function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '.' : path.slice(0, at) || '/';
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Resolves `.` and `..` segments; a leading `/` is kept, `..` above the root is dropped. */
export function normalize(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(segment);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined || '.';
}

export function join(...parts: string[]): string {
  return normalize(parts.filter((p) => p !== '').join('/'));
}

/** The relative path from folder `from` to `to` (both relative to the package root). */
export function relative(from: string, to: string): string {
  const a = normalize(from)
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  const b = normalize(to)
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}
