/**
 * A worksheet part read whole or in part (a command's read scope,
 * src/engine/run/scope.ts). A part read finds the sheet's last used row from
 * the end of <sheetData> backwards, one row at a time, and scans the cells
 * from the top only as far as the part needs; what follows the cells
 * (merges, protection, tables) is read whatever the part.
 */
import { EngineError } from '../../engine';
import { type SheetContext, type SheetPart, type SheetRead, SheetScanner } from './sheet';
import { attributes, tagEnd } from './xml';

/** Whether the row tag at `at` is a <row> (not <rowBreaks> or the like). */
function isRowTag(xml: string, at: number): boolean {
  const c = xml.charCodeAt(at + 4);
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

/**
 * The last row holding a value or a formula, read from the end of <sheetData> back, one row at a time (its
 * cells, for a tail read, are put into `into`); null when a row does not say its number (r is optional:
 * ECMA-376 Part 1, §18.3.1.73), and only a read from the top can tell.
 */
function lastRowFromEnd(xml: string, ctx: SheetContext, into: SheetScanner | null): number | null {
  const start = xml.indexOf('<sheetData');
  let end = xml.lastIndexOf('</sheetData');
  if (start < 0 || end < 0) return 0;
  for (;;) {
    let at = xml.lastIndexOf('<row', end - 1);
    while (at > start && !isRowTag(xml, at)) at = xml.lastIndexOf('<row', at - 1);
    if (at <= start) return 0;
    const gt = tagEnd(xml, at);
    const r = gt < 0 ? undefined : attributes(xml, at + 4, gt).r;
    if (r === undefined || !(parseInt(r, 10) > 0)) return null;
    // Only a row kept (a tail's) counts against the workbook's limits; one looked at for its number does not.
    const row = new SheetScanner(xml.slice(at, end), into ? ctx : { ...ctx, tally: undefined });
    row.run();
    if (row.values.length > 0 || row.hasFormulas()) {
      if (into) into.adopt(row);
      return parseInt(r, 10);
    }
    end = at;
  }
}

/** Reads the head, the tail or none of the cells; null when the sheet must be read whole to know its last row. */
function readPart(xml: string, ctx: SheetContext, scan: SheetScanner): number | null {
  const part = ctx.part ?? 'whole';
  const last = lastRowFromEnd(xml, ctx, part === 'tail' ? scan : null);
  if (last === null) return null;
  const { limits, file, sheet } = ctx;
  if (last > limits.rows) throw new EngineError('xlsx.limit.rows', { file, sheet, row: last, limit: limits.rows });
  scan.runUpTo(part === 'head' ? (ctx.headRows ?? 0) : part === 'tail' ? 1 : 0);
  return last;
}

export function readSheetXml(xml: string, ctx: SheetContext): SheetRead {
  let scan = new SheetScanner(xml, ctx);
  const part = ctx.part ?? 'whole';
  let last: number | null = null;
  if (part !== 'whole') last = readPart(xml, ctx, scan);
  if (last === null) {
    scan = new SheetScanner(xml, ctx);
    scan.run();
  }
  const merges = [...scan.mergeSet.values()];
  scan.hideMerged(merges);
  const values = scan.dense();
  const partial = last === null ? undefined : partialOf(part, last, ctx.headRows ?? 0);
  // A part read is as long as the sheet's used rows, the rows not read empty (as the snapshot's type says).
  if (partial) while (values.length < last!) values.push([]);
  return {
    partial,
    values,
    formulas: scan.formulas(),
    merges,
    protected: scan.isProtected,
    frozen: scan.frozen,
    cols: scan.cols,
    defaultColWidth: scan.defaultColWidth,
    tableRels: scan.tableRels,
  };
}

/** How the snapshot marks a part read of a sheet whose last used row is `last` (none: a read that got every row). */
function partialOf(part: SheetPart, last: number, headRows: number): SheetRead['partial'] {
  if (last === 0) return undefined;
  if (part === 'none') return 'none';
  if (part === 'tail') return last > 2 ? 'tail' : undefined;
  if (part === 'head') return last > headRows ? 'head' : undefined;
  return undefined;
}
