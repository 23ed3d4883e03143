/**
 * The WPS preview (wps-preview.html): the same page as the Excel preview, but the pane runs over
 * the WPS door and the fake ET host (the same sample workbook behind an ET-shaped API).
 * URL parameters as in the preview: `?missing=PE_ProcurementPlan` leaves names out;
 * `?book=clerk` opens a department's own workbook without names (for 自动识别).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { PaneHost } from '../taskpane/host';
import { createWpsPaneHost } from '../taskpane/wpsHost';
import { fakeEtApplication } from './fakeEt';
import type { FakeWorkbook } from './fakeExcel';
import { PreviewPage } from './PreviewPage';
import { reportingChanges, type PreviewChange } from './previewHost';
import { previewOptionsFromQuery, previewWorkbook, previewWorkbookLabel } from './sampleWorkbook';

/** The WPS pane host over the fake ET host, telling the page what the pane changed so the grid redraws. */
export function wpsPreviewHost(wb: FakeWorkbook, onChanged: (change: PreviewChange) => void): PaneHost {
  return reportingChanges(createWpsPaneHost(fakeEtApplication(wb), 'zh-CN'), onChanged);
}

const container = document.getElementById('container');
if (container) {
  const options = previewOptionsFromQuery(window.location.search);
  const wb = previewWorkbook(options);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewPage
        wb={wb}
        missing={options.missing}
        makeHost={wpsPreviewHost}
        hostName="WPS 表格"
        workbookLabel={previewWorkbookLabel(options)}
      />
    </FluentProvider>,
  );
}
