/**
 * Ribbon function file: the 重新计算 button runs the evaluation without opening the task pane.
 */
import { recalculateWorkbook } from './recalculateWorkbook';

/** The part of Office.js this file uses, so tests can hand in a typed partial fake. */
export interface CommandHost {
  onReady(callback: () => void): unknown;
  actions?: { associate(name: string, handler: (event: Office.AddinCommands.Event) => void): void };
}

/** Where a failure message goes: the host's notification area when it has one, else the console. */
export type FailureReporter = (message: string) => void;

export const consoleReporter: FailureReporter = (message) => {
  // Excel has no notification bar for function commands (Office.NotificationMessages exists on
  // Outlook items only), and a dialog is too heavy for a background action.
  console.error(`重新计算失败 / Recalculation failed: ${message}`);
};

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
  void runCommand(event, recalculateWorkbook);
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
