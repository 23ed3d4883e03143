/**
 * The engine's own SHA-256 (it may not use Node's crypto) against Node's, and the input
 * fingerprint recorded on the sheet: it changes when one figure changes and only then.
 */
import { createHash } from 'crypto';
import {
  D,
  evaluate,
  fingerprint,
  inputNamesOf,
  sha256Hex,
  shortDigest,
  DEFAULT_RULE_SET,
} from '../../src/engine';
import { brokenInput, sampleInputs, sampleWith, sampleWithValue } from './helpers';

const nodeSha = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it.each([
    ['empty string', ''],
    ['abc', 'abc'],
    ['Chinese text', '乐昌市人民政府坪石办事处 2020 年度部门整体支出绩效自评'],
    ['a supplementary-plane character', '𠀀𝄞'],
    ['55 bytes (padding fits one block)', 'a'.repeat(55)],
    ['56 bytes (padding needs a second block)', 'a'.repeat(56)],
    ['64 bytes', 'b'.repeat(64)],
    ['several blocks', '财政存量资金变动率='.repeat(50)],
  ])('%s matches Node crypto', (_title, text) => {
    expect(sha256Hex(text)).toBe(nodeSha(text));
  });

  it('known vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('shortDigest is the first 16 hex digits', () => {
    expect(shortDigest('abc')).toBe(nodeSha('abc').slice(0, 16));
  });
});

describe('input fingerprint', () => {
  const base = evaluate(sampleInputs()).fingerprint;

  it('does not change when nothing changes', () => {
    expect(evaluate(sampleInputs()).fingerprint).toBe(base);
    expect(evaluate(sampleInputs(), { lang: 'en' }).fingerprint).toBe(base);
    expect(base).toMatch(/^[0-9a-f]{16}$/);
  });

  it('does not change when the same figure is written differently (13 and 13.00)', () => {
    const same = { name: 'PE_ThreePublicBudget', number: new D('13.00'), problems: [] };
    expect(evaluate(sampleWithValue(same)).fingerprint).toBe(base);
  });

  it.each([
    ['PE_Expenditure', 672.19],
    ['PE_ProcurementPlan', 8.796],
    ['PE_StaffActual', 30],
    ['PE_Satisfaction', 0.96],
    ['PE_Score_RiskControl', 4],
    ['PE_AssetsOther', 0.01], // read only by a check: still part of the fingerprint
    ['PE_DeptName', '乐昌市坪石镇'],
    ['PE_Year', 2021],
  ])('changes when %s changes', (name, value) => {
    expect(evaluate(sampleWith({ [name]: value })).fingerprint).not.toBe(base);
  });

  it('changes when the functional table changes or goes', () => {
    expect(evaluate(sampleInputs({ functional: false })).fingerprint).not.toBe(base);
  });

  it('changes when a figure becomes unreadable', () => {
    expect(
      evaluate(sampleWithValue(brokenInput('PE_Expenditure', 'empty', '基础数据!C5'))).fingerprint,
    ).not.toBe(base);
  });

  it('is the exported fingerprint() over the rule set’s inputs', () => {
    expect(fingerprint(inputNamesOf(DEFAULT_RULE_SET), sampleInputs())).toBe(base);
  });
});
