/**
 * The pane's strings in one place per language, and the choice of language.
 *
 * The users are Chinese finance clerks: Chinese unless they chose English with the switch (the
 * choice is remembered), or Office runs in a clearly non-Chinese display language and they have
 * not chosen.
 */
import type { Lang } from '../../engine';
import { en } from './en';
import { zh, type MessageKey, type Messages } from './zh';

export type { MessageKey, Messages } from './zh';

export const MESSAGES: Record<Lang, Messages> = { zh, en };

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Fill `{placeholders}`; an unknown placeholder stays visible rather than vanishing. */
export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export function translator(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  return (key, params) => format(messages[key], params);
}

export const LANGUAGE_STORAGE_KEY = 'perf-eval.lang';

/** The stored choice, when there is a valid one. */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | null): Lang | null {
  try {
    const v = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return v === 'zh' || v === 'en' ? v : null;
  } catch {
    return null; // storage can be blocked in locked-down webviews
  }
}

/** zh unless the display language is clearly non-Chinese ('en-US', 'fr-FR' …). */
export function defaultLanguage(displayLanguage: string | undefined): Lang {
  if (!displayLanguage) return 'zh';
  return /^zh\b|^zh-/i.test(displayLanguage) || !/^[a-z]{2,3}(-|$)/i.test(displayLanguage) ? 'zh' : 'en';
}

export function initialLanguage(
  displayLanguage: string | undefined,
  storage: Pick<Storage, 'getItem'> | null,
): Lang {
  return storedLanguage(storage) ?? defaultLanguage(displayLanguage);
}
