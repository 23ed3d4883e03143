/**
 * Ribbon function file: the 重新计算 button runs the evaluation without opening the task pane.
 */
import { recalculateWorkbook } from './recalculateWorkbook';

/** The part of Office.js this file uses, so tests can hand in a typed partial fake. */
export interface CommandHost {
  onReady(callback: () => void): unknown;
  actions?: { associate(name: string, handler: (event: Office.AddinCommands.Event) => void): void };
}

/** Where a failure message goes. */
export type FailureReporter = (message: string) => void;

export const consoleReporter: FailureReporter = (message) => {
  console.error(`重新计算失败 / Recalculation failed: ${message}`);
};

/** The slice of `Office.context.ui` used to show a failure (DialogApi 1.1). */
export interface DialogHost {
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe?: boolean },
  ): void;
}

/**
 * Shows the failure in a small dialog (message.html, the text in the URL hash), and logs it.
 * Excel has no notification bar for function commands (Office.NotificationMessages exists on
 * Outlook items only), so without a dialog a failed click from the ribbon would pass unseen.
 */
export function dialogReporter(ui: DialogHost | undefined, pageUrl: string): FailureReporter {
  return (message) => {
    consoleReporter(message);
    if (!ui) return;
    const url = new URL('message.html', pageUrl);
    url.hash = encodeURIComponent(message);
    try {
      ui.displayDialogAsync(url.href, { height: 30, width: 35, displayInIframe: true });
    } catch {
      // Already logged; a host that refuses dialogs leaves the console as the only trace.
    }
  };
}

/** The reporter for the running host: a dialog where DialogApi 1.1 exists, else the console. */
function hostReporter(): FailureReporter {
  const dialogs =
    typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('DialogApi', '1.1');
  return dialogs ? dialogReporter(Office.context.ui, window.location.href) : consoleReporter;
}

/**
 * Runs `work` and always completes the event: Office shows the button as busy, and queues
 * further clicks, until `completed()` is called, even when the work failed.
 */
export async function runCommand(
  event: Pick<Office.AddinCommands.Event, 'completed'>,
  work: () => Promise<void>,
  report: FailureReporter = consoleReporter,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    report(error instanceof Error ? error.message : String(error));
  } finally {
    event.completed();
  }
}

export function recalculate(event: Office.AddinCommands.Event): void {
  void runCommand(event, recalculateWorkbook, hostReporter());
}

/**
 * Registers the command. `Office.actions.associate` is the current way; hosts that predate it
 * look the function up by name on the global object (the function file convention).
 */
export function registerCommands(host: CommandHost, globalObject: Record<string, unknown>): void {
  host.onReady(() => {
    if (host.actions && typeof host.actions.associate === 'function') {
      host.actions.associate('recalculate', recalculate);
    } else {
      globalObject['recalculate'] = recalculate;
    }
  });
}

if (typeof Office !== 'undefined') {
  registerCommands(Office, globalThis);
}
