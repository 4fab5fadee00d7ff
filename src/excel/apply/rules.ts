/**
 * The rules Excel evaluates per range: list validations (ValidationOp) and
 * custom-formula conditional formats (ConditionalFormatOp).
 *
 * A list validation replaces the validation of its range. Conditional
 * formats: the sheet's rules are listed in the prep sync (type, and the
 * formula of custom ones); the custom rules the plan replaces
 * (isReplacedRule: earlier rules of ours) are deleted, every other rule (the
 * user's) is kept, and the plan's rules are added in priority order.
 *
 * Office.js: `range.conditionalFormats` is the collection of the formats that
 * intersect the range (the whole sheet's for `getRange()`), `customOrNullObject`
 * is a null object unless the format is custom, `delete()` removes one, and
 * `add` puts a new format at the first/top priority
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat).
 */
import { type ConditionalFormatOp, type Plan, isReplacedRule } from '../../engine/core/plan';
import { findSheet } from '../../engine/core/snapshot';
import { jsonBytes } from '../limits';
import type { ApplySession } from './batch';

export async function applyValidations(s: ApplySession, plan: Plan): Promise<void> {
  for (const v of plan.validations) {
    await s.reserve(jsonBytes(v) + 200);
    const dv = s.sheet(v.sheet).getRange(v.range).dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: v.listFormula } };
    dv.ignoreBlanks = v.allowBlank;
    dv.errorAlert = {
      showAlert: true,
      style: 'Stop' as Excel.DataValidationAlertStyle,
      title: v.errorTitle,
      message: v.errorMessage,
    };
    if (v.prompt) dv.prompt = { showPrompt: true, title: '', message: v.prompt };
  }
}

export interface RuleLookup {
  sheet: string;
  formats: Excel.ConditionalFormatCollection;
}

/** Prep sync: every conditional format on the existing sheets the plan colours, with a custom rule's formula. */
export function queueRuleLookups(s: ApplySession, plan: Plan): RuleLookup[] {
  const sheets = [...new Set(plan.conditionalFormats.map((c) => c.sheet))].filter((n) => findSheet(s.snapshot, n));
  return sheets.map((sheet) => {
    const formats = s.sheet(sheet).getRange().conditionalFormats;
    formats.load('items/type,items/customOrNullObject/rule/formula');
    return { sheet, formats };
  });
}

/** Deletes the sheet's rules that `ops` replace; the user's rules stay. */
async function deleteReplaced(s: ApplySession, lookup: RuleLookup | undefined, ops: ConditionalFormatOp[]) {
  for (const cf of lookup?.formats.items ?? []) {
    if (cf.type !== 'Custom') continue;
    if (!isReplacedRule(cf.customOrNullObject.rule.formula, ops)) continue;
    await s.reserve(40);
    cf.delete();
  }
}

async function addRule(s: ApplySession, r: ConditionalFormatOp): Promise<void> {
  await s.reserve(jsonBytes(r) + 80);
  const cf = s
    .sheet(r.sheet)
    .getRange(r.range)
    .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
  cf.custom.rule.formula = r.formula;
  cf.custom.format.fill.color = r.fill.background;
  cf.custom.format.font.color = r.fill.font;
  cf.stopIfTrue = r.stopIfTrue ?? false;
}

export async function applyConditionalFormats(s: ApplySession, plan: Plan, lookups: RuleLookup[]): Promise<void> {
  const sheets = [...new Set(plan.conditionalFormats.map((c) => c.sheet))];
  for (const sheet of sheets) {
    const ops = plan.conditionalFormats.filter((c) => c.sheet === sheet);
    await deleteReplaced(
      s,
      lookups.find((l) => l.sheet === sheet),
      ops,
    );
    // Each new format goes on top: adding the last rule first leaves them in the plan's priority order.
    const ordered = [...ops].sort((a, b) => a.priority - b.priority);
    for (const r of ordered.reverse()) await addRule(s, r);
  }
}
