/**
 * The add-in manifest, checked offline: against Microsoft's schema with xmllint (the online
 * validator needs a network), and for the facts the add-in relies on.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const SCHEMA = path.resolve(ROOT, '../shared/office-manifest-xsd/OfficeAppManifestV1_1.xsd');

interface XmllintResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

function xmllint(args: string[]): XmllintResult {
  const result = spawnSync('xmllint', args, { encoding: 'utf8' });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT'
        ? 'xmllint is not installed: install libxml2-utils (apt-get install -y libxml2-utils)'
        : `xmllint failed to start: ${result.error.message}`,
    );
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Evaluates an XPath 1.0 string expression against the manifest. */
function xpath(expression: string): string {
  const r = xmllint(['--xpath', `string(${expression})`, MANIFEST]);
  if (r.status !== 0) throw new Error(`xpath ${expression} failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** Matches an element by local name, whatever namespace prefix it carries. */
const el = (name: string): string => `*[local-name()='${name}']`;

function validate(file: string): XmllintResult {
  return xmllint(['--noout', '--schema', SCHEMA, file]);
}

describe('manifest.xml', () => {
  it('is valid against the Office add-in manifest schema (v1.1)', () => {
    expect(fs.existsSync(SCHEMA)).toBe(true);
    const r = validate(MANIFEST);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: `${MANIFEST} validates\n` });
  });

  it('fails the schema check when a required element is missing (the check can fail)', () => {
    const broken = fs
      .readFileSync(MANIFEST, 'utf8')
      .replace(/<Permissions>ReadWriteDocument<\/Permissions>/, '');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
    const file = path.join(dir, 'manifest.xml');
    try {
      fs.writeFileSync(file, broken);
      const r = validate(file);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/Permissions|fails to validate/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is a task-pane add-in for Excel workbooks needing ExcelApi 1.4 and read/write access', () => {
    expect(xpath(`/${el('OfficeApp')}/@*[local-name()='type']`)).toBe('TaskPaneApp');
    expect(xpath(`//${el('Hosts')}/${el('Host')}/@Name`)).toBe('Workbook');
    expect(xpath(`//${el('Set')}[@Name='ExcelApi']/@MinVersion`)).toBe('1.4');
    expect(xpath(`//${el('Sets')}/@DefaultMinVersion`)).toBe('1.1');
    expect(xpath(`/${el('OfficeApp')}/${el('Permissions')}`)).toBe('ReadWriteDocument');
  });

  it('speaks zh-CN by default with en-US overrides', () => {
    expect(xpath(`/${el('OfficeApp')}/${el('DefaultLocale')}`)).toBe('zh-CN');
    expect(xpath(`/${el('OfficeApp')}/${el('DisplayName')}/@DefaultValue`)).toBe('部门整体支出绩效自评');
    expect(
      xpath(`/${el('OfficeApp')}/${el('DisplayName')}/${el('Override')}[@Locale='en-US']/@Value`),
    ).not.toBe('');
    expect(
      xpath(`/${el('OfficeApp')}/${el('Description')}/${el('Override')}[@Locale='en-US']/@Value`),
    ).not.toBe('');
    expect(xpath(`//${el('String')}[@id='Recalculate.Label']/@DefaultValue`)).toBe('重新计算');
    expect(
      xpath(`//${el('String')}[@id='Recalculate.Label']/${el('Override')}[@Locale='en-US']/@Value`),
    ).toBe('Recalculate');
  });

  it('opens the task pane from one ribbon button and runs "recalculate" from the other', () => {
    expect(xpath(`/${el('OfficeApp')}/${el('DefaultSettings')}/${el('SourceLocation')}/@DefaultValue`)).toBe(
      'https://localhost:3000/taskpane.html',
    );
    expect(xpath(`count(//${el('Action')}[@*[local-name()='type']='ShowTaskpane'])`)).toBe('1');
    expect(xpath(`//${el('Action')}[@*[local-name()='type']='ExecuteFunction']/${el('FunctionName')}`)).toBe(
      'recalculate',
    );
    const functionFileId = xpath(`//${el('FunctionFile')}/@resid`);
    expect(xpath(`//${el('Url')}[@id='${functionFileId}']/@DefaultValue`)).toBe(
      'https://localhost:3000/commands.html',
    );
    // The function file registers the same name the manifest calls.
    const commands = fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8');
    expect(commands).toContain("associate('recalculate'");
  });

  it('references icons that exist under assets/ as PNGs of the declared size', () => {
    const xml = fs.readFileSync(MANIFEST, 'utf8');
    const urls = [
      ...new Set([...xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)"/g)].map((m) => m[1])),
    ];
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const rel of urls) {
      const file = path.join(ROOT, rel);
      expect({ rel, exists: fs.existsSync(file) }).toEqual({ rel, exists: true });
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      const size = Number(/icon-(\d+)\.png$/.exec(rel)?.[1]);
      expect({ rel, width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
        rel,
        width: size,
        height: size,
      });
    }
    // Ribbon images are declared at the size their file is drawn at.
    for (const size of ['16', '32', '80']) {
      const id = xpath(`(//${el('Control')}//${el('Image')}[@size='${size}'])[1]/@resid`);
      expect(xpath(`//${el('Images')}/${el('Image')}[@id='${id}']/@DefaultValue`)).toBe(
        `https://localhost:3000/assets/icon-${size}.png`,
      );
    }
  });

  it('points SupportUrl and LearnMoreUrl at the help page the web build serves, not at the task pane', () => {
    const support = xpath(`//${el('SupportUrl')}/@DefaultValue`);
    expect(support).toBe('https://localhost:3000/help.html');
    const learnMoreId = xpath(`//${el('LearnMoreUrl')}/@resid`);
    expect(xpath(`//${el('Url')}[@id='${learnMoreId}']/@DefaultValue`)).toBe(support);
    const page = fs.readFileSync(path.join(ROOT, 'src/web/help.html'), 'utf8');
    expect(page).toContain('帮助');
    expect(page).toContain('Help');
    expect(page).not.toMatch(/<script/i); // opens in any webview
    // The web build copies it to the served root (dist/web/help.html).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build's own CommonJS config
    const makeConfig = require(path.join(ROOT, 'webpack.config.js')) as (
      env: Record<string, string>,
      argv: Record<string, string>,
    ) => { plugins: { patterns?: { from: string; to: string }[] }[] };
    const copies = makeConfig({}, { mode: 'development' }).plugins.flatMap((p) => p.patterns ?? []);
    expect(copies).toContainEqual({ from: path.join(ROOT, 'src/web/help.html'), to: 'help.html' });
  });
});
