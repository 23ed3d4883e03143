/**
 * evaluate.html entry: the browser door over the file door's in-memory reader and writer, with
 * the 自评报告 draft (.docx) as a second download, drafted in the page like the command line does.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
// The browser-safe core only: the package index also exports the Node file reader.
import { openXlsxBytes } from '../../workbook/xlsx/core';
import { evaluate } from '../../engine';
import { parseInputs } from '../../workbook/parseInputs';
import { EvaluatePage, type PageDownload } from './EvaluatePage';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The report draft, as `perf-eval report` writes it; docx is loaded only when it is asked for. */
const reportDownload: PageDownload = {
  id: 'report',
  label: (lang) => (lang === 'en' ? 'Download the 自评报告 draft (.docx)' : '下载自评报告草稿（.docx）'),
  fileName: (evaluated) => evaluated.outputName.replace(/\.evaluated\.xlsx$/, '') + '.自评报告.docx',
  mimeType: DOCX_MIME,
  bytes: async (evaluated) => {
    const { renderReport } = await import(/* webpackChunkName: "report" */ '../../report');
    const { result } = evaluated;
    const inputs = parseInputs(result.snapshot.inputs);
    // The report is a Chinese document whatever the page's language, as on the command line:
    // the same inputs and rule set are scored again with Chinese commentary.
    const evaluation = evaluate(inputs, { ruleSet: result.ruleSet, lang: 'zh' });
    return renderReport(evaluation, { inputs });
  },
};

const downloads: PageDownload[] = [reportDownload];

const container = document.getElementById('container');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <EvaluatePage open={openXlsxBytes} downloads={downloads} />
    </FluentProvider>,
  );
}
