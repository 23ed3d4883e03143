/**
 * What `npm run build:wps` wrote (run it first; `npm test` does): every script parses as ES2020,
 * the level WPS's older embedded Chromium (Chrome 87-era) can run; the pane page loads no office.js;
 * the deployment templates are well-formed and point at the add-in; the offline package holds it.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import { unzipSync } from 'fflate';

const DIST = path.resolve(__dirname, '../../dist/wps');
const PKG = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as {
  name: string;
  version: string;
};

function requireBuild(): void {
  if (!fs.existsSync(path.join(DIST, 'ribbon.xml')) || !fs.existsSync(path.join(DIST, 'offline'))) {
    throw new Error('dist/wps is missing or incomplete: run npm run build:wps first');
  }
}

const scriptsOf = (html: string): string[] =>
  [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);

describe('dist/wps', () => {
  beforeAll(requireBuild);

  it('holds the add-in: ribbon.xml, the entry page, the pane', () => {
    for (const f of ['ribbon.xml', 'index.html', 'taskpane.html', 'jsplugins.xml', 'publish.xml'])
      expect(fs.existsSync(path.join(DIST, f))).toBe(true);
  });

  it('parses every emitted script as ES2020 (no newer syntax such as ??= or class static blocks)', () => {
    const scripts = fs.readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
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

  it('loads the pane without office.js, and the entry page loads its script', () => {
    const pane = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const paneScripts = scriptsOf(pane);
    expect(paneScripts.filter((s) => /office/i.test(s))).toEqual([]);
    expect(paneScripts.some((s) => s.startsWith('taskpane.'))).toBe(true);
    for (const s of paneScripts) expect(fs.existsSync(path.join(DIST, s))).toBe(true);
    const entry = scriptsOf(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'));
    expect(entry.some((s) => s.startsWith('main.'))).toBe(true);
  });

  it('writes well-formed jsplugins.xml / publish.xml templates for the ET host', () => {
    const files = ['jsplugins.xml', 'publish.xml', 'offline/jsplugins.xml'].map((f) => path.join(DIST, f));
    expect(() => execFileSync('xmllint', ['--noout', ...files], { stdio: 'pipe' })).not.toThrow();
    const online = fs.readFileSync(files[0], 'utf8');
    expect(online).toMatch(new RegExp(`<jspluginonline name="${PKG.name}" type="et" url="[^"]+/"`));
    expect(fs.readFileSync(files[1], 'utf8')).toContain(`<jspluginonline name="${PKG.name}" type="et"`);
    const offline = fs.readFileSync(files[2], 'utf8');
    expect(offline).toMatch(
      new RegExp(
        `<jsplugin name="${PKG.name}" type="et" url="[^"]+/offline/${PKG.name}\\.zip" version="${PKG.version}"`,
      ),
    );
  });

  it('packs the offline add-in as <name>_<version>/ with the same files', () => {
    const folder = `${PKG.name}_${PKG.version}`;
    const zip = unzipSync(new Uint8Array(fs.readFileSync(path.join(DIST, 'offline', `${PKG.name}.zip`))));
    const names = Object.keys(zip).sort();
    for (const f of ['ribbon.xml', 'index.html', 'taskpane.html']) expect(names).toContain(`${folder}/${f}`);
    expect(names.every((n) => n.startsWith(`${folder}/`))).toBe(true);
    const ribbon = new TextDecoder().decode(zip[`${folder}/ribbon.xml`]);
    expect(ribbon).toBe(fs.readFileSync(path.join(DIST, 'ribbon.xml'), 'utf8'));
    expect(fs.existsSync(path.join(DIST, 'offline', folder, 'taskpane.html'))).toBe(true);
  });
});
