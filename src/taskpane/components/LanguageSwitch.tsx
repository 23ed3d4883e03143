/** 中文 / English: a visible switch; the choice is remembered by useLanguage. */
import { ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../engine';
import type { Translate } from '../i18n';

const useStyles = makeStyles({
  group: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

export function LanguageSwitch({
  lang,
  setLang,
  t,
}: {
  lang: Lang;
  setLang: (l: Lang) => void;
  t: Translate;
}) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={t('languageLabel')} className={styles.group}>
      <ToggleButton size="small" checked={lang === 'zh'} onClick={() => setLang('zh')} lang="zh-CN">
        {t('languageZh')}
      </ToggleButton>
      <ToggleButton size="small" checked={lang === 'en'} onClick={() => setLang('en')} lang="en">
        {t('languageEn')}
      </ToggleButton>
    </div>
  );
}
