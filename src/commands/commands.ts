/**
 * Ribbon function file: the 重新计算 button runs the evaluation without opening the task pane.
 */
import { recalculateWorkbook } from './recalculateWorkbook';

/** The part of Office.js this file uses, so tests can hand in a typed partial fake. */
export interface CommandHost {
  onReady(callback: () => void): unknown;
  actions?: { associate(name: string, handler: (event: Office.AddinCommands.Event) => void): void };
}

/** Where a failure message goes; resolves once the message is shown (or could not be). */
export type FailureReporter = (message: string) => void | Promise<void>;

export const consoleReporter = (message: string): void => {
  console.error(`重新计算失败 / Recalculation failed: ${message}`);
};

/** What `displayDialogAsync` hands its callback (Office.AsyncResult<Office.Dialog>, the part used). */
export interface DialogOpened {
  /** Office.AsyncResultStatus ('succeeded' | 'failed' at run time). */
  status: unknown;
  /** Set when the dialog could not be opened (e.g. 12007: a dialog is already open). */
  error?: { message: string } | null;
}

/** The slice of `Office.context.ui` used to show a failure (DialogApi 1.1). */
export interface DialogHost {
  displayDialogAsync(
    url: string,
    options: { height: number; width: number; displayInIframe?: boolean },
    callback?: (result: DialogOpened) => void,
  ): void;
}

/** A host that never calls back must not leave the ribbon button busy for ever. */
export const DIALOG_CALLBACK_GRACE_MS = 15_000;

/**
 * Shows the failure in a small dialog (message.html, the text in the URL hash), and logs it.
 * Excel has no notification bar for function commands (Office.NotificationMessages exists on
 * Outlook items only), so without a dialog a failed click from the ribbon would pass unseen.
 *
 * Resolves only once `displayDialogAsync` has called back (the dialog is open, or failed to
 * open): the dialog opens asynchronously, and `event.completed()` means "the add-in has
 * completed processing and will automatically be closed"
 * (https://learn.microsoft.com/javascript/api/office/office.addincommands.event#office-office-addincommands-event-completed-member(1)),
 * so completing first can close the function file before its dialog is up.
 */
export function dialogReporter(
  ui: DialogHost | undefined,
  pageUrl: string,
  graceMs: number = DIALOG_CALLBACK_GRACE_MS,
): FailureReporter {
  return (message) => {
    consoleReporter(message);
    if (!ui) return;
    const url = new URL('message.html', pageUrl);
    url.hash = encodeURIComponent(message);
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      const done = (result?: DialogOpened): void => {
        clearTimeout(timer);
        if (result && (result.error || String(result.status) === 'failed'))
          console.error(
            `对话框未能打开 / The dialog did not open: ${result.error?.message ?? String(result.status)}`,
          );
        resolve();
      };
      try {
        ui.displayDialogAsync(url.href, { height: 30, width: 35, displayInIframe: true }, done);
      } catch {
        // Already logged; a host that refuses dialogs leaves the console as the only trace.
        done();
      }
    });
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
    try {
      // The report may be a dialog: complete only once it has been shown or has failed to open.
      await report(error instanceof Error ? error.message : String(error));
    } catch {
      // A reporter that fails must not keep the button busy.
    }
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
