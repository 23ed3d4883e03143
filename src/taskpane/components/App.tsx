/**
 * The task pane. All workbook access goes through the host's hooks; the same component runs in
 * Excel (Office host) and in the browser preview and tests (fake host).
 */
import { Switch, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { PaneHost } from '../host';
import { useEvaluation } from '../hooks/useEvaluation';
import { useLanguage } from '../hooks/useLanguage';
import { usePersistentFlag } from '../hooks/usePersistentFlag';
import { useStaleness } from '../hooks/useStaleness';
import { useWorkbook } from '../hooks/useWorkbook';
import { ChangeList } from './ChangeList';
import { ChecksView } from './ChecksView';
import { DataView } from './DataView';
import { EvaluateBar } from './EvaluateBar';
import { LanguageSwitch } from './LanguageSwitch';
import { RulesPanel } from './RulesPanel';
import { ScoresView } from './ScoresView';
import { StaleBanner } from './StaleBanner';

export const AUTO_RECALC_STORAGE_KEY = 'perf-eval.autoRecalc';

type View = 'data' | 'scores' | 'checks';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  sticky: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingBottom: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

export function App({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const { lang, setLang, t } = useLanguage(host.displayLanguage);
  const [view, setView] = useState<View>('data');
  const [autoRecalc, setAutoRecalc] = usePersistentFlag(AUTO_RECALC_STORAGE_KEY, false);

  const workbook = useWorkbook(host, lang);
  const evaluation = useEvaluation(host, lang);
  const refreshInputs = workbook.refresh;
  const staleness = useStaleness(host, lang, {
    runningRef: evaluation.runningRef,
    autoRecalc,
    recalculate: evaluation.run,
    onEdited: () => void refreshInputs(),
  });
  const checkStaleness = staleness.check;

  // After each write: the sheet now matches the figures; re-read both so the pane says so.
  useEffect(() => {
    if (evaluation.writes === 0) return;
    void refreshInputs();
    void checkStaleness();
  }, [evaluation.writes, refreshInputs, checkStaleness]);

  const onBound = useCallback(() => void checkStaleness(), [checkStaleness]);
  const changes = evaluation.result?.changes ?? null;

  return (
    <main className={styles.root} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <div className={styles.sticky}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t('appTitle')}</h1>
          <LanguageSwitch lang={lang} setLang={setLang} t={t} />
        </header>
        <EvaluateBar evaluation={evaluation} t={t} />
      </div>
      <StaleBanner
        staleness={staleness}
        busy={evaluation.busy}
        onRecalculate={() => void evaluation.run()}
        t={t}
      />
      {staleness.eventsSupported === false && <Text size={200}>{t('noEventsNote')}</Text>}
      {staleness.eventsSupported && (
        <Switch checked={autoRecalc} onChange={(_, d) => setAutoRecalc(d.checked)} label={t('autoRecalc')} />
      )}
      {changes && evaluation.phase === 'done' && <ChangeList changes={changes} t={t} />}
      <TabList
        selectedValue={view}
        onTabSelect={(_, d) => setView(d.value as View)}
        aria-label={t('tabsLabel')}
      >
        <Tab value="data">{t('tabData')}</Tab>
        <Tab value="scores">{t('tabScores')}</Tab>
        <Tab value="checks">{t('tabChecks')}</Tab>
      </TabList>
      <div
        role="tabpanel"
        aria-label={t(view === 'data' ? 'tabData' : view === 'scores' ? 'tabScores' : 'tabChecks')}
      >
        {view === 'data' && <DataView workbook={workbook} host={host} t={t} onBound={onBound} />}
        {view === 'scores' && (
          <>
            <ScoresView
              evaluation={workbook.evaluation}
              written={staleness.evaluated && !staleness.stale}
              t={t}
            />
            <RulesPanel
              host={host}
              evaluation={workbook.evaluation}
              onWritten={() => void refreshInputs()}
              t={t}
            />
          </>
        )}
        {view === 'checks' && <ChecksView evaluation={workbook.evaluation} t={t} />}
      </div>
    </main>
  );
}
