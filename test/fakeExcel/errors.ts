/**
 * Errors as Office.js reports them: a RichApi.Error whose `code` is one of
 * the documented codes ("Error handling with the application-specific
 * JavaScript APIs", https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling):
 * AccessDenied, ApiNotFound, BadPassword, GeneralException, InactiveWorkbook,
 * InvalidArgument, InvalidOperation, InvalidOperationInCellEditMode,
 * InvalidSelection, ItemAlreadyExists, ItemNotFound, MergedRangeConflict,
 * RangeExceedsLimit, RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded … `debugInfo.errorLocation` names the
 * member that failed, as Office.js does.
 */
export class FakeError extends Error {
  debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message };
  }
}
