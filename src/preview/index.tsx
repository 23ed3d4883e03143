/**
 * Preview entry: the sample workbook in the fake Excel host, the real task pane beside a grid.
 * URL parameters: `?missing=PE_ProcurementPlan` leaves names out; `?api=1.4` claims an older Excel.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { PreviewPage } from './PreviewPage';
import { previewOptionsFromQuery, sampleWorkbook } from './sampleWorkbook';

const container = document.getElementById('container');
if (container) {
  const options = previewOptionsFromQuery(window.location.search);
  const wb = sampleWorkbook(options);
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewPage wb={wb} missing={options.missing} />
    </FluentProvider>,
  );
}
