/**
 * A pane host over the fake Excel host: the same Office adapter the add-in uses in Excel, so
 * the preview exercises the real code path. `onChanged` tells the page when the pane wrote the
 * sheet or repointed a name, so the grid can redraw.
 */
import type { PaneHost } from '../taskpane/host';
import { paneHostOver } from '../taskpane/host';
import type { FakeWorkbook } from './fakeExcel';

export type PreviewChange =
  { kind: 'write'; sheetName: string } | { kind: 'bind' } | { kind: 'select'; address: string };

export function previewPaneHost(
  wb: FakeWorkbook,
  onChanged: (change: PreviewChange) => void,
  displayLanguage = 'zh-CN',
): PaneHost {
  const host = paneHostOver(wb.run, wb.isSetSupported, displayLanguage);
  return reportingChanges(host, onChanged);
}

/**
 * `host` with every change the pane makes to the workbook (a write, a bound name, a selection)
 * reported to `onChanged`, so the page can redraw its grid; shared by the Excel and WPS previews.
 */
export function reportingChanges(host: PaneHost, onChanged: (change: PreviewChange) => void): PaneHost {
  return {
    ...host,
    port: {
      read: (request) => host.port.read(request),
      write: async (model, options) => {
        try {
          await host.port.write(model, options);
        } finally {
          onChanged({ kind: 'write', sheetName: model.name });
        }
      },
    },
    bindNameToSelection: async (name) => {
      const address = await host.bindNameToSelection(name);
      onChanged({ kind: 'bind' });
      return address;
    },
    selectAddress: async (address) => {
      await host.selectAddress(address);
      onChanged({ kind: 'select', address });
    },
    ...(host.binding ? { binding: reportingBinding(host.binding, onChanged) } : {}),
  };
}

/** 自动识别's 确认 writes a sheet and names: the page redraws after it, as after any write. */
function reportingBinding(
  binding: NonNullable<PaneHost['binding']>,
  onChanged: (change: PreviewChange) => void,
): NonNullable<PaneHost['binding']> {
  return {
    ...binding,
    writeBinding: async (model, names) => {
      try {
        await binding.writeBinding(model, names);
      } finally {
        onChanged({ kind: 'write', sheetName: model.name });
      }
    },
  };
}
