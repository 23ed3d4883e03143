/**
 * Preview entry: the sample workbook in the fake Excel host, the real task pane beside a grid.
 * URL parameters: `?missing=PE_ProcurementPlan` leaves names out; `?book=clerk` opens a
 * department's own workbook without names (for 自动识别); `?api=1.4` claims an older Excel
 * (below 1.13 merged cells cannot be read, and 自动识别 says so).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { PreviewPage } from './PreviewPage';
import { previewOptionsFromQuery, previewWorkbook, previewWorkbookLabel } from './sampleWorkbook';

const container = document.getElementById('container');
if (container) {
  const options = previewOptionsFromQuery(window.location.search);
  const wb = previewWorkbook(options);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewPage wb={wb} missing={options.missing} workbookLabel={previewWorkbookLabel(options)} />
    </FluentProvider>,
  );
}
