/**
 * What the plan would like but a ledger works without: print settings of the
 * sheets it creates (PageLayout, ExcelApi 1.9) and header notes (ExcelApi
 * 1.18). They go in one request of their own, after every required write:
 * one failing never stops what the command is for. If that request fails,
 * each kind is tried once more on its own, and what still fails is told to
 * the user (excel.degraded.print / excel.degraded.notesExisting). The notes'
 * retry looks again which cells have a note by now: `add` fails on a cell
 * that has one (NoteCollection, https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection),
 * and Excel stops a request at its failing operation, keeping what came before.
 */
import type { NoteOp, Plan, SheetOp } from '../../engine/core/plan';
import type { PrintSetup } from '../../engine/core/print';
import { isSetSupported } from '../readSnapshot';
import type { ApplySession } from './batch';
import { type NoteLookup, lookUpNotes, notesSupported } from './notes';

/**
 * A4, so many pages across (0 down: as many as it takes, as the file format's
 * fitToHeight 0), the title rows and the print area as Range objects of the
 * sheet itself (a string address could be taken on the active sheet), and the
 * header and footer for every page (PageLayout and HeaderFooter, ExcelApi 1.9:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.headerfooter).
 */
function print(ws: Excel.Worksheet, p: PrintSetup): void {
  const layout = ws.pageLayout;
  layout.orientation = (p.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  layout.paperSize = 'A4' as Excel.PaperType;
  layout.zoom = { horizontalFitToPages: p.pagesWide, verticalFitToPages: 0 };
  if (p.titleRows) layout.setPrintTitleRows(ws.getRange(`${p.titleRows.first}:${p.titleRows.last}`));
  if (p.area) layout.setPrintArea(ws.getRange(p.area));
  const page = layout.headersFooters.defaultForAllPages;
  if (p.header?.left) page.leftHeader = p.header.left;
  if (p.header?.center) page.centerHeader = p.header.center;
  if (p.header?.right) page.rightHeader = p.header.right;
  if (p.footer?.left) page.leftFooter = p.footer.left;
  if (p.footer?.center) page.centerFooter = p.footer.center;
  if (p.footer?.right) page.rightFooter = p.footer.right;
}

function queuePrint(s: ApplySession, ops: SheetOp[]): void {
  for (const op of ops) print(s.sheet(op.name), op.print!);
}

function queueNotes(s: ApplySession, notes: NoteOp[]): void {
  for (const n of notes) {
    const ws = s.edit(n.sheet);
    ws.notes.add(ws.getRange(n.address), n.text);
  }
}

/** Sends one optional request; false when Excel refused it. */
async function attempt(s: ApplySession, queue: () => void): Promise<boolean> {
  queue();
  try {
    // A fixed extra round trip (not a payload chunk): print settings and header notes are few and small.
    await s.commit();
    return true;
  } catch {
    return false;
  }
}

export async function applyOptional(s: ApplySession, plan: Plan, lookups: NoteLookup[]): Promise<void> {
  // Printing: the page layout API is ExcelApi 1.9; without it the sheet prints as it did.
  const prints = isSetSupported('ExcelApi', '1.9')
    ? plan.sheets.filter((op) => op.print && s.sheetNames.has(op.name))
    : [];
  if (plan.notes.length > 0 && !notesSupported()) s.degrade('excel.degraded.notes', { count: plan.notes.length });
  const notes = lookups.filter((l) => !l.existing || l.existing.isNullObject).map((l) => l.op);
  if (prints.length === 0 && notes.length === 0) return;
  if (await attempt(s, () => (queuePrint(s, prints), queueNotes(s, notes)))) return;

  if (prints.length && !(await attempt(s, () => queuePrint(s, prints)))) {
    s.degrade('excel.degraded.print', { count: prints.length });
  }
  if (!notes.length) return;
  const again = lookUpNotes(s, notes, true);
  await s.sync();
  const still = again.filter((l) => l.existing?.isNullObject).map((l) => l.op);
  if (still.length && !(await attempt(s, () => queueNotes(s, still)))) {
    s.degrade('excel.degraded.notesExisting', { count: still.length });
  }
}
