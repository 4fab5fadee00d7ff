/** What a ledger workbook looks like: list sheets and their columns, helper and generated sheets, formats. */
export * from './clues';
export * from './columns';
export * from './extensions';
export * from './format';
export * from './headers';
export * from './helperLayouts';
export * from './listSheets';
export * from './print';
export * from './problems';
export * from './reports';
export * from './responsibilities';
export * from './sheets';
export * from './evidence';
export * from './spotChecks';
export * from './tasks';
export * from './values';
