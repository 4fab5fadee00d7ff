/**
 * --mistakes: plants one violation of every check rule (plantings.ts) and
 * says where each one is, as `check` will report it.
 */
import { ALL_LIST_SHEETS, type Lang, type WorkbookSnapshot, anyListSheet, cellAddress, findSheet } from '../engine';
import type { DemoContext } from './context';
import { type CycleScenarios, Planter, type RowMistake } from './planter';
import { CYCLE_PLANTINGS } from './plantingsCycle';
import { EXTENSION_PLANTINGS } from './plantingsExtensions';
import { PLANTINGS } from './plantings';
import type { Scenario } from './scenarios';
import type { DemoLists, PlantedMistake } from './types';

/** Plants every mistake in the rows (in place); the cells of row mistakes are resolved by finishMistakes. */
export function plantMistakes(
  ctx: DemoContext,
  lists: DemoLists,
  scenarios: Scenario[],
  cycle: CycleScenarios,
): Planter {
  const planter = new Planter(ctx, lists, scenarios, cycle);
  for (const plant of [...PLANTINGS, ...CYCLE_PLANTINGS, ...EXTENSION_PLANTINGS]) plant(planter);
  return planter;
}

/**
 * Where a row mistake sits in the final snapshot. The hand edit of a computed
 * cell is made here, on the value refresh has just settled: made earlier,
 * refresh would have put it right.
 */
function placeRowMistake(snapshot: WorkbookSnapshot, lists: DemoLists, m: RowMistake, lang: Lang): PlantedMistake {
  const def = anyListSheet(m.sheetId);
  const sheet = findSheet(snapshot, def.name[lang])!;
  const row = lists[m.sheetId]!.indexOf(m.row) + 2;
  const column = def.columns.findIndex((c) => c.key === m.key) + 1;
  if (m.code === 'computed.edited') {
    const v = sheet.values[row - 1][column - 1];
    if (typeof v === 'number') sheet.values[row - 1][column - 1] = v + 3;
  }
  return { code: m.code, sheet: sheet.name, cell: cellAddress(row, column), row, what: m.what };
}

/** The planted mistakes, list sheets first in sheet order, then by row; edits `snapshot` for computed.edited. */
export function finishMistakes(snapshot: WorkbookSnapshot, planter: Planter): PlantedMistake[] {
  const { lang } = planter.ctx;
  const rowMistakes = planter.rowMistakes.map((m) => placeRowMistake(snapshot, planter.lists, m, lang));
  const order = (x: PlantedMistake) => {
    const i = ALL_LIST_SHEETS.findIndex((d) => d.name[lang] === x.sheet);
    return i < 0 ? 9 : i;
  };
  return [...rowMistakes, ...planter.placed].sort((a, b) => order(a) - order(b) || a.row - b.row);
}
