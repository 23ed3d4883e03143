/**
 * Why a task-pane action could not be done in Excel, as a reason the pane words in the clerk's
 * language (the door knows Excel, the pane knows the words).
 */
export type OfficeActionReason =
  /** A chart or shape is selected, or several areas (getSelectedRange throws InvalidSelection). */
  | 'invalidSelection'
  /** The sheet of the address is hidden: Excel cannot select cells on it. */
  | 'hiddenSheet'
  /** The sheet of the address no longer exists. */
  | 'noSheet';

export class OfficeActionError extends Error {
  constructor(
    public readonly reason: OfficeActionReason,
    /** The sheet concerned, when there is one. */
    public readonly sheetName?: string,
  ) {
    super(sheetName ? `${reason}: ${sheetName}` : reason);
    this.name = 'OfficeActionError';
  }
}

/** The Office.js error code of a failed request (OfficeExtension.Error#code), when it has one. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = error.code;
  return typeof code === 'string' ? code : undefined;
}
