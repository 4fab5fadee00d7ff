/** The rules: dates, the working-day calendar, time limits, deadlines, alerts, settings (docs/DEADLINES.md, docs/STATUS.md). */
export * from './calendar';
export * from './clock';
export * from './cycleAlertText';
export * from './cycleStatus';
export * from './dates';
export * from './deadline';
export * from './excelSerial';
export * from './fileNames';
export * from './parseDate';
export * from './settings';
export * from './status';
export * from './evidence';
export * from './timeLimit';
