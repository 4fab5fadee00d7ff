/**
 * The rules Excel evaluates per range: list validations (ValidationOp) and
 * custom-formula conditional formats (ConditionalFormatOp). A rule already
 * exactly as planned is not sent again, so re-running structure on a ledger
 * that has not changed writes nothing.
 *
 * A list validation replaces the validation of its range; the range's
 * current validation is read in the prep sync (DataValidation: type, rule,
 * ignoreBlanks, errorAlert, prompt, ExcelApi 1.8,
 * https://learn.microsoft.com/javascript/api/excel/excel.datavalidation).
 *
 * Conditional formats: the sheet's formats, with their ranges, came with the
 * read (read/rules.ts). When our rules on a sheet (the custom rules
 * isReplacedRule recognises) are exactly the plan's — same ranges, formulas,
 * colours and stop-if-true, in the plan's order, ahead of the user's — the
 * sheet is left alone. Otherwise its formats are listed in the prep sync, the
 * ones the plan replaces are deleted, every other rule (the user's) is kept,
 * and the plan's rules are added in priority order. `range.conditionalFormats`
 * is the collection of the formats that intersect the range (the whole
 * sheet's for `getRange()`), `customOrNullObject` is a null object unless the
 * format is custom, `delete()` removes one, and `add` puts a new format at the
 * first/top priority
 * (https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformatcollection,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.conditionalformat).
 */
import { type ConditionalFormatOp, type Plan, type ValidationOp, isReplacedRule } from '../../engine/core/plan';
import { findSheet } from '../../engine/core/snapshot';
import { parseRange, rangeRef } from '../../engine/core/a1';
import { jsonBytes } from '../limits';
import { type ExistingRule, readStateOf } from '../read/state';
import type { ApplySession } from './batch';

export interface ValidationLookup {
  op: ValidationOp;
  dv: Excel.DataValidation | null;
}

/** Prep sync: the validation each planned range has now (existing sheets). */
export function queueValidationLookups(s: ApplySession, plan: Plan): ValidationLookup[] {
  return plan.validations.map((op) => {
    if (!findSheet(s.snapshot, op.sheet)) return { op, dv: null };
    const dv = s.sheet(op.sheet).getRange(op.range).dataValidation;
    dv.load('type,rule,ignoreBlanks,errorAlert,prompt');
    return { op, dv };
  });
}

/** The range already has exactly the plan's list validation. */
function sameValidation(v: ValidationOp, dv: Excel.DataValidation): boolean {
  if (dv.type !== 'List') return false;
  const list = (dv.rule as { list?: { inCellDropDown?: boolean; source?: unknown } }).list;
  const alert = dv.errorAlert;
  const prompt = dv.prompt;
  return (
    !!list &&
    list.inCellDropDown === true &&
    String(list.source).replace(/'/g, '') === v.listFormula.replace(/'/g, '') &&
    dv.ignoreBlanks === v.allowBlank &&
    !!alert &&
    alert.showAlert === true &&
    alert.style === 'Stop' &&
    alert.title === v.errorTitle &&
    alert.message === v.errorMessage &&
    (v.prompt ? !!prompt?.showPrompt && prompt.message === v.prompt : !prompt?.showPrompt)
  );
}

export async function applyValidations(s: ApplySession, lookups: ValidationLookup[]): Promise<void> {
  for (const { op: v, dv: now } of lookups) {
    if (now && sameValidation(v, now)) continue;
    await s.reserve(jsonBytes(v) + 200);
    const dv = s.edit(v.sheet).getRange(v.range).dataValidation;
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

/** One range however it is written ('E2' and '$E$2:$E$2' are the same). */
const sameRange = (a: string, b: string) =>
  rangeRef(parseRange(a.replace(/\$/g, ''))) === rangeRef(parseRange(b.replace(/\$/g, '')));
const noEq = (f: string | undefined) => (f ?? '').replace(/^\s*=/, '').replace(/\s+/g, '').toUpperCase();
const colour = (c: string | undefined) => (c ?? '').replace(/^#/, '').toUpperCase();

/** Our rules on the sheet are the plan's, in its order, first of all the sheet's rules. */
function ourRulesAsPlanned(existing: ExistingRule[], ops: ConditionalFormatOp[]): boolean {
  const ours = existing.filter((r) => r.type === 'Custom' && isReplacedRule(r.formula ?? '', ops));
  const planned = [...ops].sort((a, b) => a.priority - b.priority);
  if (ours.length !== planned.length || existing.slice(0, ours.length).some((r, i) => r !== ours[i])) return false;
  return planned.every((op, i) => {
    const r = ours[i];
    return (
      r.range !== null &&
      sameRange(r.range, op.range) &&
      noEq(r.formula) === noEq(op.formula) &&
      colour(r.fill) === colour(op.fill.background) &&
      colour(r.font) === colour(op.fill.font) &&
      r.stopIfTrue === (op.stopIfTrue ?? false)
    );
  });
}

export interface RuleLookup {
  sheet: string;
  /** The sheet's rules are already as planned: nothing to do. */
  asPlanned: boolean;
  /** The sheet's formats now (null for a sheet the plan creates, or one left alone). */
  formats: Excel.ConditionalFormatCollection | null;
}

/** Prep sync: the formats of each existing sheet the plan colours whose rules are not already as planned. */
export function queueRuleLookups(s: ApplySession, plan: Plan): RuleLookup[] {
  const state = readStateOf(s.snapshot);
  const sheets = [...new Set(plan.conditionalFormats.map((c) => c.sheet))];
  return sheets.map((sheet) => {
    const ops = plan.conditionalFormats.filter((c) => c.sheet === sheet);
    const known = state?.rules.get(sheet);
    if (known && ourRulesAsPlanned(known, ops)) return { sheet, asPlanned: true, formats: null };
    if (!findSheet(s.snapshot, sheet)) return { sheet, asPlanned: false, formats: null };
    const formats = s.sheet(sheet).getRange().conditionalFormats;
    formats.load('items/type,items/customOrNullObject/rule/formula');
    return { sheet, asPlanned: false, formats };
  });
}

/** Deletes the sheet's rules that `ops` replace; the user's rules stay. */
async function deleteReplaced(s: ApplySession, lookup: RuleLookup, ops: ConditionalFormatOp[]): Promise<void> {
  for (const cf of lookup.formats?.items ?? []) {
    if (cf.type !== 'Custom') continue;
    if (!isReplacedRule(cf.customOrNullObject.rule.formula, ops)) continue;
    await s.reserve(40);
    s.edit(lookup.sheet);
    cf.delete();
  }
}

async function addRule(s: ApplySession, r: ConditionalFormatOp): Promise<void> {
  await s.reserve(jsonBytes(r) + 80);
  const cf = s
    .edit(r.sheet)
    .getRange(r.range)
    .conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
  cf.custom.rule.formula = r.formula;
  cf.custom.format.fill.color = r.fill.background;
  cf.custom.format.font.color = r.fill.font;
  cf.stopIfTrue = r.stopIfTrue ?? false;
}

export async function applyConditionalFormats(s: ApplySession, plan: Plan, lookups: RuleLookup[]): Promise<void> {
  for (const lookup of lookups) {
    if (lookup.asPlanned) continue;
    const ops = plan.conditionalFormats.filter((c) => c.sheet === lookup.sheet);
    await deleteReplaced(s, lookup, ops);
    // Each new format goes on top: adding the last rule first leaves them in the plan's priority order.
    const ordered = [...ops].sort((a, b) => a.priority - b.priority);
    for (const r of ordered.reverse()) await addRule(s, r);
  }
}
