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
import { isSetSupported } from '../readSnapshot';
import type { ApplySession } from './batch';
import { type NoteLookup, lookUpNotes, notesSupported } from './notes';

function print(ws: Excel.Worksheet, p: NonNullable<SheetOp['print']>): void {
  ws.pageLayout.orientation = (p.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  if (p.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
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
