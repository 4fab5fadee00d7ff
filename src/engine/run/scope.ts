/**
 * What a command reads (docs/PERFORMANCE.md, "One read per click"). A command
 * names, for each kind of sheet, the part of its cells it needs:
 *
 *   whole  every cell (the list sheets a command works on, the helper sheets)
 *   head   the first HEAD_ROWS rows: enough to see a generated sheet's banner
 *          (A1) or a legacy ledger's header (import and the list reader look
 *          for a header in the first 30 rows), and how many rows it has
 *   tail   the header row and the last row (`_log`: the seal beside the
 *          header, and the last entry the next one chains on)
 *   none   no cells (the sheet is still listed, with its tables)
 *
 * and, for list sheets read whole, the columns no part of the command uses
 * (long free text) that may be left out of the rows below the head. The
 * parts are decided from sheet and table names alone (known before any cell
 * is read); the columns from the head. An adapter reading a file in memory
 * may ignore the scope and read everything: a scope only ever says what is
 * enough, and every command plans the same from a scoped read as from a
 * whole one (test/excel/scope.test.ts compares them).
 */
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { emptySheet } from '../core/snapshot';
import { locateListSheet, mapListSheet } from '../read/locate';
import type { ListSheetDef, ListSheetId } from '../schema/columns';
import { SPOT_CHECKS } from '../schema/spotChecks';
import * as listSheets from '../schema/listSheets';
import { GENERATED_NAMES, HELPER_SHEET_NAMES } from '../schema/sheets';

export type SheetPart = 'whole' | 'head' | 'tail' | 'none';

/** Rows of a head: the rows the list reader (locate.ts) and the legacy import (import/header.ts) search for a header. */
export const HEAD_ROWS = 30;

/** A sheet as known before its cells are read. */
export interface SheetOutline {
  name: string;
  tables: readonly TableSnapshot[];
}

export interface ReadScope {
  /** The part of each sheet's cells the command needs, in the order given. */
  parts(sheets: readonly SheetOutline[]): SheetPart[];
  /** Whether `skipColumns` may leave columns of each sheet out (known, like the parts, before any cell is read). */
  prunes(sheets: readonly SheetOutline[]): boolean[];
  /**
   * For a sheet read whole, from its first `headRows` rows (already read):
   * the columns (1-based) the rows below them may leave out. Empty: none.
   */
  skipColumns(head: SheetSnapshot, headRows: number): number[];
}

/** How a command's scope treats each kind of sheet. */
export interface ScopeSpec {
  /** 问题清单 / 责任清单 / 任务清单, found as the list reader finds them (name in either language, or table). */
  lists: SheetPart;
  /** _lists, _settings, _calendar. */
  helpers: SheetPart;
  log: SheetPart;
  /** 整改台账 / 统计 / 督办清单 (either language). */
  generated: SheetPart;
  /** Every other sheet (the user's own, legacy ledgers). */
  others: SheetPart;
  /** Sheets read whole whatever their kind. */
  whole?: readonly string[];
  /** Columns of the list sheets that no part of the command uses, by list and column key. */
  skip?: Partial<Record<ListSheetId, readonly string[]>>;
}

type Kind = 'lists' | 'helpers' | 'log' | 'generated' | 'others';

const HELPERS = new Set<string>([
  HELPER_SHEET_NAMES.lists,
  HELPER_SHEET_NAMES.settings,
  HELPER_SHEET_NAMES.calendar,
  // The distributions (下发) and returns: the supervision list chases packages not returned by their due date.
  '_distribution',
]);

/**
 * Every list the reader reads: the ledger's three and any other list sheet
 * the schema defines (READ_LIST_SHEETS where the schema has it): a list is
 * always read whole by the commands that read lists.
 */
const ALL_LISTS: readonly ListSheetDef[] = [
  ...((listSheets as { READ_LIST_SHEETS?: readonly ListSheetDef[] }).READ_LIST_SHEETS ?? listSheets.LIST_SHEETS),
  // 抽查清单 when a draw made it: statistics count its findings, so it is read with the lists.
  SPOT_CHECKS as unknown as ListSheetDef,
];

