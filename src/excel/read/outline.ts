/**
 * Syncs 1 and 2 of a read: the workbook without its cells.
 *
 *   sync 1  worksheets (name, visibility, standard width), tables (name,
 *           sheet), workbook-level defined names; then the command's scope
 *           says what part of each sheet's cells it needs
 *   sync 2  per sheet: the used range's address, protection, frozen pane,
 *           and a sample of its first rows (SAMPLE, `formulas`) for the sheets
 *           whose cells are read — usually all of their head, and what sizes
 *           the read chunks from the first one on; per table: its range; the
 *           conditional formats of the sheets read whole (type, priority
 *           order, custom rule formula and colours)
 *
 * Nothing is chained on an object that may be a null object: the used range
 * of a blank sheet is one (getUsedRangeOrNullObject), and methods called on a
 * null object fail ("*OrNullObject methods and properties",
 * https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties),
 * so merged areas are read later, over ranges of known extent (merges.ts).
 */
import { columnLetters, parseAddress } from '../../engine/core/a1';
import type { SheetSnapshot, TableSnapshot } from '../../engine/core/snapshot';
import { HEAD_ROWS, type ReadScope, type SheetPart } from '../../engine/run/scope';
import { queueFrozen, takeFrozen } from './layout';

export type Sync = () => Promise<void>;

/** One sheet as the read goes on. */
export interface SheetRead {
  index: number;
  ws: Excel.Worksheet;
  snap: SheetSnapshot;
  part: SheetPart;
  /** The last used cell (values only), read from A1; null for a sheet without values. */
  last: { row: number; column: number } | null;
  /** The rows a head covers: HEAD_ROWS, or down to the lowest table header. */
  headRows: number;
  /** Whether the scope may leave columns of this sheet's lower rows out. */
  prunable: boolean;
  /** The sheet's conditional formats (sheets read whole). */
  rules: Excel.ConditionalFormatCollection | null;
  /** The columns the lower rows left out (set once the head is read). */
  skipped?: number[];
  /** The first SAMPLE_ROWS rows × SAMPLE_COLUMNS columns (the first row only for a tail), read in sync 2. */
  sample: Excel.Range | null;
}

/** The sample of sync 2: the head's rows (HEAD_ROWS) over the columns a ledger's lists have and more. */
export const SAMPLE_ROWS = HEAD_ROWS;
export const SAMPLE_COLUMNS = 52;

export interface Outline {
  sheets: SheetRead[];
  names: string[];
}

/** 'Sheet1'!A1:C3 or A1:C3 → the part after '!'. */
export function localAddress(address: string): string {
  const i = address.lastIndexOf('!');
  return i >= 0 ? address.slice(i + 1) : address;
}

/** The last cell of an address ('A1:T101' → row 101, column 20). */
export function lastCell(address: string): { row: number; column: number } {
  const parts = localAddress(address).replace(/\$/g, '').split(':');
  return parseAddress(parts[parts.length - 1]);
}

function visibilityOf(v: string): SheetSnapshot['visibility'] {
  return v === 'VeryHidden' ? 'veryHidden' : v === 'Hidden' ? 'hidden' : 'visible';
}

const RULE_FIELDS = [
  'items/type',
  'items/priority',
  'items/stopIfTrue',
  'items/customOrNullObject/rule/formula',
  'items/customOrNullObject/format/fill/color',
  'items/customOrNullObject/format/font/color',
].join(',');

export async function readOutline(context: Excel.RequestContext, sync: Sync, scope: ReadScope): Promise<Outline> {
  const wb = context.workbook;
  wb.worksheets.load('items/name,items/visibility,items/standardWidth');
  wb.tables.load('items/name,items/worksheet/name');
  wb.names.load('items/name');
  await sync();

  const worksheets = wb.worksheets.items;
  const tablesOf = (name: string) => wb.tables.items.filter((t) => t.worksheet.name === name);
  const outline = worksheets.map((ws) => ({
    name: ws.name,
    tables: tablesOf(ws.name).map((t) => ({ name: t.name, ref: '' })),
  }));
  const parts = scope.parts(outline);
  const prunable = scope.prunes(outline);

  const queued = worksheets.map((ws, i) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address');
    ws.protection.load('protected');
    const rules = parts[i] === 'whole' ? ws.getRange().conditionalFormats : null;
    rules?.load(RULE_FIELDS);
    const sample =
      parts[i] === 'none'
        ? null
        : ws.getRange(`A1:${columnLetters(SAMPLE_COLUMNS)}${parts[i] === 'tail' ? 1 : SAMPLE_ROWS}`);
    sample?.load('formulas');
    return { ws, used, rules, sample, frozen: queueFrozen(ws) };
  });
  const tableRanges = wb.tables.items.map((t) => {
    const r = t.getRange();
    r.load('address');
    return { t, r };
  });
  await sync();

  const sheets = queued.map(({ ws, used, rules, sample, frozen }, index): SheetRead => {
    const tables: TableSnapshot[] = tableRanges
      .filter(({ t }) => t.worksheet.name === ws.name)
      .map(({ t, r }) => ({ name: t.name, ref: localAddress(r.address) }));
    const snap: SheetSnapshot = {
      name: ws.name,
      visibility: visibilityOf(ws.visibility),
      values: [],
      formulas: {},
      tables,
      merges: [],
      protected: ws.protection.protected,
    };
    const f = takeFrozen(frozen);
    if (f) snap.frozen = f;
    const headerRows = tables.map((t) => lastCell(t.ref.split(':')[0]).row);
    return {
      index,
      ws,
      snap,
      part: parts[index],
      last: used.isNullObject ? null : lastCell(used.address),
      headRows: Math.max(HEAD_ROWS, ...headerRows),
      prunable: prunable[index],
      rules,
      sample,
    };
  });
  return { sheets, names: wb.names.items.map((n) => n.name) };
}
