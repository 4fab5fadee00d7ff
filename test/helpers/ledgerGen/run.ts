/**
 * One generated file through the product: read by src/xlsx as `rectify import`
 * reads it, imported by the import command through the command runner (so
 * `_log` holds what import wrote), checked against its manifest, then
 * imported again into the result: that must add nothing and change nothing.
 */
import path from 'path';
import {
  type Plan,
  type WorkbookPort,
  type WorkbookSnapshot,
  importCommand,
  runCommand,
  snapshotAfter,
} from '../../../src/engine';
import { t } from '../../../src/i18n';
import { readSourceSnapshot } from '../../../src/xlsx';
import { ENV } from '../memoryPort';
import { changedCells, checkLedger, listCells } from './check';
import type { Manifest } from './types';

/** A number format that shows a date (quoted text such as "年" aside). */
const isDateFormat = (f: string | null | undefined) => !!f && /[yd]/i.test(f.replace(/"[^"]*"/g, ''));

/** A workbook in memory that also remembers which cells the plans formatted as dates. */
class DatePort implements WorkbookPort<{ plan: Plan }> {
  snapshot: WorkbookSnapshot = { sheets: [], user: 'tester', readAt: '2025-06-30T00:00:00Z' };
  private readonly cells = new Set<string>();
  private readonly columns: { sheet: string; column: number; from: number; to: number }[] = [];

  read = async () => this.snapshot;

  apply = async (plan: Plan) => {
    for (const w of plan.writes)
      w.numberFormats?.forEach((f, k) => {
        if (!isDateFormat(f)) return;
        for (let i = 0; i < w.values.length; i++) this.cells.add(`${w.sheet}!${w.row + i},${w.column + k}`);
      });
    for (const c of plan.columnFormats)
      if (isDateFormat(c.numberFormat))
        this.columns.push({ sheet: c.sheet, column: c.column, from: c.fromRow, to: c.toRow });
    this.snapshot = snapshotAfter(this.snapshot, plan);
    return { plan };
  };

  isDate = (sheet: string, row: number, column: number): boolean =>
    this.cells.has(`${sheet}!${row},${column}`) ||
    this.columns.some((c) => c.sheet === sheet && c.column === column && row >= c.from && row <= c.to);
}

export interface CaseOutcome {
  failures: string[];
  problems: number;
  found: number;
  values: number;
  /** What the second import (nothing changed) would write: '' when nothing (a re-import that changes nothing: no rewrite, no backup). */
  secondWrites: string;
}

function describeError(e: unknown): string {
  const err = e as { code?: string; params?: Record<string, string | number> };
  if (err?.code) {
    try {
      return `${err.code}: ${t('zh', err.code as Parameters<typeof t>[1], err.params)}`;
    } catch {
      return `${err.code} ${JSON.stringify(err.params)}`;
    }
  }
  return String((e as Error)?.stack ?? e);
}

export async function importAndCheck(file: string, manifest: Manifest): Promise<CaseOutcome> {
  const outcome: CaseOutcome = {
    failures: [],
    problems: manifest.problems.length,
    found: 0,
    values: 0,
    secondWrites: '',
  };
  const port = new DatePort();
  try {
    const source = { file: path.basename(file), snapshot: (await readSourceSnapshot(file)).snapshot };
    await runCommand(port, importCommand([source], { lang: 'zh' }), ENV);
    const checked = checkLedger(manifest, port.snapshot, port.isDate);
    outcome.failures.push(...checked.failures);
    outcome.found = checked.found;
    outcome.values = checked.values;
    const before = listCells(port.snapshot);
    const again = await runCommand(port, importCommand([source], { lang: 'zh' }), ENV);
    const plan = again.applied?.plan;
    if (plan)
      outcome.secondWrites = `a plan of ${plan.sheets.length} sheet, ${plan.writes.length} write, ${plan.conditionalFormats.length} conditional-format and ${plan.validations.length} validation operations`;
    const c = again.result.counts;
    if (c.problems || c.responsibilities || c.tasks)
      outcome.failures.push(
        `importing the same file again added ${c.problems} problems, ${c.responsibilities} responsibilities, ${c.tasks} tasks`,
      );
    const changed = changedCells(before, listCells(port.snapshot));
    if (changed.length)
      outcome.failures.push(`importing the same file again changed ${changed.length} cells, first ${changed[0]}`);
  } catch (e) {
    outcome.failures.unshift(`import failed: ${describeError(e)}`);
  }
  return outcome;
}
