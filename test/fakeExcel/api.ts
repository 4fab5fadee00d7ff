/**
 * Requirement sets: the ExcelApi version each member the fake models needs,
 * as the reference gives it ("[Api set: ExcelApi 1.x]" on every member of
 * https://learn.microsoft.com/javascript/api/excel/, the same text as
 * @types/office-js). A host at a lower level refuses the member at the sync
 * with ApiNotFound ("The API you are trying to use could not be found. It may
 * be available in a newer version of the Office application",
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
 * and `Office.context.requirements.isSetSupported('ExcelApi', v)` answers for
 * that level, so an adapter that forgets to ask fails here as it would in an
 * older Excel. Members not listed are ExcelApi 1.1.
 */
/** The newest ExcelApi in the type definitions this repository builds against (@types/office-js). */
export const NEWEST_EXCEL_API = '1.21';

export const EXCEL_API: Readonly<Record<string, string>> = {
  'Workbook.getSelectedRanges': '1.9',
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'Worksheet.getUsedRangeOrNullObject': '1.4',
  'Worksheet.standardWidth': '1.7',
  'Worksheet.tabColor': '1.7',
  'WorksheetFreezePanes.freezeAt': '1.7',
  'WorksheetFreezePanes.freezeRows': '1.7',
  'WorksheetFreezePanes.freezeColumns': '1.7',
  'WorksheetFreezePanes.unfreeze': '1.7',
  'WorksheetFreezePanes.getLocationOrNullObject': '1.7',
  'WorksheetProtection.protect': '1.2',
  'WorksheetProtection.unprotect': '1.2',
  'WorksheetProtection.protected': '1.2',
  'PageLayout.orientation': '1.9',
  'PageLayout.zoom': '1.9',
  'PageLayout.paperSize': '1.9',
  'PageLayout.setPrintTitleRows': '1.9',
  'PageLayout.setPrintArea': '1.9',
  'HeaderFooter.leftHeader': '1.9',
  'HeaderFooter.centerHeader': '1.9',
  'HeaderFooter.rightHeader': '1.9',
  'HeaderFooter.leftFooter': '1.9',
  'HeaderFooter.centerFooter': '1.9',
  'HeaderFooter.rightFooter': '1.9',
  'NoteCollection.add': '1.18',
  'NoteCollection.getItem': '1.18',
  'NoteCollection.getItemOrNullObject': '1.18',
  'NoteCollection.items': '1.18',
  'Note.content': '1.18',
  'Range.getMergedAreasOrNullObject': '1.13',
  'Range.unmerge': '1.2',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.autofitRows': '1.2',
  'DataValidation.clear': '1.8',
  'DataValidation.rule': '1.8',
  'DataValidation.type': '1.8',
  'DataValidation.ignoreBlanks': '1.8',
  'DataValidation.errorAlert': '1.8',
  'DataValidation.prompt': '1.8',
  'ConditionalFormatCollection.add': '1.6',
  'ConditionalFormatCollection.clearAll': '1.6',
  'ConditionalFormatCollection.items': '1.6',
  'ConditionalFormat.type': '1.6',
  'ConditionalFormat.priority': '1.6',
  'ConditionalFormat.stopIfTrue': '1.6',
  'ConditionalFormat.delete': '1.6',
  'ConditionalFormat.getRangeOrNullObject': '1.6',
  'ConditionalFormat.custom': '1.6',
  'ConditionalFormat.customOrNullObject': '1.6',
  'Table.resize': '1.13',
  'NamedItemCollection.add': '1.4',
  'NamedItem.formula': '1.7',
};

/** a ≤ b for ExcelApi versions '1.9' < '1.13'. */
export function versionAtMost(a: string, b: string): boolean {
  const [x, y] = a.split('.').map(Number);
  const [p, q] = b.split('.').map(Number);
  return x < p || (x === p && (y ?? 0) <= (q ?? 0));
}

/** The ExcelApi version the member needs ('Kind.member'). */
export function requiredApi(kind: string, member: string): string {
  return EXCEL_API[`${kind}.${member}`] ?? '1.1';
}

/**
 * The level a test host runs at when the test does not choose one: the jest
 * project's (jest.config.js runs the add-in suites once at the manifest's
 * minimum and once at the newest), else the newest.
 */
export function defaultExcelApi(): string {
  const g = (globalThis as { FAKE_EXCEL_API?: string }).FAKE_EXCEL_API;
  return g ?? NEWEST_EXCEL_API;
}

/**
 * Called where the level decides (a member's check, an `isSetSupported`
 * question) on a host at the project's default level: when what is needed is
 * above the manifest's minimum, an Excel at that minimum would refuse or answer
 * otherwise, so the suite must run there too. jest.config.js gives the newest
 * project MANIFEST_EXCEL_API; test/setup/excelApiGuard.ts reads the note.
 */
export function noteAboveMinimum(needed: string, what: string): void {
  const g = globalThis as { MANIFEST_EXCEL_API?: string; EXCEL_API_ABOVE_MINIMUM?: string };
  if (g.MANIFEST_EXCEL_API && !versionAtMost(needed, g.MANIFEST_EXCEL_API))
    g.EXCEL_API_ABOVE_MINIMUM ??= `${what} (ExcelApi ${needed})`;
}
