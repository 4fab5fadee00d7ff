/**
 * 抽查清单 (schema/spotChecks.ts) in structure: created only by the first
 * spot-check draw, never by init; when a workbook has it, structure maps it
 * (missing columns added, the table over its rows), sets its notes and date
 * formats, and the 结论 dropdown — the same dropdown the draw sets over the
 * rows it adds (`conclusionValidation`).
 */
import { cellAddress } from '../../core/a1';
import { type ValidationOp, emptyPlan } from '../../core/plan';
import { t } from '../../../i18n';
import type { Lang } from '../../../i18n';
import { SPOT_CHECKS_DEF } from '../../read/spotChecks';
import { locateListSheet } from '../../read/locate';
import { SPOT_CHECKS, SPOT_CONCLUSIONS } from '../../schema/spotChecks';
import type { StructureContext } from './context';
import { planColumnFormats } from './formats';
import { planListsSheet } from './helperSheets';
import { planExistingListSheet } from './listSheets';

/** 结论's dropdown over rows first..last of a column: the three words, kept in the rule itself (no `_lists` entry). */
export function conclusionValidation(
  lang: Lang,
  sheet: string,
  column: number,
  first: number,
  last: number,
): ValidationOp {
  const words = Object.values(SPOT_CONCLUSIONS).map((w) => w[lang]);
  return {
    sheet,
    range: `${cellAddress(first, column)}:${cellAddress(Math.max(first, last), column)}`,
    listFormula: words.join(','),
    allowBlank: true,
    errorTitle: t(lang, 'spotcheck.validation.title'),
    errorMessage: t(lang, 'spotcheck.validation.message', { words: words.join(' / ') }),
    prompt: SPOT_CHECKS.columns.find((c) => c.key === 'conclusion')!.note[lang],
  };
}

export function planPresentSpotChecks(ctx: StructureContext): void {
  const existing = locateListSheet(ctx.snapshot, SPOT_CHECKS_DEF);
  if (!existing) return;
  const before = ctx.info.addedColumns.length;
  const mapping = planExistingListSheet(ctx, existing, SPOT_CHECKS_DEF);
  const added = new Set(
    ctx.info.addedColumns
      .slice(before)
      .map((a) => SPOT_CHECKS.columns.find((c) => mapping.columns[c.key] === a.column)!.key),
  );
  const lists = planListsSheet({
    ...ctx,
    plan: emptyPlan(),
    info: { mappings: {}, createdSheets: [], addedColumns: [] },
  });
  planColumnFormats(ctx.plan, SPOT_CHECKS_DEF, mapping, lists, added);
  const col = mapping.columns.conclusion;
  if (col !== undefined)
    ctx.plan.validations.push(
      conclusionValidation(mapping.lang, mapping.sheet, col, mapping.headerRow + 1, mapping.lastRow),
    );
}
