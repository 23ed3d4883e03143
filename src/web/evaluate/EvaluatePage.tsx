/**
 * evaluate.html: a clerk picks or drops a workbook, reads the evaluation as the command line
 * would print it, and downloads the evaluated workbook. Everything happens in this page: the file
 * is read with the File API, evaluated in memory and handed back as a blob URL; nothing is sent.
 *
 * More downloads (the 自评报告 .docx) plug in through `downloads`: each gets the evaluated result
 * and returns bytes, and appears as one more button beside the workbook's.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { Lang } from '../../engine';
import { ChecksView } from '../../taskpane/components/ChecksView';
import { LanguageSwitch } from '../../taskpane/components/LanguageSwitch';
import { ScoresView } from '../../taskpane/components/ScoresView';
import { useLanguage } from '../../taskpane/hooks/useLanguage';
import { EvaluationSummary } from './EvaluationSummary';
import { evaluateWorkbookBytes, type Evaluated, type OpenBytes, type PageOutcome } from './evaluateBytes';
import { pageText } from './pageText';

/** One more file the page can offer for an evaluated workbook (e.g. the 自评报告 draft). */
export interface PageDownload {
  id: string;
  label: (lang: Lang) => string;
  fileName: (evaluated: Evaluated) => string;
  mimeType: string;
  bytes: (evaluated: Evaluated, lang: Lang) => Promise<Uint8Array>;
}

export interface EvaluatePageProps {
  open: OpenBytes;
  /** Downloads beyond the evaluated workbook, shown after it in this order. */
  downloads?: PageDownload[];
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  root: {
    maxWidth: '960px',
    margin: '0 auto',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
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
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXXL,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
  },
  dropActive: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: 'none' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  pre: { whiteSpace: 'pre-wrap', margin: 0, fontFamily: tokens.fontFamilyBase },
});

type View = 'summary' | 'scores' | 'checks';

interface Picked {
  name: string;
  bytes: Uint8Array;
}

type State =
  | { phase: 'idle' }
  | { phase: 'working'; file: string }
  | { phase: 'done'; outcome: PageOutcome }
  | { phase: 'rejected'; message: string };

/** Hands bytes to the browser as a file download, from memory (a blob URL, never a request). */
function saveBytes(bytes: Uint8Array, fileName: string, mimeType: string): void {
  const blob = new Blob([bytes.slice().buffer], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, so the download has its data.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function EvaluatePage({ open, downloads = [] }: EvaluatePageProps) {
  const styles = useStyles();
  // No Office here: the page's default is Chinese; a remembered choice wins.
  const { lang, setLang, t } = useLanguage(undefined);
  const p = pageText(lang);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [view, setView] = useState<View>('summary');
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = p.title;
  }, [lang, p.title]);

  // Evaluate whenever the file or the language changes: the written sheet is in that language.
  useEffect(() => {
    if (!picked) return;
    let current = true;
    setState({ phase: 'working', file: picked.name });
    void evaluateWorkbookBytes(open, picked.bytes, picked.name, lang).then((outcome) => {
      if (current) setState({ phase: 'done', outcome });
    });
    return () => {
      current = false;
    };
  }, [open, picked, lang]);

  const take = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      if (!/\.xlsx$/i.test(file.name)) {
        setPicked(null);
        setState({ phase: 'rejected', message: p.notXlsxFile(file.name) });
        return;
      }
      setPicked({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    },
    [p],
  );

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files[0]);
  };

  let body: ReactNode = null;
  if (state.phase === 'working') body = <Spinner label={p.reading(state.file)} />;
  if (state.phase === 'rejected') {
    body = (
      <MessageBar intent="error">
        <MessageBarBody>{state.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.phase === 'done' && state.outcome.kind === 'refused') {
    body = (
      <MessageBar intent="error" data-testid="refused">
        <MessageBarBody>
          <MessageBarTitle>{p.refusedTitle}</MessageBarTitle>
          <pre className={styles.pre}>{state.outcome.message}</pre>
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (state.phase === 'done' && state.outcome.kind === 'evaluated') {
    const evaluated = state.outcome;
    const evaluation = evaluated.result.evaluation;
    body = (
      <>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            data-testid="download-workbook"
            onClick={() => saveBytes(evaluated.output, evaluated.outputName, XLSX_MIME)}
          >
            {p.download(evaluated.outputName)}
          </Button>
          {downloads.map((d) => (
            <Button
              key={d.id}
              data-testid={`download-${d.id}`}
              onClick={() =>
                void d
                  .bytes(evaluated, lang)
                  .then((bytes) => saveBytes(bytes, d.fileName(evaluated), d.mimeType))
              }
            >
              {d.label(lang)}
            </Button>
          ))}
        </div>
        <Text size={200}>{p.written(evaluated.sheets)}</Text>
        {evaluated.inputsSheetSkipped && <Text size={200}>{p.inputsSheetSkipped}</Text>}
        <TabList
          selectedValue={view}
          onTabSelect={(_e, data) => setView(data.value as View)}
          aria-label={p.detailsLabel}
        >
          <Tab value="summary">{p.tabSummary}</Tab>
          <Tab value="scores">{t('tabScores')}</Tab>
          <Tab value="checks">{t('tabChecks')}</Tab>
        </TabList>
        {view === 'summary' && <EvaluationSummary evaluation={evaluation} t={t} p={p} />}
        {view === 'scores' && <ScoresView evaluation={evaluation} written t={t} />}
        {view === 'checks' && <ChecksView evaluation={evaluation} t={t} />}
      </>
    );
  }

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{p.title}</h1>
        <LanguageSwitch lang={lang} setLang={setLang} t={t} />
      </header>
      <Text>{p.intro}</Text>
      <Text size={200}>{p.privacy}</Text>
      <div
        className={`${styles.drop} ${dragging ? styles.dropActive : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          ref={input}
          id="workbook-file"
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={styles.hidden}
          aria-label={p.dropLabel}
          onChange={(e) => {
            void take(e.target.files?.[0]);
            // Picking the same file again must evaluate again.
            e.target.value = '';
          }}
        />
        <Button appearance="primary" onClick={() => input.current?.click()}>
          {p.pick}
        </Button>
        <Text>{p.dropHint}</Text>
      </div>
      {body}
    </main>
  );
}
