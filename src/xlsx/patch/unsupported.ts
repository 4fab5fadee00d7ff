/**
 * Something in the plan or in the file that the patcher does not write: the
 * caller writes the workbook through ExcelJS instead, as before. The message
 * names the reason (logged at debug level), never shown as an error.
 */
export class PatchUnsupported extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PatchUnsupported';
  }
}
