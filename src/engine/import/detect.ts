/**
 * Does a workbook look like a legacy ledger? `init` on one would add three
 * empty lists beside the user's rows; it says instead that `import` is the
 * way to turn those rows into lists. A sheet looks like one when a header in
 * its first rows names a problem's description and at least two more columns
 * we know, with a row of data under it.
 *
 * And is a sheet an old clue-transfer ledger (线索来源, 移交单位, 移交时间,
 * 办理情况 …) rather than a problem ledger? Those go into 移交清单 (`rectify
 * clue import`); taken for problems they would fill 问题清单 with clues.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { locateListSheet } from '../read/locate';
import { LIST_SHEETS } from '../schema/listSheets';
import { matchColumn } from '../schema/headers';
import { PROBLEMS } from '../schema/problems';
import { GENERATED_NAMES } from '../schema/sheets';
import { findClueHeader } from './clueSource';
import { SheetReader, findHeader } from './header';

export interface LegacySheetHint {
  sheet: string;
  /** The header's (last) row, 1-based. */
  headerRow: number;
}

/** The first visible sheet that looks like a legacy ledger, or null; always null once the workbook has a list sheet. */
export function findLegacySheet(snapshot: WorkbookSnapshot): LegacySheetHint | null {
  if (LIST_SHEETS.some((def) => locateListSheet(snapshot, def))) return null;
  for (const sheet of snapshot.sheets) {
    if (sheet.visibility !== 'visible' || sheet.name.startsWith('_') || GENERATED_NAMES.has(sheet.name)) continue;
    const header = findHeader(sheet);
    if (!header || header.score < 3) continue;
    const describes = header.columns.some((c) =>
      c.candidates.some((t) => matchColumn(PROBLEMS, t)?.key === 'description'),
    );
    // A sheet read by its head (scope.ts) is as long as its used rows: rows past the header mean data below it.
    const hasData =
      (sheet.partial === 'head' && sheet.values.length > header.lastRow) ||
      sheet.values.slice(header.lastRow).some((row) => row.some((v) => v !== null && v !== ''));
    if (describes && hasData) return { sheet: sheet.name, headerRow: header.lastRow };
  }
  return null;
}

/** The sheet's header names more columns of 移交清单 (three at least) than of the problem lists. */
export function looksLikeClueLedger(sheet: SheetSnapshot, problemHeader = findHeader(sheet)): boolean {
  const clueColumns = findClueHeader(new SheetReader(sheet))?.keys.size ?? 0;
  return clueColumns >= 3 && clueColumns > (problemHeader?.score ?? 0);
}

/** The first visible sheet of a source file that looks like a clue ledger, or null. */
export function clueLedgerSheet(snapshot: WorkbookSnapshot): string | null {
  const sheet = snapshot.sheets.find((s) => s.visibility === 'visible' && !s.name.startsWith('_'));
  return sheet && looksLikeClueLedger(sheet) ? sheet.name : null;
}