/** The outline as a snapshot without cells, for the list reader's own locating. */
function bare(sheets: readonly SheetOutline[]): WorkbookSnapshot {
  return {
    sheets: sheets.map((s) => ({ ...emptySheet(s.name), tables: [...s.tables] })),
    user: '',
    readAt: '',
  };
}

/** Which list a sheet is, as locateListSheet finds lists in a workbook of these sheets. */
export function listSheetsOf(sheets: readonly SheetOutline[]): Map<string, ListSheetDef> {
  const snapshot = bare(sheets);
  const out = new Map<string, ListSheetDef>();
  for (const def of ALL_LISTS) {
    const found = locateListSheet(snapshot, def);
    if (found) out.set(found.name, def);
  }
  return out;
}

function kindOf(name: string, lists: Map<string, ListSheetDef>): Kind {
  if (lists.has(name)) return 'lists';
  if (name === HELPER_SHEET_NAMES.log) return 'log';
  if (HELPERS.has(name)) return 'helpers';
  return GENERATED_NAMES.has(name) ? 'generated' : 'others';
}

/** A list sheet's columns to leave out, from its head; none when its header is not in the head or cannot be read. */
function skipped(spec: ScopeSpec, head: SheetSnapshot, headRows: number): number[] {
  const def = listSheetsOf([head]).get(head.name);
  const keys = def ? spec.skip?.[def.id as ListSheetId] : undefined;
  if (!def || !keys?.length) return [];
  try {
    const mapping = mapListSheet(head, def, 'zh');
    if (mapping.headerRow >= headRows) return [];
    return keys.map((k) => mapping.columns[k]).filter((c): c is number => c !== undefined);
  } catch {
    return []; // a header the reader refuses (merged): the command says so itself, from a whole read
  }
}

export function readScope(spec: ScopeSpec): ReadScope {
  return {
    parts(sheets) {
      const lists = listSheetsOf(sheets);
      return sheets.map((s) => (spec.whole?.includes(s.name) ? 'whole' : spec[kindOf(s.name, lists)]));
    },
    prunes(sheets) {
      const lists = listSheetsOf(sheets);
      return sheets.map((s) => {
        const def = lists.get(s.name);
        const keys = def ? spec.skip?.[def.id as ListSheetId] : undefined;
        return spec.lists === 'whole' && !spec.whole?.includes(s.name) && !!keys?.length;
      });
    },
    skipColumns: (head, headRows) => skipped(spec, head, headRows),
  };
}

/** Everything: what a surface reads when it does not know what it will run (and what a file in memory always has). */
export const WHOLE_WORKBOOK: ReadScope = readScope({
  lists: 'whole',
  helpers: 'whole',
  log: 'whole',
  generated: 'whole',
  others: 'whole',
});

/**
 * The list sheets' long free-text columns a command that rebuilds or refreshes
 * the ledger never reads: how the work went (进展情况, 佐证材料, 整改成效),
 * why it was sent back, remarks, duties, co-operating units and phone numbers.
 * Report also leaves out the alert texts (it computes alerts, it does not
 * read them) and the inspection round.
 */
export const FREE_TEXT: Readonly<Record<ListSheetId, readonly string[]>> = {
  problems: ['result', 'rejectReason', 'notes'],
  responsibilities: ['duty', 'supportUnits', 'phone'],
  tasks: ['progress', 'evidence'],
};

export const REPORT_SKIP: Readonly<Record<ListSheetId, readonly string[]>> = {
  problems: [...FREE_TEXT.problems, 'round', 'alert'],
  responsibilities: FREE_TEXT.responsibilities,
  tasks: [...FREE_TEXT.tasks, 'alert'],
};

/** What every command that writes reads: the pane takes its summary from the workbook as the command leaves it. */
export const LEDGER: Omit<ScopeSpec, 'log'> = { lists: 'whole', helpers: 'whole', generated: 'none', others: 'none' };
