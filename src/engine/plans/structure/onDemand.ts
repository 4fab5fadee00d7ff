/**
 * The registers created on demand (schema/listSheets.ts ON_DEMAND_SHEETS):
 * structure maps and formats them when a workbook has them, and the command
 * that first needs one creates it with the same table, notes and formats.
 */
import { columnLetters } from '../../core/a1';
import { type Plan, type ValidationOp, emptyPlan } from '../../core/plan';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { Lang } from '../../../i18n';
import { layoutLanguage, locateListSheet } from '../../read/locate';
import type { SheetMapping } from '../../read/records';
import type { ListSheetDef, OnDemandSheetId } from '../../schema/columns';
import { EXTENSION_DECISION } from '../../schema/extensions';
import type { StructureContext } from './context';
import { planColumnFormats } from './formats';
import { planListsSheet } from './helperSheets';
import { planExistingListSheet, planNewListSheet } from './listSheets';

/** 审批结果's dropdown: a fixed pair, kept in the validation itself rather than in `_lists`. */
function decisionValidation(mapping: SheetMapping): ValidationOp[] {
  const col = mapping.columns.decision;
  if (col === undefined) return [];
  const lang = mapping.lang;
  const letter = columnLetters(col);
  const first = mapping.headerRow + 1;
  const values = Object.values(EXTENSION_DECISION).map((v) => v[lang]);
  return [
    {
      sheet: mapping.sheet,
      range: `${letter}${first}:${letter}${Math.max(mapping.lastRow, first)}`,
      listFormula: values.join(','),
      allowBlank: true,
      errorTitle: lang === 'zh' ? '不在列表中' : 'Not in the list',
      errorMessage:
        lang === 'zh'
          ? `请选择${values.join('或')}；待审批时留空。`
          : `Pick ${values.join(' or ')}; leave empty until decided.`,
      prompt: lang === 'zh' ? '批准 / 不批准；留空为待审批。' : 'Approved / Refused; empty while awaiting a decision.',
    },
  ];
}

/**
 * Notes, date formats and dropdowns of an on-demand register over its rows as `mapping` has them (`added`: the
 * columns whose date format the plan sets); a command appending rows asks again with the rows it adds.
 */
export function formatRegister(
  ctx: Pick<StructureContext, 'snapshot' | 'lang' | 'info' | 'usedNames'> & { plan: Plan },
  def: ListSheetDef<OnDemandSheetId>,
  mapping: SheetMapping,
  added: ReadonlySet<string>,
): void {
  const lists = planListsSheet({
    ...ctx,
    plan: emptyPlan(),
    info: { mappings: {}, createdSheets: [], addedColumns: [] },
  });
  planColumnFormats(ctx.plan, def, mapping, lists, added);
  if (def.id === 'extensions') ctx.plan.validations.push(...decisionValidation(mapping));
}

/** Structure's part: a register the workbook has is mapped (missing columns added) and formatted; none is created. */
export function planPresentRegister(ctx: StructureContext, def: ListSheetDef<OnDemandSheetId>): SheetMapping | null {
  const existing = locateListSheet(ctx.snapshot, def);
  if (!existing) return null;
  const before = ctx.info.addedColumns.length;
  const mapping = planExistingListSheet(ctx, existing, def);
  const added = new Set(
    ctx.info.addedColumns.slice(before).map((a) => def.columns.find((c) => mapping.columns[c.key] === a.column)!.key),
  );
  ctx.info.mappings[def.id] = mapping;
  formatRegister(ctx, def, mapping, added);
  return mapping;
}

/**
 * The register created by the command that first needs it, laid out in the workbook's language, with one empty
 * data row in its table (rows written below are taken in as the table is resized over them).
 */
export function planNewRegister(
  snapshot: WorkbookSnapshot,
  def: ListSheetDef<OnDemandSheetId>,
  fallback: Lang,
): { plan: Plan; mapping: SheetMapping } {
  const ctx: StructureContext = {
    snapshot,
    lang: layoutLanguage(snapshot, fallback),
    plan: emptyPlan(),
    info: { mappings: {}, createdSheets: [], addedColumns: [] },
    usedNames: new Set(
      [...snapshot.sheets.flatMap((s) => s.tables.map((t) => t.name)), ...(snapshot.names ?? [])].map((n) =>
        n.toLowerCase(),
      ),
    ),
  };
  const mapping = planNewListSheet(ctx, def);
  formatRegister(ctx, def, mapping, new Set(def.columns.map((c) => c.key)));
  return { plan: ctx.plan, mapping };
}
