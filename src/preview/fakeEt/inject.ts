/**
 * A page script that plays WPS 表格 for the pane: it puts an ET-shaped `window.Application`
 * holding the sample workbook on the page before the pane's own scripts run. Browser tests inject
 * it with `page.addInitScript`; `?missing=PE_X,PE_Y` leaves names out, as in the preview;
 * `?book=clerk` holds a department's own workbook without names instead (for 自动识别).
 * `window.__fakeEt` gives a test the workbook to play the user (type a figure, select a cell).
 */
import { previewOptionsFromQuery, previewWorkbook } from '../sampleWorkbook';
import { fakeEtApplication } from './etHost';

const wb = previewWorkbook(previewOptionsFromQuery(window.location.search));
const app = fakeEtApplication(wb);
Object.assign(window, { Application: app, __fakeEt: { wb, app } });
