/**
 * A returned package read back: each of its three sheets found by name (or
 * table), its columns by header (any order — a unit may have moved one), its
 * rows by identity (never by position), with the sheet row each came from.
 */
import { cellAddress } from '../core/a1';
import type { CellValue } from '../core/cells';
import { valueText } from '../core/cells';
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import type { Lang } from '../../i18n';
import { locateListSheet, mapListSheet } from '../read/locate';
import { EXTENSION_COLUMNS, IDENTITY_COLUMN, PACKAGE_SHEETS, type PackageSheetId } from './columns';
import { INSTRUCTIONS_SHEET, UNIT_CELL } from './instructions';

export interface PackageRow {
  key: string;
  row: number;
  value(column: string): CellValue | undefined;
  /** The A1 address of a column's cell in the package ('' when the package lacks the column). */
  address(column: string): string;
}

export interface PackageSheet {
  id: PackageSheetId;
  name: string;
  rows: PackageRow[];
  /** Column key → header as the package shows it. */
  headers: Partial<Record<string, string>>;
}

function columnsOf(sheet: SheetSnapshot, id: PackageSheetId, lang: Lang) {
  const def = PACKAGE_SHEETS.find((s) => s.id === id)!.def;
  const mapping = mapListSheet(sheet, def, lang);
  const columns: Record<string, number> = {};
  const headers: Partial<Record<string, string>> = { ...mapping.headers };
  for (const [k, c] of Object.entries(mapping.columns)) if (c !== undefined) columns[k] = c;
  if (id === 'problems') {
    for (const x of EXTENSION_COLUMNS) {
      const hit = mapping.extra.find((e) => e.header === x.header.zh || e.header === x.header.en);
      if (hit) {
        columns[x.key] = hit.column;
        headers[x.key] = hit.header;
      }
    }
  }
  return { mapping, columns, headers };
}

/** The package's sheets (a sheet it lacks is absent), each with its rows in the order they stand. */
export function readPackageSheets(snapshot: WorkbookSnapshot, lang: Lang): PackageSheet[] {
  const out: PackageSheet[] = [];
  for (const { id, def } of PACKAGE_SHEETS) {
    const sheet = locateListSheet(snapshot, def);
    if (!sheet) continue;
    const { mapping, columns, headers } = columnsOf(sheet, id, lang);
    const identity = columns[IDENTITY_COLUMN[id]];
    const rows: PackageRow[] = [];
    for (let r = mapping.headerRow + 1; r <= mapping.lastRow; r++) {
      const line = sheet.values[r - 1] ?? [];
      const key = identity === undefined ? '' : valueText(line[identity - 1]).trim();
      if (!key) continue;
      rows.push({
        key,
        row: r,
        value: (k) => (columns[k] === undefined ? undefined : line[columns[k] - 1]),
        address: (k) => (columns[k] === undefined ? '' : cellAddress(r, columns[k])),
      });
    }
    out.push({ id, name: sheet.name, rows, headers });
  }
  return out;
}

/** The unit named on the package's 填报说明 (how a package whose stamp a writer dropped still says whose it is). */
export function instructionsUnit(snapshot: WorkbookSnapshot): string {
  const sheet = snapshot.sheets.find((s) => s.name === INSTRUCTIONS_SHEET.zh || s.name === INSTRUCTIONS_SHEET.en);
  return sheet ? valueText(sheet.values[UNIT_CELL.row - 1]?.[UNIT_CELL.column - 1]).trim() : '';
}
