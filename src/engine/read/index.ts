/** Reading a snapshot: the list sheets as typed records, the helper sheets as settings, lists and calendar. */
export * from './calendarGaps';
export * from './codes';
export * from './helperSheets';
export * from './locate';
export * from './readCycle';
export * from './readWorkbook';
export * from './records';
export * from './evidence';
export * from './spotChecks';
