/** Languages the product speaks. Chinese is the default everywhere. */
export type Lang = 'zh' | 'en';

/** A text a person reads, in both languages. */
export interface Label {
  zh: string;
  en: string;
}

export function pick(label: Label, lang: Lang): string {
  return lang === 'en' ? label.en : label.zh;
}
