/**
 * The user's wall clock. "Today" is the calendar date on the clock of the
 * person at the machine, so these two read a Date in local time: the only
 * place in the code that does. Every surface (CLI, pane, ribbon) uses them.
 */
import type { IsoDate } from './dates';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The local calendar date of `now`, e.g. '2026-11-23'. */
export function localToday(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/** Local wall-clock time for `_log` and banners, e.g. '2026-11-23 18:05:09'. */
export function localNow(now: Date = new Date()): string {
  return `${localToday(now)} ${pad2(now.getHours())}:${pad2(now.getMinutes())}:${pad2(now.getSeconds())}`;
}
