/** What the add-in's tests share: a fake Excel installed as `Office` / `Excel`, and the workbook as a comparable model. */
import type { WorkbookSnapshot } from '../../src/engine/core/snapshot';
import { readSnapshot } from '../../src/excel';
import { FakeExcel, type FakeWorkbook, type HostOptions, fromSnapshot, versionAtMost } from '../fakeExcel';
import { modelOfFake } from '../adapters/model';

export const TODAY = '2025-06-30';

/** A fake Excel holding `wb`, installed as the globals the add-in uses. */
export function installed(wb: FakeWorkbook, options: HostOptions = {}): FakeExcel {
  const host = new FakeExcel(wb, options);
  host.install();
  return host;
}

/** …holding what a snapshot describes. */
export function installedFrom(
  snapshot: Pick<WorkbookSnapshot, 'sheets' | 'names'>,
  options: HostOptions = {},
): FakeExcel {
  return installed(fromSnapshot(snapshot), options);
}

export function uninstall(): void {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
}

/** The whole workbook as the add-in reads it now (no scope). */
export const readAll = (host: FakeExcel): Promise<WorkbookSnapshot> => host.run((ctx) => readSnapshot(ctx));

/** Everything the workbook holds, to compare before and after (cells, formats, rules, notes, tables, names). */
export const modelOf = (host: FakeExcel) => modelOfFake(host.workbook);

/** The level the host runs at supports `version`. */
export const supports = (host: FakeExcel, version: string): boolean => versionAtMost(version, host.excelApi);

/** Moves Excel's active sheet (what the user is looking at). */
export function activate(host: FakeExcel, sheet: string): void {
  host.workbook.active = host.workbook.sheets.findIndex((s) => s.name === sheet);
}
