/**
 * Custom-formula conditional formats (ConditionalFormatOp) in a worksheet
 * part, as the ExcelJS path applies them (../apply/rules.ts): the sheet's
 * rules that the plan replaces (isReplacedRule) go, every other rule stays;
 * the plan's rules come first in priority order (1, 2, …), the kept rules
 * after them in their old order. Each rule points at a differential format
 * in styles.xml (addDxf). Elements: <conditionalFormatting>, <cfRule>
 * (ECMA-376 Part 1 §18.3.1.18, §18.3.1.10); stopIfTrue is not written,
 * as ExcelJS does not write it (our rules are mutually exclusive).
 */
import { type ConditionalFormatOp, isReplacedRule } from '../../engine/core/plan';
import { type Styles, dxfOfFill } from './styles';
import { childRanges, putChild } from './worksheet';
import { attr, attrsText, elementEnd, escapeXml, findTag, parseAttrs, setAttr, tagEnd, unescapeXml } from './xml';

interface Kept {
  /** The <conditionalFormatting> start tag's attributes (sqref, pivot…). */
  attrs: [string, string][];
  rules: { xml: string; priority: number; order: number }[];
}

/** The rules of the part after </sheetData> that `ops` do not replace, by block. */
function keptRules(tail: string, ops: ConditionalFormatOp[]): Kept[] {
  const out: Kept[] = [];
  let order = 0;
  for (const [start, end] of childRanges(tail, 'conditionalFormatting')) {
    const block = tail.slice(start, end);
    const kept: Kept = { attrs: parseAttrs(block.slice(0, tagEnd(block, 0))), rules: [] };
    for (let at = findTag(block, 'cfRule'); at >= 0;) {
      const e = elementEnd(block, at, 'cfRule');
      const rule = block.slice(at, e);
      const a = parseAttrs(rule.slice(0, tagEnd(rule, 0)));
      const f = findTag(rule, 'formula');
      const formula = f < 0 ? '' : unescapeXml(rule.slice(tagEnd(rule, f), rule.indexOf('</formula>', f)));
      const replaced = attr(a, 'type') === 'expression' && f >= 0 && isReplacedRule(formula, ops);
      const priority = Number(attr(a, 'priority') ?? Number.MAX_SAFE_INTEGER);
      if (!replaced) kept.rules.push({ xml: rule, priority, order: order++ });
      at = findTag(block, 'cfRule', e);
    }
    if (kept.rules.length) out.push(kept);
  }
  return out;
}

/** A rule with its priority set. */
function withPriority(rule: string, priority: number): string {
  const te = tagEnd(rule, 0);
  const a = setAttr(parseAttrs(rule.slice(0, te)), 'priority', String(priority));
  return `<cfRule${attrsText(a)}${rule[te - 2] === '/' ? '/>' : '>'}${rule.slice(te)}`;
}

/** The part after </sheetData> with the plan's rules for this sheet written (ops: that sheet's, not empty). */
export function writeConditionalFormats(tail: string, ops: ConditionalFormatOp[], styles: Styles): string {
  const kept = keptRules(tail, ops);
  const ours = new Map<string, string[]>();
  [...ops]
    .sort((a, b) => a.priority - b.priority)
    .forEach((op, i) => {
      const dxf = styles.addDxf(dxfOfFill(op.fill));
      const formula = escapeXml(op.formula.replace(/^=/, ''));
      const rule = `<cfRule type="expression" dxfId="${dxf}" priority="${i + 1}"><formula>${formula}</formula></cfRule>`;
      ours.set(op.range, [...(ours.get(op.range) ?? []), rule]);
    });
  const keptInOrder = kept.flatMap((k) => k.rules).sort((a, b) => a.priority - b.priority || a.order - b.order);
  keptInOrder.forEach((r, i) => (r.xml = withPriority(r.xml, ops.length + i + 1)));
  const text =
    [...ours]
      .map(([ref, rules]) => `<conditionalFormatting sqref="${ref}">${rules.join('')}</conditionalFormatting>`)
      .join('') +
    kept
      .map(
        (k) =>
          `<conditionalFormatting${attrsText(k.attrs)}>${k.rules.map((r) => r.xml).join('')}</conditionalFormatting>`,
      )
      .join('');
  return putChild(tail, 'conditionalFormatting', text);
}
