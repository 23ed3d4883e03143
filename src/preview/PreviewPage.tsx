/**
 * The browser preview: the real task pane (same App) over the fake Excel host holding the
 * sample workbook, beside a read-only grid of that workbook and a few controls to play the user.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useReducer, useState } from 'react';
import { App } from '../taskpane/components/App';
import { formatAddress } from './fakeExcel';
import type { FakeWorkbook } from './fakeExcel';
import { PreviewControls } from './PreviewControls';
import { previewPaneHost } from './previewHost';
import { SAMPLE_FILE } from './sampleWorkbook';
import { SheetGrid } from './SheetGrid';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: '380px 1fr',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    alignItems: 'start',
  },
  pane: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    height: 'calc(100vh - 2 * 12px)',
    overflow: 'auto',
    boxSizing: 'border-box',
  },
  side: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

export interface PreviewPageProps {
  wb: FakeWorkbook;
  missing: string[];
  /** The pane's host over `wb` (default: the Office adapter over the fake Excel host). */
  makeHost?: typeof previewPaneHost;
  /** The host the page plays, for the page's text (default Excel). */
  hostName?: string;
  /** What the workbook is, for the page's text (default: the sample file). */
  workbookLabel?: string;
}

export function PreviewPage({
  wb,
  missing,
  makeHost = previewPaneHost,
  hostName = 'Excel',
  workbookLabel = `坪石办事处 2020 年样例（${SAMPLE_FILE}）`,
}: PreviewPageProps) {
  const styles = useStyles();
  // The fake is mutable; a counter redraws the grid whenever the pane or the controls change it.
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const [sheetName, setSheetName] = useState(wb.sheets[0]?.name ?? '');
  const host = useMemo(
    () =>
      makeHost(wb, (change) => {
        // Show what the pane just did: the sheet it wrote, or the sheet of the cell it selected.
        if (change.kind === 'write') setSheetName(change.sheetName);
        if (change.kind === 'select') {
          const active = wb.sheetById(wb.selection?.sheetId ?? '');
          if (active) setSheetName(active.name);
        }
        bump();
      }),
    [wb, makeHost],
  );
  const selection = wb.selection ? wb.sheetById(wb.selection.sheetId) : undefined;

  return (
    <div className={styles.page}>
      <div className={styles.pane} data-testid="taskpane">
        <App host={host} />
      </div>
      <div className={styles.side} data-version={version}>
        <h1 className={styles.heading}>任务窗格预览 (task pane preview)</h1>
        <p data-testid="workbook-line">
          工作簿：{workbookLabel}，在浏览器内存中模拟 {hostName}，不会保存。
          {missing.length > 0 && ` 已删除名称：${missing.join('、')}。`}
        </p>
        <PreviewControls wb={wb} onChanged={bump} />
        <p data-testid="selection">
          所选单元格 (selection)：
          {wb.selection && selection ? formatAddress(selection.name, wb.selection.range) : '（无）'}
        </p>
        <SheetGrid
          wb={wb}
          sheetName={sheetName}
          onSheet={setSheetName}
          onSelect={(name, row, col) => {
            const sheet = wb.sheet(name);
            if (!sheet) return;
            wb.selection = { sheetId: sheet.id, range: { r0: row, c0: col, r1: row, c1: col } };
            wb.activeSheetId = sheet.id;
            bump();
          }}
        />
      </div>
    </div>
  );
}
