/**
 * The ribbon callbacks of the WPS 加载项. WPS loads the entry page (index.html) when 表格 starts,
 * reads ribbon.xml and calls these by name: OnAddinLoad once, OnAction on a click, GetImage for
 * each button's icon. They are created over the host's `Application` so tests can hand in the fake.
 */
import type { EtAddinHost } from '../workbook/wps';
import { recalculateInWps } from './recalculate';

/** Where the open pane's id is kept: PluginStorage is shared by every page of the add-in. */
export const TASKPANE_ID_KEY = 'perf-eval.taskpaneId';
export const TASKPANE_TITLE = '部门整体支出绩效自评';

/** The control WPS passes to callbacks; `Id` is the button's id in ribbon.xml. */
export interface RibbonControl {
  readonly Id: string;
}

export interface RibbonCallbacks {
  OnAddinLoad(ribbonUI: unknown): boolean;
  OnAction(control: RibbonControl): boolean;
  GetImage(control: RibbonControl): string;
}

export interface RibbonOptions {
  /** The entry page's URL: the pane and the icons sit beside it. */
  pageUrl: string;
  /** How a message reaches the clerk (WPS shows `alert` as a dialog). */
  notify: (message: string) => void;
  /** Resolves when a 重新计算 started by OnAction has finished (for tests). */
  onSettled?: () => void;
}

/** Show the pane, creating it once per WPS session and remembering its id. */
export function openPane(app: EtAddinHost, pageUrl: string): number {
  const remembered = Number(app.PluginStorage.getItem(TASKPANE_ID_KEY) || NaN);
  if (Number.isFinite(remembered)) {
    try {
      const pane = app.GetTaskPane(remembered);
      pane.Visible = true;
      return remembered;
    } catch {
      // The pane was deleted (or the id is stale): make a new one below.
    }
  }
  const pane = app.CreateTaskPane(new URL('taskpane.html', pageUrl).href, TASKPANE_TITLE);
  app.PluginStorage.setItem(TASKPANE_ID_KEY, pane.ID);
  pane.Visible = true;
  return pane.ID;
}

export function createRibbon(app: EtAddinHost, options: RibbonOptions): RibbonCallbacks {
  const { pageUrl, notify } = options;
  return {
    OnAddinLoad: () => true,
    OnAction: (control) => {
      switch (control.Id) {
        case 'btnOpenPane':
          try {
            openPane(app, pageUrl);
          } catch (error) {
            notify(`无法打开评价窗格：${error instanceof Error ? error.message : String(error)}`);
          }
          break;
        case 'btnRecalculate':
          recalculateInWps(app)
            .then(notify, (error: unknown) =>
              notify(`重新计算失败：${error instanceof Error ? error.message : String(error)}`),
            )
            .finally(() => options.onSettled?.());
          break;
        default:
          break;
      }
      return true;
    },
    GetImage: (control) =>
      new URL(control.Id === 'btnRecalculate' ? 'assets/icon-32.png' : 'assets/icon-64.png', pageUrl).href,
  };
}
