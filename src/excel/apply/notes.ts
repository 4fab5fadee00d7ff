/**
 * Header notes (NoteOp): added only where the cell has no note yet, whatever
 * that note says. Notes are ExcelApi 1.18: `worksheet.notes.getItemOrNullObject`
 * looks a note up by its cell address ("Gets a note by its cell address. If
 * the note object does not exist, then this method returns an object with its
 * isNullObject property set to true",
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.notecollection),
 * so each note's cell is looked up in the prep sync; the notes are added with
 * the other optional operations (optional.ts), each at a Range object of its
 * own sheet (a bare 'A1' would be taken on the active sheet, as for tables).
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

/** Queues a look-up of the note on each cell (before any write, sheets the plan creates have none). */
export function lookUpNotes(s: ApplySession, ops: NoteOp[], afterWrites = false): NoteLookup[] {
  return ops.map((op) => {
    if (!afterWrites && !findSheet(s.snapshot, op.sheet)) return { op, existing: null };
    const existing = s.sheet(op.sheet).notes.getItemOrNullObject(op.address);
    existing.load('content');
    return { op, existing };
  });
}

/** Prep sync: is there a note on each cell the plan annotates? */
export function queueNoteLookups(s: ApplySession, plan: Plan): NoteLookup[] {
  return notesSupported() ? lookUpNotes(s, plan.notes) : [];
}
