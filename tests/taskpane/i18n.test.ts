/** The pane's strings: both languages complete, placeholders filled, Chinese by default. */
import {
  defaultLanguage,
  format,
  initialLanguage,
  LANGUAGE_STORAGE_KEY,
  MESSAGES,
  translator,
} from '../../src/taskpane/i18n';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  test('every key has a non-empty text in both languages with the same placeholders', () => {
    const keys = Object.keys(MESSAGES.zh) as (keyof typeof MESSAGES.zh)[];
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(MESSAGES.zh[key].trim()).not.toBe('');
      expect(MESSAGES.en[key].trim()).not.toBe('');
      expect(placeholders(MESSAGES.en[key])).toEqual(placeholders(MESSAGES.zh[key]));
    }
  });

  test('format fills placeholders and leaves unknown ones visible', () => {
    expect(format('总分 {total}，等次 {grade}', { total: '96.90', grade: '优' })).toBe('总分 96.90，等次 优');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
    expect(translator('en')('tabData')).toBe('Data');
  });

  test('Chinese unless the display language is clearly another one', () => {
    expect(defaultLanguage(undefined)).toBe('zh');
    expect(defaultLanguage('')).toBe('zh');
    expect(defaultLanguage('zh-CN')).toBe('zh');
    expect(defaultLanguage('zh-TW')).toBe('zh');
    expect(defaultLanguage('en-US')).toBe('en');
    expect(defaultLanguage('fr-FR')).toBe('en');
  });

  test('a stored choice wins; a broken storage is ignored', () => {
    const store = (v: string | null) => ({ getItem: (k: string) => (k === LANGUAGE_STORAGE_KEY ? v : null) });
    expect(initialLanguage('en-US', store('zh'))).toBe('zh');
    expect(initialLanguage('zh-CN', store('en'))).toBe('en');
    expect(initialLanguage('zh-CN', store('klingon'))).toBe('zh');
    const throwing = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
    };
    expect(initialLanguage('en-GB', throwing)).toBe('en');
    expect(initialLanguage(undefined, null)).toBe('zh');
  });
});
