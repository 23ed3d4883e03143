/**
 * The core of the file door must run in a browser: nothing it imports, directly or through other
 * modules of ours, may be a Node built-in (fs, path, zlib, Buffer's module …). Checked on the
 * source's import graph, so a Node import slipped into any module of the chain fails here.
 */
import { readFileSync } from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import ts from 'typescript';
import { relativePart, relsPartOf, targetPart } from '../../../src/workbook/xlsx/partNames';

const ROOT = path.resolve(__dirname, '../../..');
const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  source.forEachChild((node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    }
  });
  return found;
}

function graph(entry: string): { files: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) visit(`${path.resolve(path.dirname(file), spec)}.ts`);
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files: [...seen], packages };
}

it('the core (openXlsxBytes) imports no Node built-in, and uses no Buffer or process', () => {
  const { files, packages } = graph(path.join(ROOT, 'src/workbook/xlsx/core.ts'));
  expect(files.map((f) => path.relative(ROOT, f))).toEqual(
    expect.arrayContaining([
      'src/workbook/xlsx/xlsxBytes.ts',
      'src/workbook/xlsx/zipPackage.ts',
      'src/workbook/xlsx/packageWriter.ts',
    ]),
  );
  expect([...packages].filter((p) => NODE.has(p.split('/')[0]) || NODE.has(p))).toEqual([]);
  expect([...packages].sort()).toEqual(['fflate', 'saxes']);
  for (const file of files) {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect({ file: path.relative(ROOT, file), buffer: /\bBuffer\b|\bprocess\./.test(code) }).toEqual({
      file: path.relative(ROOT, file),
      buffer: false,
    });
  }
});

it('part names resolve as posix paths do', () => {
  const posix = path.posix;
  const cases: Array<[string, string]> = [
    ['xl/workbook.xml', 'worksheets/sheet1.xml'],
    ['xl/workbook.xml', '/xl/worksheets/sheet1.xml'],
    ['xl/worksheets/sheet1.xml', '../drawings/drawing1.xml'],
    ['xl/workbook.xml', './styles.xml'],
    ['', 'xl/workbook.xml'],
  ];
  for (const [source, target] of cases) {
    const expected = target.startsWith('/')
      ? posix.normalize(target).slice(1)
      : posix.normalize(posix.join(posix.dirname(source || '.'), target));
    expect(targetPart(source, target)).toBe(expected);
  }
  expect(targetPart('xl/workbook.xml', 'worksheets/sheet%201.xml')).toBe('xl/worksheets/sheet 1.xml');
  expect(relsPartOf('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
  expect(relsPartOf('[Content_Types].xml')).toBe('_rels/[Content_Types].xml.rels');
  for (const [from, to] of [
    ['xl/workbook.xml', 'xl/worksheets/sheet9.xml'],
    ['xl/worksheets/sheet1.xml', 'xl/comments1.xml'],
    ['xl/workbook.xml', 'xl/styles.xml'],
  ]) {
    expect(relativePart(from, to)).toBe(posix.relative(posix.dirname(from), to));
  }
});
