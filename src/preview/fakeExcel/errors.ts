/** Errors the fake raises the way Office.js does: `code` is the OfficeExtension.ErrorCodes string. */
export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ItemNotFound'
  | 'ItemAlreadyExists'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'ApiNotFound';

export class FakeOfficeError extends Error {
  constructor(
    public readonly code: FakeErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}
