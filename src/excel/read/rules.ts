/**
 * The conditional formats already on the sheets read whole: listed in sync 2
 * (outline.ts), and the range of each custom one asked in the first chunk of
 * cells (ConditionalFormat.getRangeOrNullObject, ExcelApi 1.6: a null object
 * when the format applies to several areas,
 * https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat).
 * Apply compares them with the plan's rules (apply/rules.ts).
 */
import type { SheetRead } from './outline';
import { localAddress } from './outline';
import type { ExistingRule } from './state';

export interface RuleRanges {
  sheet: SheetRead;
  ranges: (Excel.Range | null)[];
}

export function queueRuleRanges(sheets: SheetRead[]): RuleRanges[] {
  return sheets
    .filter((s) => s.rules)
    .map((sheet) => ({
      sheet,
      ranges: sheet.rules!.items.map((cf) => {
        if (cf.type !== 'Custom') return null;
        const r = cf.getRangeOrNullObject();
        r.load('address');
        return r;
      }),
    }));
}

/** Sheet name → its formats in priority order, with their ranges. */
export function takeRules(queued: RuleRanges[]): Map<string, ExistingRule[]> {
  const out = new Map<string, ExistingRule[]>();
  for (const { sheet, ranges } of queued) {
    const rules = sheet.rules!.items.map((cf, i): ExistingRule & { priority: number } => {
      const custom = cf.type === 'Custom' ? cf.customOrNullObject : null;
      const range = ranges[i];
      return {
        type: cf.type,
        priority: cf.priority,
        stopIfTrue: cf.stopIfTrue,
        formula: custom && !custom.isNullObject ? custom.rule.formula : undefined,
        fill: custom && !custom.isNullObject ? custom.format.fill.color : undefined,
        font: custom && !custom.isNullObject ? custom.format.font.color : undefined,
        range: range && !range.isNullObject ? localAddress(range.address).replace(/\$/g, '') : null,
      };
    });
    out.set(
      sheet.snap.name,
      rules.sort((a, b) => a.priority - b.priority).map(({ priority, ...r }) => (void priority, r)),
    );
  }
  return out;
}
