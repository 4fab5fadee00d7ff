/**
 * planStructure: the workbook layout of docs/WORKBOOK.md as a Plan.
 * Idempotent and never destructive: existing columns are mapped by header
 * (any order, aliases, either language), missing columns are added at the
 * right of everything the sheet already uses, every value, extra column and
 * extra sheet is kept, and a second run plans no value writes at all.
 */
import { type ConditionalFormatOp, emptyPlan, type Plan } from '../../core/plan';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { Lang } from '../../../i18n';
import { layoutLanguage, locateListSheet } from '../../read/locate';
import type { SheetMapping } from '../../read/records';
import type { AnyListId } from '../../schema/columns';
import { ALL_LIST_SHEETS, ON_DEMAND_SHEETS, listSheet } from '../../schema/listSheets';
import { HELPER_SHEET_NAMES } from '../../schema/sheets';
import type { StructureContext, StructureInfo } from './context';
import { planPresentSpotChecks } from './spotChecks';
import { clueColours, reportColours } from './cycleFormats';
import { alertColours, planColumnFormats } from './formats';
import { planCalendarAndLog, planListsSheet, planSettingsSheet } from './helperSheets';
import { planExistingListSheet, planNewListSheet } from './listSheets';
import { planPresentRegister } from './onDemand';

export type { StructureInfo } from './context';
export { formatRegister, planNewRegister } from './onDemand';

export interface StructureOptions {
  /** Layout language for a workbook that has no ledger yet (an existing ledger keeps its own). */
  lang: Lang;
}

/** List sheets first (the first sheet is the one a workbook opens on), then the helpers. */
function orderSheets(plan: Plan): void {
  const helpers = new Set<string>(Object.values(HELPER_SHEET_NAMES));
  plan.sheets = [...plan.sheets.filter((s) => !helpers.has(s.name)), ...plan.sheets.filter((s) => helpers.has(s.name))];
}

/** The alert colours of a list (责任清单 has none). */
function coloursOf(id: AnyListId, mapping: SheetMapping): ConditionalFormatOp[] {
  if (id === 'clues') return clueColours(mapping);
  if (id === 'reports') return reportColours(mapping);
  return id === 'responsibilities' || id === 'extensions' ? [] : alertColours(listSheet(id), mapping);
}

export function planStructure(snapshot: WorkbookSnapshot, opts: StructureOptions): { plan: Plan; info: StructureInfo } {
  const ctx: StructureContext = {
    snapshot,
    lang: layoutLanguage(snapshot, opts.lang),
    plan: emptyPlan(),
    info: { mappings: {}, createdSheets: [], addedColumns: [] },
    // Table names and workbook-level defined names share one namespace (a table cannot take a defined name's name).
    usedNames: new Set(
      [...snapshot.sheets.flatMap((s) => s.tables.map((t) => t.name)), ...(snapshot.names ?? [])].map((n) =>
        n.toLowerCase(),
      ),
    ),
  };
  const lists = planListsSheet(ctx);
  for (const def of ALL_LIST_SHEETS) {
    const existing = locateListSheet(snapshot, def);
    const before = ctx.info.addedColumns.length;
    const mapping = existing ? planExistingListSheet(ctx, existing, def) : planNewListSheet(ctx, def);
    const added = existing
      ? new Set(
          ctx.info.addedColumns
            .slice(before)
            .map((a) => def.columns.find((c) => mapping.columns[c.key] === a.column)!.key),
        )
      : new Set(def.columns.map((c) => c.key));
    ctx.info.mappings[def.id] = mapping;
    planColumnFormats(ctx.plan, def, mapping, lists, added);
    ctx.plan.conditionalFormats.push(...coloursOf(def.id, mapping));
  }
  for (const def of ON_DEMAND_SHEETS) planPresentRegister(ctx, def);
  planPresentSpotChecks(ctx);
  planSettingsSheet(ctx);
  planCalendarAndLog(ctx);
  orderSheets(ctx.plan);
  return { plan: ctx.plan, info: ctx.info };
}
