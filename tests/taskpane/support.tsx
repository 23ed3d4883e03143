/**
 * Rendering the real task pane over the fake Excel host holding the sample workbook (the same
 * spec the browser preview loads), plus small helpers to play the clerk.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, render, type RenderResult } from '@testing-library/react';
import {
  fakeWorkbookFromSpec,
  type FakeWorkbook,
  type FakeWorkbookOptions,
  type FakeWorkbookSpec,
} from '../../src/preview/fakeExcel';
import { SAMPLE_SPEC } from '../../src/preview/sampleWorkbook';
import { App } from '../../src/taskpane/components/App';
import { paneHostOver, type PaneHost } from '../../src/taskpane/host';

/**
 * jsdom has no layout and no ResizeObserver; Fluent's MessageBar observes its own width to choose
 * a layout. An observer that never reports keeps the default layout, which is all a test needs.
 */
class NoLayoutResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { value: NoLayoutResizeObserver, configurable: true });
}

// Rendering the whole pane in jsdom is slow on a busy machine: allow waits well beyond the 1 s default.
configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30000);

export interface SampleOptions extends FakeWorkbookOptions {
  /** Names to leave out of the sample. */
  missing?: string[];
  /** Extra sheets, e.g. a foreign 绩效自评. */
  extraSheets?: FakeWorkbookSpec['sheets'];
}

export function sampleWorkbook(options: SampleOptions = {}): FakeWorkbook {
  const { missing = [], extraSheets = [], ...fakeOptions } = options;
  return fakeWorkbookFromSpec(
    {
      sheets: [...SAMPLE_SPEC.sheets, ...extraSheets],
      names: (SAMPLE_SPEC.names ?? []).filter((n) => !missing.includes(n.name)),
    },
    fakeOptions,
  );
}

/** Where a name points in the sample (`基础数据!C9`), without `$` and `=`. */
export function sampleAddress(name: string): string {
  const entry = (SAMPLE_SPEC.names ?? []).find((n) => n.name === name);
  if (!entry) throw new Error(`the sample has no name ${name}`);
  return entry.refersTo.replace(/^=/, '').replace(/\$/g, '');
}

export function renderPane(
  wb: FakeWorkbook,
  host: PaneHost = paneHostOver(wb.run, wb.isSetSupported, 'zh-CN'),
): RenderResult {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

/** The value on the written evaluation sheet in the cell right of a label in column A (e.g. 总分). */
export function sheetValueBeside(wb: FakeWorkbook, sheetName: string, label: string): unknown {
  for (let row = 1; row <= 40; row += 1) {
    if (wb.getValue(`${sheetName}!A${row}`) === label) return wb.getValue(`${sheetName}!B${row}`);
  }
  throw new Error(`no row labelled ${label} on ${sheetName}`);
}
