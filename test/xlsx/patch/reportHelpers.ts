/**
 * Shared by the tests of the patched report: `rectify report` run on a file
 * patched or through ExcelJS, and how the sheets look to a reader (ExcelJS,
 * with the project's fixes for other writers): widths, pane, tab colour,
 * printing, protection, each cell's alignment, font, fill, border and note,
 * and the rows' heights — what `seen` (./helpers.ts) does not cover.
 */
import type ExcelJS from 'exceljs';
import { loadWorkbookFile } from '../../../src/xlsx/file';
import { reportCommand } from '../../../src/engine';
import { runOnFile } from './helpers';

/** `rectify report input -o output --today day`, patched or (patch: false) through ExcelJS. */
export const report = (input: string, output: string, today: string, patch = true) =>
  runOnFile(reportCommand(), input, output, today, patch);

/** A style part as a reader compares it: members in name order, none undefined or false. */
function plain(v: unknown): string {
  return JSON.stringify(v ?? {}, (_k, x: unknown) => {
    if (x === undefined || x === false) return undefined;
    if (!x || typeof x !== 'object' || Array.isArray(x)) return x;
    const o = x as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  });
}

/** An alignment without the members at their defaults (ECMA-376 Part 1 §18.8.1), which LibreOffice writes out. */
function alignment(a: Partial<ExcelJS.Alignment> | undefined): Record<string, unknown> {
  const defaults: Record<string, unknown> = { horizontal: 'general', vertical: 'bottom', indent: 0, textRotation: 0 };
  return Object.fromEntries(Object.entries(a ?? {}).filter(([k, v]) => defaults[k] !== v));
}

/** How every sheet looks, by key (`sheet#what` or `sheet!A1 style`), in a file. */
export async function looks(file: string): Promise<Map<string, string>> {
  const wb = await loadWorkbookFile(file);
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    const view = ws.views?.[0] as Record<string, unknown> | undefined;
    const frozen = view?.state === 'frozen' ? `${String(view.xSplit ?? 0)},${String(view.ySplit ?? 0)}` : 'none';
    out.set(`${ws.name}#freeze`, frozen);
    out.set(`${ws.name}#tab`, ws.properties.tabColor?.argb ?? '');
    const widths: string[] = [];
    for (let c = 1; c <= Math.max(ws.columnCount, 1); c++) widths.push(String(ws.getColumn(c).width ?? ''));
    out.set(`${ws.name}#widths`, widths.join(','));
    const p = ws.pageSetup;
    out.set(
      `${ws.name}#print`,
      plain({
        paperSize: p.paperSize,
        orientation: p.orientation,
        fitToPage: p.fitToPage,
        fitToWidth: p.fitToWidth,
        fitToHeight: p.fitToHeight,
        printTitlesRow: p.printTitlesRow,
        printArea: p.printArea,
      }),
    );
    out.set(`${ws.name}#headerFooter`, plain({ h: ws.headerFooter?.oddHeader, f: ws.headerFooter?.oddFooter }));
    const protection = (ws as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
    out.set(`${ws.name}#protection`, plain(protection));
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (row.height) out.set(`${ws.name}#height${row.number}`, String(row.height));
      row.eachCell({ includeEmpty: false }, (c) => {
        // A <patternFill> without patternType is "none" (ECMA-376 Part 1 §18.8.32); ExcelJS writes the default out.
        const fill = c.fill?.type === 'pattern' && !c.fill.pattern ? { type: 'pattern', pattern: 'none' } : c.fill;
        const style = {
          alignment: alignment(c.alignment),
          font: c.font,
          border: c.border,
          fill,
          protection: c.protection,
        };
        out.set(`${ws.name}!${c.address} style`, plain(style));
        // A note's text (its shape, margins and lock flags are the drawing's, rewritten by ExcelJS on its path).
        const note = c.note as string | { texts?: { text: string }[] } | undefined;
        if (note)
          out.set(
            `${ws.name}!${c.address} note`,
            typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join(''),
          );
      });
    });
  });
  return out;
}
