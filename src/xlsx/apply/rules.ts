/**
 * List validations (ValidationOp) and custom-formula conditional formats
 * (ConditionalFormatOp), applied as the Office.js adapter applies them
 * (src/excel/apply/rules.ts):
 * - a list validation replaces the validation of its range, cell by cell:
 *   the cells of an older validation outside the range keep it;
 * - the custom-formula rules of the op's sheet that the plan replaces
 *   (isReplacedRule) are removed, every other rule is kept, the plan's rules
 *   come first in priority order and the kept rules after them, in their order.
 * ExcelJS drops stopIfTrue when it writes a file, so our rules are written to
 * be mutually exclusive and need no stop.
 */
import type ExcelJS from 'exceljs';
import { type ConditionalFormatOp, type Plan, type ValidationOp, isReplacedRule } from '../../engine/core/plan';
import { type CellRect, cellAddress, overlaps, parseRange } from '../../engine/core/a1';
import {
  type RuleEntry,
  type RuleModel,
  type ValidationModel,
  conditionalFormattings,
  setConditionalFormattings,
  validationModel,
} from '../internals';
import { sheetOrThrow } from './sheets';

const argb = (hex: string) => 'FF' + hex.replace('#', '').toUpperCase();

/** Drops the validations of the target's cells; a validation partly outside it stays on its other cells. */
function clearValidations(model: Record<string, ValidationModel | undefined>, target: CellRect): void {
  for (const [key, v] of Object.entries(model)) {
    if (!v) continue;
    const k = parseRange(key.replace(/\$/g, ''));
    if (!overlaps(k, target)) continue;
    delete model[key];
    for (let r = k.top; r <= k.bottom; r++) {
      for (let c = k.left; c <= k.right; c++) {
        if (!overlaps({ top: r, bottom: r, left: c, right: c }, target)) model[cellAddress(r, c)] = v;
      }
    }
  }
}

function listValidation(v: ValidationOp): ValidationModel {
  return {
    type: 'list',
    allowBlank: v.allowBlank,
    // A literal list (no '=': "批准,不批准") is quoted in the file, a range is a formula.
    formulae: [v.listFormula.startsWith('=') ? v.listFormula.slice(1) : `"${v.listFormula}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.errorTitle,
    error: v.errorMessage,
    showInputMessage: !!v.prompt,
    prompt: v.prompt,
  };
}

export function applyValidations(wb: ExcelJS.Workbook, plan: Plan): void {
  for (const v of plan.validations) {
    const model = validationModel(sheetOrThrow(wb, v.sheet));
    clearValidations(model, parseRange(v.range));
    model[v.range] = listValidation(v);
  }
}

function ruleOf(op: ConditionalFormatOp, priority: number): RuleModel {
  return {
    type: 'expression',
    priority,
    formulae: [op.formula.replace(/^=/, '')],
    style: {
      fill: {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: argb(op.fill.background) },
        bgColor: { argb: argb(op.fill.background) },
      },
      font: { color: { argb: argb(op.fill.font) } },
    },
  };
}

/** The sheet's rules without those `ops` replace. */
function keptRules(entries: RuleEntry[], ops: ConditionalFormatOp[]): RuleEntry[] {
  const replaced = (rule: RuleModel) =>
    rule.type === 'expression' && (rule.formulae ?? []).some((f) => isReplacedRule(String(f), ops));
  return entries
    .map((cf) => ({ ...cf, rules: cf.rules.filter((rule) => !replaced(rule)) }))
    .filter((cf) => cf.rules.length > 0);
}

/** Ours first (1, 2, …, in the plan's order), then the kept rules in their order: priorities are Excel's evaluation order. */
function ordered(ops: ConditionalFormatOp[], kept: RuleEntry[]): RuleEntry[] {
  const ours = new Map<string, RuleModel[]>();
  [...ops]
    .sort((a, b) => a.priority - b.priority)
    .forEach((op, i) => {
      const list = ours.get(op.range) ?? [];
      list.push(ruleOf(op, i + 1));
      ours.set(op.range, list);
    });
  const keptInOrder = kept
    .flatMap((cf) => cf.rules)
    .map((rule, i) => ({ rule, at: rule.priority ?? Number.MAX_SAFE_INTEGER, i }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  keptInOrder.forEach(({ rule }, i) => (rule.priority = ops.length + i + 1));
  return [...[...ours].map(([ref, rules]) => ({ ref, rules })), ...kept];
}

export function applyConditionalFormats(wb: ExcelJS.Workbook, plan: Plan): void {
  const sheets = [...new Set(plan.conditionalFormats.map((c) => c.sheet))];
  for (const sheet of sheets) {
    const ws = sheetOrThrow(wb, sheet);
    const ops = plan.conditionalFormats.filter((c) => c.sheet === sheet);
    setConditionalFormattings(ws, ordered(ops, keptRules(conditionalFormattings(ws), ops)));
  }
}
