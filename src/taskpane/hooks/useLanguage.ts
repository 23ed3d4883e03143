/** The pane's language: Chinese by default, a remembered choice wins. */
import { useCallback, useMemo, useState } from 'react';
import type { Lang } from '../../engine';
import { initialLanguage, LANGUAGE_STORAGE_KEY, translator, type Translate } from '../i18n';
import { remember, safeStorage } from './storage';

export interface LanguageState {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

export function useLanguage(displayLanguage: string | undefined): LanguageState {
  const [lang, setLangState] = useState<Lang>(() => initialLanguage(displayLanguage, safeStorage()));
  const setLang = useCallback((next: Lang) => {
    remember(LANGUAGE_STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const t = useMemo(() => translator(lang), [lang]);
  return { lang, setLang, t };
}
