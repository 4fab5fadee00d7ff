/**
 * 节假日通知 → `_calendar`: read the State Council's holiday notice as pasted
 * text (parse*.ts), and write its days into the workbook's calendar, with the
 * deadlines that move reported and logged (command.ts). docs/DEADLINES.md,
 * "A new year's calendar".
 */
export * from './types';
export { parseNotice } from './parse';
export { noticeIssueText, noticeJson } from './messages';
export { calendarNoticeCommand } from './command';
