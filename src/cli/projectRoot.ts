/** Where the project lives on disk, for the command line and the scripts (Node only). */
import { existsSync } from 'fs';
import * as path from 'path';

/**
 * The project root: the nearest folder above `from` that holds package.json. Works from the
 * sources and from their compiled copies under dist/.
 */
export function projectRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the project root (no package.json above this file)');
    dir = parent;
  }
  return dir;
}
