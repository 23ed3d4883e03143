/**
 * What `npm run build` wrote to dist/web (run it first; `npm test` does): every script parses as
 * ES2020, the level docs/webviews.md promises. Without the shared down-levelling rule, tabster's
 * class static blocks and `??=` reached the Excel pane's bundle, which then needed Chromium 94 or
 * Safari 16.4 rather than what the webview page says.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';

const DIST = path.resolve(__dirname, '../../dist/web');

describe('dist/web', () => {
  it('parses every emitted script as ES2020 (no newer syntax such as ??= or class static blocks)', () => {
    if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
      throw new Error('dist/web is missing: run npm run build first');
    }
    const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    const failures: string[] = [];
    for (const f of scripts) {
      const source = fs.readFileSync(path.join(DIST, f), 'utf8');
      try {
        parse(source, { ecmaVersion: 2020, sourceType: 'script' });
      } catch (error) {
        const pos = (error as { pos?: number }).pos ?? 0;
        failures.push(
          `${f}: ${(error as Error).message} near ${source.slice(Math.max(0, pos - 40), pos + 20)}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });
});
