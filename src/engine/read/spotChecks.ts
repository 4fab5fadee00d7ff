/**
 * Reading 抽查清单 (schema/spotChecks.ts) when the workbook has it: its rows
 * as records, and which problems a spot check found not true or relapsed
 * (抽查发现) as of the reading date — what statistics count.
 */
import { isEmptyValue, valueText } from '../core/cells';
import { type WorkbookSnapshot, cellAt } from '../core/snapshot';
import type { Lang } from '../../i18n';
import type { IsoDate } from '../rules/dates';
import { readDateCell } from '../rules/parseDate';
import type { AnyListId, ListSheetDef } from '../schema/columns';
import { SPOT_CHECKS, spotConclusionOf } from '../schema/spotChecks';
import { locateListSheet, mapListSheet } from './locate';
import type { SpotCheckList, SpotCheckRecord } from './records';

/** The sheet's definition as the list readers take it (it is not one of the lists every ledger reads). */
export const SPOT_CHECKS_DEF = SPOT_CHECKS as unknown as ListSheetDef<AnyListId>;

export function readSpotChecks(snapshot: WorkbookSnapshot, fallbackLang: Lang): SpotCheckList | null {
  const sheet = locateListSheet(snapshot, SPOT_CHECKS_DEF);
  if (!sheet) return null;
  const mapping = mapListSheet(sheet, SPOT_CHECKS_DEF, fallbackLang);
  const records: SpotCheckRecord[] = [];
  for (let row = mapping.headerRow + 1; row <= mapping.lastRow; row++) {
    const raw = (key: string) => {
      const c = mapping.columns[key];
      return c === undefined ? null : cellAt(sheet, row, c);
    };
    const text = (key: string) => valueText(raw(key)).trim();
    const date = (key: string): IsoDate | null => {
      const v = raw(key);
      if (isEmptyValue(v)) return null;
      const d = readDateCell(v);
      return d.kind === 'date' ? d.date : null;
    };
    if (!text('problemId') && !text('batch')) continue;
    records.push({
      row,
      batch: text('batch'),
      problemId: text('problemId'),
      unit: text('unit'),
      description: text('description'),
      closedOn: date('closedOn'),
      reviewer: text('reviewer'),
      checkedOn: date('checkedOn'),
      checker: text('checker'),
      conclusionText: text('conclusion'),
      conclusion: spotConclusionOf(text('conclusion')),
      note: text('note'),
      handled: text('handled'),
    });
  }
  return { mapping, records };
}

/** 抽查发现: a conclusion of not true or relapsed, checked on or before the date (or without a date). */
export function isSpotFinding(r: SpotCheckRecord, asOf: IsoDate): boolean {
  return (r.conclusion === 'untrue' || r.conclusion === 'relapsed') && (!r.checkedOn || r.checkedOn <= asOf);
}

/** The problem IDs with a spot-check finding as of the date. */
export function spotFindingIds(list: SpotCheckList | null, asOf: IsoDate): Set<string> {
  return new Set((list?.records ?? []).filter((r) => isSpotFinding(r, asOf)).map((r) => r.problemId));
}
