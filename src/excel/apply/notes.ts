/**
 * Header notes (NoteOp): added only where the cell has no note yet, whatever
 * that note says. Notes are ExcelApi 1.18: `worksheet.notes.getItemOrNullObject`
 * looks a note up by its cell address ("Gets a note by its cell address. If
 * the note object does not exist, then this method returns an object with its
 * isNullObject property set to true",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection),
 * so each note's cell is looked up in the prep sync. The notes go in their own
 * last request: `add` fails on a cell that has a note (one added since the
 * prep sync), and that failure must cost only the notes.
 */
import type { NoteOp, Plan } from '../../engine/core/plan';
import { findSheet } from '../../engine/core/snapshot';
import { isSetSupported } from '../readSnapshot';
import type { ApplySession } from './batch';

export interface NoteLookup {
  op: NoteOp;
  /** The note already on the cell (a null object when there is none); null on a sheet the plan creates. */
  existing: Excel.Note | null;
}

export const notesSupported = (): boolean => isSetSupported('ExcelApi', '1.18');

/** Prep sync: is there a note on each cell the plan annotates? */
export function queueNoteLookups(s: ApplySession, plan: Plan): NoteLookup[] {
  if (!notesSupported()) return [];
  return plan.notes.map((op) => {
    if (!findSheet(s.snapshot, op.sheet)) return { op, existing: null };
    const existing = s.sheet(op.sheet).notes.getItemOrNullObject(op.address);
    existing.load('content');
    return { op, existing };
  });
}

/** After the last write batch: the notes whose cell has none, in one request of their own. */
export async function addNotes(s: ApplySession, plan: Plan, lookups: NoteLookup[]): Promise<void> {
  if (plan.notes.length === 0) return;
  if (!notesSupported()) {
    s.degrade('excel.degraded.notes', { count: plan.notes.length });
    return;
  }
  const todo = lookups.filter((l) => !l.existing || l.existing.isNullObject).map((l) => l.op);
  if (todo.length === 0) return;
  for (const n of todo) s.sheet(n.sheet).notes.add(n.address, n.text);
  try {
    // A fixed extra round trip (not a payload chunk): header notes are few and small.
    await s.sync();
  } catch {
    s.degrade('excel.degraded.notesExisting', { count: todo.length });
  }
}
