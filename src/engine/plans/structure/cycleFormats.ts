/**
 * The colours of 移交清单 and 整改报告 (docs/STATUS.md), as formula-based
 * conditional formats over the table's rows, like the ledger's lists: they
 * compare the row's own cells with TODAY() and RL_DueSoonDays, so they stay
 * right without the add-in. The rules are mutually exclusive (ExcelJS drops
 * stopIfTrue) and follow the 预警 column:
 *
 *   移交清单  green  已办结
 *             red    not finished, 办理期限 before today
 *             orange 待签收, 签收期限 before today (and not red)
 *             yellow not finished, 办理期限 within the due-soon days (and not orange)
 *   整改报告  green  审核结果 通过
 *             red    not passed, not in review, due date (整改期满日, or 重报期限
 *                    once 打回重写) before today
 *             yellow the same, due within the due-soon days
 *             purple the 整改期满日 cell alone (a milestone, ledger/milestones.ts):
 *                    no 报送日期, not passed, 整改期满日 within the due-soon days or
 *                    before today; it comes first, so the cell shows it over the
 *                    row's red or yellow
 */
import { cellAddress, columnLetters } from '../../core/a1';
import type { ConditionalFormatOp, Fill } from '../../core/plan';
import type { SheetMapping } from '../../read/records';
import { COLORS, DUE_SOON_NAME } from '../../schema/format';
import { CLUE_STATUS, REPORT_RESULT } from '../../schema/values';

type Rule = { id: string; formula: string; fill: Fill };

const either = (cell: string, v: { zh: string; en: string }) => `OR(${cell}="${v.zh}",${cell}="${v.en}")`;

function rulesOf(mapping: SheetMapping, rules: Rule[], replaces: string[]): ConditionalFormatOp[] {
  const first = mapping.headerRow + 1;
  const bottom = Math.max(mapping.lastRow, first);
  const range = `${cellAddress(first, mapping.firstColumn)}:${cellAddress(bottom, mapping.lastColumn)}`;
  return rules.map((r, i) => ({
    sheet: mapping.sheet,
    range,
    formula: r.formula,
    fill: { ...r.fill },
    priority: i + 1,
    stopIfTrue: true,
    id: `${mapping.id}.${r.id}`,
    replaces,
  }));
}

/** A column's first data cell, column absolute ('$K2'); null when the sheet lacks the column. */
function refOf(mapping: SheetMapping) {
  return (key: string) => {
    const c = mapping.columns[key];
    return c === undefined ? null : `$${columnLetters(c)}${mapping.headerRow + 1}`;
  };
}

export function clueColours(mapping: SheetMapping): ConditionalFormatOp[] {
  const ref = refOf(mapping);
  const [status, deadline, signBy, signed] = [ref('status'), ref('deadline'), ref('signBy'), ref('signedOn')];
  if (!status || !deadline) return [];
  const finished = either(status, CLUE_STATUS.finished);
  const overdue = `AND(NOT(${finished}),ISNUMBER(${deadline}),${deadline}<TODAY())`;
  const signLate =
    signBy && signed
      ? `AND(${either(status, CLUE_STATUS.awaiting)},NOT(ISNUMBER(${signed})),ISNUMBER(${signBy}),${signBy}<TODAY())`
      : 'FALSE';
  const dueSoon = `AND(NOT(${finished}),ISNUMBER(${deadline}),${deadline}>=TODAY(),${deadline}-TODAY()<=${DUE_SOON_NAME})`;
  const rules: Rule[] = [
    { id: 'finished', formula: `=${finished}`, fill: COLORS.closed },
    { id: 'overdue', formula: `=${overdue}`, fill: COLORS.overdue },
    { id: 'signLate', formula: `=AND(${signLate},NOT(${overdue}))`, fill: COLORS.signLate },
    { id: 'dueSoon', formula: `=AND(${dueSoon},NOT(${signLate}))`, fill: COLORS.dueSoon },
  ];
  return rulesOf(mapping, rules, [DUE_SOON_NAME, `${status}="${CLUE_STATUS.finished.zh}"`]);
}

export function reportColours(mapping: SheetMapping): ConditionalFormatOp[] {
  const ref = refOf(mapping);
  const [result, deadline, resubmitBy, submitted, reviewed] = [
    ref('result'),
    ref('deadline'),
    ref('resubmitBy'),
    ref('submittedOn'),
    ref('reviewedOn'),
  ];
  if (!result || !deadline || !resubmitBy || !submitted || !reviewed) return [];
  const passed = either(result, REPORT_RESULT.passed);
  const rejected = either(result, REPORT_RESULT.rejected);
  const inReview = `AND(ISNUMBER(${submitted}),OR(${result}="",AND(${rejected},ISNUMBER(${reviewed}),${submitted}>${reviewed})))`;
  const open = `AND(NOT(${passed}),NOT(${inReview}))`;
  // The date in force: 重报期限 once sent back, else 整改期满日 (each tested with ISNUMBER: an empty cell is no date).
  const dueIs = (test: (d: string) => string) =>
    `OR(AND(${rejected},ISNUMBER(${resubmitBy}),${test(resubmitBy)}),AND(NOT(${rejected}),ISNUMBER(${deadline}),${test(deadline)}))`;
  const rules: Rule[] = [
    { id: 'passed', formula: `=${passed}`, fill: COLORS.closed },
    { id: 'overdue', formula: `=AND(${open},${dueIs((d) => `${d}<TODAY()`)})`, fill: COLORS.overdue },
    {
      id: 'dueSoon',
      formula: `=AND(${open},${dueIs((d) => `${d}>=TODAY(),${d}-TODAY()<=${DUE_SOON_NAME}`)})`,
      fill: COLORS.dueSoon,
    },
  ];
  const replaces = [DUE_SOON_NAME, `${result}="${REPORT_RESULT.passed.zh}"`];
  const row = rulesOf(mapping, rules, replaces).map((r) => ({ ...r, priority: r.priority + 1 }));
  return [milestoneColour(mapping, { passed, deadline, submitted }, replaces), ...row];
}

/** The 整改期满日 cell in the milestone colour while the report is not in and the date is near or passed. */
function milestoneColour(
  mapping: SheetMapping,
  refs: { passed: string; deadline: string; submitted: string },
  replaces: string[],
): ConditionalFormatOp {
  const col = mapping.columns.deadline!;
  const first = mapping.headerRow + 1;
  const bottom = Math.max(mapping.lastRow, first);
  const { passed, deadline, submitted } = refs;
  return {
    sheet: mapping.sheet,
    // One cell is 'D2' (as Excel gives it back), not 'D2:D2'.
    range: bottom > first ? `${cellAddress(first, col)}:${cellAddress(bottom, col)}` : cellAddress(first, col),
    formula: `=AND(NOT(${passed}),NOT(ISNUMBER(${submitted})),ISNUMBER(${deadline}),${deadline}-TODAY()<=${DUE_SOON_NAME})`,
    fill: { ...COLORS.milestone },
    priority: 1,
    stopIfTrue: true,
    id: `${mapping.id}.milestone`,
    replaces,
  };
}
