/** Is this page inside WPS 表格? Kept apart from the WPS host so the Office pane does not load the WPS door. */
import type { EtApplication } from '../workbook/wps/etApi';

/**
 * `window.Application` when the page runs inside WPS (and not inside Office, whose pages may
 * define other globals): ET's application has an `ActiveWorkbook` and an `ApiEvent`.
 */
export function wpsApplication(w: { Application?: unknown; Office?: unknown }): EtApplication | null {
  if (typeof w.Office !== 'undefined') return null;
  const app = w.Application as Partial<EtApplication> | undefined;
  if (!app || typeof app !== 'object' || !('ApiEvent' in app)) return null;
  return app as EtApplication;
}
