/**
 * evaluate.html entry: the browser door over the file door's in-memory reader and writer.
 * A further download (the 自评报告 .docx) is one more entry in `downloads` (see PageDownload).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
// The browser-safe core only: the package index also exports the Node file reader.
import { openXlsxBytes } from '../../workbook/xlsx/core';
import { EvaluatePage, type PageDownload } from './EvaluatePage';

const downloads: PageDownload[] = [];

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <EvaluatePage open={openXlsxBytes} downloads={downloads} />
    </FluentProvider>,
  );
}
