/** Task-pane entry: mount the App over the Office host once Office is ready. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import { createOfficePaneHost, type PaneHost } from './host';
import { wpsApplication } from './wpsDetect';

function say(text: string): void {
  const container = document.getElementById('container');
  if (container) container.textContent = text;
}

function mount(host: PaneHost = createOfficePaneHost()): void {
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}

// Inside WPS 表格 there is no office.js but an ET `window.Application`: the same pane over the WPS door.
const wps = wpsApplication(window);

// Say why the pane is empty instead of staying blank: office.js missing, or a page opened outside Excel.
if (wps) {
  // Loaded only inside WPS: the Office pane does not carry the ET door.
  void import(/* webpackChunkName: "wps-host" */ './wpsHost')
    .then(({ createWpsPaneHost }) => mount(createWpsPaneHost(wps)))
    .catch((error: unknown) => say(`WPS 窗格无法加载 (the WPS pane could not be loaded): ${String(error)}`));
} else if (typeof Office === 'undefined') {
  say('无法加载 office.js，请检查网络或联系管理员。 (office.js could not be loaded.)');
} else {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) mount();
    else
      say(
        '请在 Excel 中打开本加载项；不装 Excel 可以用 npm run preview 预览。 (Open this add-in in Excel, or try npm run preview.)',
      );
  }).catch((error: unknown) => say(`Office 未就绪 (Office is not ready): ${String(error)}`));
}
