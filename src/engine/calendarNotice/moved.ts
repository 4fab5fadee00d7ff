/**
 * The deadlines a new calendar moves: every computed date of the lists
 * (整改期限 of problems and measures, 签收期限 and 办理期限 of clues, 整改期满日
 * and 重报期限 of reports) read before and after, compared row by row.
 * A deadline typed by hand is the user's and never moves.
 */
import { cellAddress } from '../core/a1';
import type { IsoDate } from '../rules/dates';
import type { ParsedWorkbook, SheetMapping } from '../read/records';
import type { Lang } from '../../i18n';
import type { AnyListId } from '../schema/columns';
import { ALL_LIST_SHEETS } from '../schema/listSheets';
import type { MovedDeadline } from './types';

interface DatedCell {
  list: AnyListId;
  key: string;
  row: number;
  id: string;
  date: IsoDate | null | undefined;
}

/** Every computed date of a reading, keyed by list, column and row. */
function computedDates(data: ParsedWorkbook): Map<string, DatedCell> {
  const cells: DatedCell[] = [];
  const add = (list: AnyListId, key: string, row: number, id: string, date: IsoDate | null | undefined) =>
    cells.push({ list, key, row, id, date });
  for (const p of data.problems) if (!p.deadlineTyped) add('problems', 'deadline', p.row, p.id, p.computedDeadline);
  for (const t of data.tasks) if (!t.deadlineTyped) add('tasks', 'deadline', t.row, t.problemId, t.computedDeadline);
  for (const c of data.clues) {
    if (!c.deadlineTyped) add('clues', 'deadline', c.row, c.id, c.computedDeadline);
    add('clues', 'signBy', c.row, c.id, c.signBy);
  }
  for (const r of data.reports) {
    if (!r.deadlineTyped) add('reports', 'deadline', r.row, r.unit, r.computedDeadline);
    if (!r.resubmit.deadlineTyped) add('reports', 'resubmitBy', r.row, r.unit, r.resubmit.computedDeadline);
  }
  return new Map(cells.map((c) => [`${c.list}\u0000${c.key}\u0000${c.row}`, c]));
}

function schemaHeader(list: AnyListId, key: string, lang: Lang): string {
  const def = ALL_LIST_SHEETS.find((d) => d.id === list);
  return def?.columns.find((c) => c.key === key)?.header[lang] ?? key;
}

function movedCell(mapping: SheetMapping, c: DatedCell, old: IsoDate | null): MovedDeadline {
  const column = mapping.columns[c.key];
  return {
    sheet: mapping.sheet,
    row: c.row,
    cell: column ? cellAddress(c.row, column) : '',
    // A sheet without the column (the date only computed, never shown) is named by the column's own header.
    column: mapping.headers[c.key] ?? schemaHeader(c.list, c.key, mapping.lang),
    id: c.id,
    old,
    new: c.date ?? null,
  };
}

export function movedDeadlines(before: ParsedWorkbook, after: ParsedWorkbook): MovedDeadline[] {
  const old = computedDates(before);
  const out: MovedDeadline[] = [];
  for (const [key, c] of computedDates(after)) {
    const was = old.get(key);
    const mapping = after.mappings[c.list];
    if (!was || !mapping || (was.date ?? null) === (c.date ?? null)) continue;
    out.push(movedCell(mapping, c, was.date ?? null));
  }
  return out;
}
