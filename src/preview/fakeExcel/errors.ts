/**
 * Errors the fake raises the way Office.js does: `code` is the OfficeExtension.ErrorCodes /
 * Excel.ErrorCodes string (list: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'ApiNotFound'
  /** The current selection is a chart, a shape or several areas (Excel.ErrorCodes.invalidSelection). */
  | 'InvalidSelection'
  /** A read of more than 5,000,000 cells (Excel.ErrorCodes.rangeExceedsLimit). */
  | 'RangeExceedsLimit'
  /** Excel on the web: a response or a request of more than 5 MB. */
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RequestPayloadSizeLimitExceeded'
  /** An internal error while processing the request (Excel.ErrorCodes.generalException). */
  | 'GeneralException';

export class FakeOfficeError extends Error {
  constructor(
    public readonly code: FakeErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}
