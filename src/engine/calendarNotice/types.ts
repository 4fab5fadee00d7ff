/**
 * What reading a holiday notice gives: the State Council's annual
 * 《国务院办公厅关于YYYY年部分节假日安排的通知》 (or a later notice that
 * adjusts one holiday) as the days it sets, in the `_calendar` sheet's terms.
 */
import type { MessageParams } from '../../i18n';
import type { IsoDate } from '../rules/dates';

/** The day types of `_calendar`: 休 a day off, 班 a (make-up) working day. */
export type NoticeDayType = '休' | '班';

export interface NoticeDay {
  date: IsoDate;
  type: NoticeDayType;
  /** The item's holiday as the notice names it: 春节, 中秋节、国庆节 … */
  holiday: string;
}

/** Something to tell the user about the notice, rendered by noticeIssueText in their language. */
export interface NoticeIssue {
  code:
    | 'weekday' // （周四） written beside a date that is a Wednesday
    | 'conflict' // one day both given off and called a working day
    | 'badDate' // 2月30日
    | 'outOfYear' // a date far from the notice's year
    | 'count' // 共N天 that is not the length of its range
    | 'unread'; // a sentence with dates that sets neither days off nor working days
  /** The item it belongs to, as the notice writes it ("二、春节"); '' outside items. */
  item: string;
  params: MessageParams;
}

export interface ParsedNotice {
  /** The year the notice arranges (2027 for 《…关于2027年部分节假日安排的通知》). */
  year: number;
  /** The title line, when the text has one. */
  title: string | null;
  /** 文号, e.g. 国办发明电〔2025〕7号, when the text has one. */
  docNumber: string | null;
  /**
   * A notice that changes part of a year already announced (关于调整…): it layers over the
   * earlier notice's days instead of replacing the year.
   */
  adjustment: boolean;
  /** In the notice's order: item by item, its days off (every day of a range), then its make-up working days. */
  days: NoticeDay[];
  /** Worth a look, but nothing wrong with the days. */
  warnings: NoticeIssue[];
  /** While any of these stands nothing may be written: weekday contradictions, a day both off and working, impossible dates. */
  errors: NoticeIssue[];
}

/** A `_calendar` row the notice would change (its type differs), or a row of the notice's year it does not set. */
export interface CalendarRowDiff {
  /** 1-based row of `_calendar`. */
  row: number;
  date: IsoDate;
  /** The row's type as typed (休 / 班 / off / work …). */
  type: NoticeDayType;
  note: string;
  /** For a changed row: what the notice sets, and for which holiday. */
  to?: NoticeDayType;
  holiday?: string;
}

/** A deadline that moved because the calendar changed. */
export interface MovedDeadline {
  sheet: string;
  /** 1-based row. */
  row: number;
  /** A1 address of the deadline cell. */
  cell: string;
  /** The column's header as the sheet has it (整改期限, 签收期限 …). */
  column: string;
  /** The row's ID (问题编号, 线索编号 …), '' when it has none. */
  id: string;
  old: IsoDate | null;
  new: IsoDate | null;
}

export interface NoticeWriteResult {
  year: number;
  /** Days the notice adds to `_calendar` (not there before). */
  added: NoticeDay[];
  /** Rows of `_calendar` whose type the notice contradicts. */
  changed: CalendarRowDiff[];
  /**
   * Rows of an annual notice's year that it does not set: kept (a local holiday, a guess typed before the notice),
   * emptied when replacing. An adjustment notice speaks for one holiday and has none.
   */
  extra: CalendarRowDiff[];
  /** Days already in `_calendar` exactly as the notice sets them. */
  same: number;
  /** Rows contradict the notice and `replace` was not given: nothing is written. */
  needsReplace: boolean;
  /** Deadlines on the list sheets that the new calendar moves (empty when nothing is written). */
  moved: MovedDeadline[];
  /** Years a computed deadline still depends on that the calendar does not cover, after the notice. */
  uncovered: number[];
}
