/**
 * The WPS 加载项's entry script, loaded by index.html. WPS looks the ribbon callbacks up as global
 * functions, so they are put on the window; outside WPS (no `window.Application`) nothing happens.
 */
import type { EtAddinHost } from '../workbook/wps';
import { createRibbon } from './ribbon';

const host = (window as unknown as { Application?: EtAddinHost }).Application;
if (host) {
  const callbacks = createRibbon(host, {
    pageUrl: window.location.href,
    notify: (message) => window.alert(message),
  });
  Object.assign(window, callbacks);
}
