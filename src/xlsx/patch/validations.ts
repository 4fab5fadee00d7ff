/**
 * List validations (ValidationOp) in a worksheet part: <dataValidations>
 * (ECMA-376 Part 1, §18.3.1.33) holds one <dataValidation> (§18.3.1.32) per
 * rule, over the ranges of its `sqref`. The plan's validation replaces the
 * validation of its range (src/engine/core/plan.ts): a rule whose ranges all
 * lie inside the op's range goes (the same range, or our dropdown over fewer
 * rows), then the op's rule is added, written as ExcelJS writes it
 * (../apply/rules.ts: the list, allowBlank, the stop error with its title and
 * message, the prompt). A rule only partly inside the range would have to be
 * split cell by cell, as the ExcelJS writer does: that, and validations kept
 * in the x14 extension (which ExcelJS drops), are left to ExcelJS.
 */
import type { ValidationOp } from '../../engine/core/plan';
import { type CellRect, overlaps, parseRange } from '../../engine/core/a1';
import { PatchUnsupported } from './unsupported';
import { childText, putChild } from './worksheet';
import { attr, attrsText, elementEnd, escapeXml, findTag, parseAttrs, setAttr, tagEnd, unescapeXml } from './xml';

const inside = (a: CellRect, b: CellRect) =>
  a.top >= b.top && a.bottom <= b.bottom && a.left >= b.left && a.right <= b.right;

/** The rule as ExcelJS writes a list validation (its attributes in ExcelJS's order). */
export function validationXml(op: ValidationOp): string {
  const formula = op.listFormula.startsWith('=') ? op.listFormula.slice(1) : `"${op.listFormula}"`;
  let a = '<dataValidation type="list"';
  if (op.allowBlank) a += ' allowBlank="1"';
  if (op.prompt) a += ` showInputMessage="1" prompt="${escapeXml(op.prompt)}"`;
  a += ` showErrorMessage="1" errorStyle="stop"`;
  if (op.errorTitle) a += ` errorTitle="${escapeXml(op.errorTitle)}"`;
  if (op.errorMessage) a += ` error="${escapeXml(op.errorMessage)}"`;
  return `${a} sqref="${op.range}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
}

/** The ranges of a rule's sqref (space-separated A1 ranges). */
function rangesOf(rule: string): CellRect[] {
  const sqref = unescapeXml(attr(parseAttrs(rule.slice(0, tagEnd(rule, 0))), 'sqref') ?? '');
  return sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((r) => parseRange(r.replace(/\$/g, '')));
}

/** The part after </sheetData> with the ops' validations in place of those they replace. */
export function patchValidations(tail: string, ops: ValidationOp[]): string {
  if (!ops.length) return tail;
  if (tail.includes('x14:dataValidation')) throw new PatchUnsupported('validations: kept in the x14 extension');
  const list = childText(tail, 'dataValidations');
  let open = '<dataValidations>';
  let rules: string[] = [];
  if (list) {
    open = list.slice(0, tagEnd(list, 0));
    if (list[open.length - 2] !== '/') {
      for (let at = findTag(list, 'dataValidation', open.length); at >= 0;) {
        const end = elementEnd(list, at, 'dataValidation');
        if (end < 0) throw new PatchUnsupported('validations: a rule without its end');
        rules.push(list.slice(at, end));
        at = findTag(list, 'dataValidation', end);
      }
    }
  }
  for (const op of ops) {
    const target = parseRange(op.range);
    rules = rules.filter((rule) => {
      const ranges = rangesOf(rule);
      if (!ranges.some((r) => overlaps(r, target))) return true;
      if (ranges.every((r) => inside(r, target))) return false;
      throw new PatchUnsupported(`validations: a rule partly over ${op.range}`);
    });
    rules.push(validationXml(op));
  }
  const a = setAttr(parseAttrs(open), 'count', String(rules.length));
  return putChild(tail, 'dataValidations', `<dataValidations${attrsText(a)}>${rules.join('')}</dataValidations>`);
}
