/**
 * The demo as plans: applied in order to an empty workbook they give the demo
 * file (`rectify demo`). First the snapshot's sheets and values, then the
 * ledger structure over them, with the renamed headers of --mistakes folded in.
 */
import {
  READ_LIST_SHEETS,
  DATE_FORMAT,
  type Lang,
  type Plan,
  type SheetSnapshot,
  type TableOp,
  type WorkbookSnapshot,
  concatPlans,
  emptyPlan,
  listSheetPrint,
  parseRange,
  planStructure,
  widest,
} from '../engine';
import type { DemoWorkbook, HeaderRename } from './types';

/** Rows padded to one width, so the sheet is written as one rectangle. */
function rectangle(rows: SheetSnapshot['values']): SheetSnapshot['values'] {
  const width = widest(rows);
  return rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined ? null : r[i])));
}

/**
 * Creates every sheet of a snapshot and writes its values. planStructure
 * prints and formats only what it creates, and these list sheets will exist
 * by then: they get their landscape printing and their date formats here.
 */
export function planWriteSnapshot(snapshot: WorkbookSnapshot): Plan {
  const plan = emptyPlan();
  for (const s of snapshot.sheets) {
    const def = READ_LIST_SHEETS.find((d) => d.name.zh === s.name || d.name.en === s.name);
    const lang: Lang = def?.name.en === s.name ? 'en' : 'zh';
    plan.sheets.push({
      name: s.name,
      create: true,
      visibility: s.visibility,
      ...(def ? { print: listSheetPrint(def, lang) } : {}),
    });
    if (s.values.length === 0) continue;
    const values = rectangle(s.values);
    if (!def) {
      plan.writes.push({ sheet: s.name, row: 1, column: 1, values });
      continue;
    }
    // Header and data apart, so only the data cells get the date format.
    const numberFormats = values[0].map((_, i) => (def.columns[i]?.type === 'date' ? DATE_FORMAT : null));
    plan.writes.push({ sheet: s.name, row: 1, column: 1, values: values.slice(0, 1) });
    if (values.length > 1)
      plan.writes.push({ sheet: s.name, row: 2, column: 1, values: values.slice(1), numberFormats });
  }
  return plan;
}

/** A table whose header row holds a renamed cell, with that header changed. */
function renamedTable(t: TableOp, renames: HeaderRename[]): TableOp {
  const r = parseRange(t.ref);
  const headers = [...t.headers];
  for (const x of renames) {
    if (x.sheet === t.sheet && x.row === r.top && x.column >= r.left && x.column <= r.right)
      headers[x.column - r.left] = x.text;
  }
  return { ...t, headers };
}

/**
 * The structure plan with headers renamed the way Excel does when a person
 * types over a table header: the cell and the table's column name both change.
 */
export function withRenames(structure: Plan, renames: HeaderRename[]): Plan {
  if (renames.length === 0) return structure;
  const writes = emptyPlan();
  writes.writes = renames.map((x) => ({ sheet: x.sheet, row: x.row, column: x.column, values: [[x.text]] }));
  return concatPlans({ ...structure, tables: structure.tables.map((t) => renamedTable(t, renames)) }, writes);
}

/** The plans that, applied in order to an empty workbook, make the demo file. */
export function demoPlans(demo: DemoWorkbook, lang: Lang): Plan[] {
  const structure = planStructure(demo.snapshot, { lang }).plan;
  return [planWriteSnapshot(demo.snapshot), withRenames(structure, demo.renames)];
}
