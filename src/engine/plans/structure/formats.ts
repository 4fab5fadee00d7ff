/**
 * What makes a list sheet more than cells (docs/WORKBOOK.md, docs/STATUS.md):
 * dropdowns from `_lists`, the date format on date columns the plan adds,
 * a note on every header explaining the column, and the alert colours as
 * formula-based conditional formats, which compute the same thing inside the
 * spreadsheet from TODAY(), so they stay right tomorrow without the add-in.
 */
import { cellAddress, columnLetters } from '../../core/a1';
import type { ConditionalFormatOp, Plan } from '../../core/plan';
import type { Lang } from '../../../i18n';
import type { SheetMapping } from '../../read/records';
import type { AnyListId, ColumnDef, ListSheetDef } from '../../schema/columns';
import { COLORS, DATE_FORMAT, DUE_SOON_NAME } from '../../schema/format';
import { PROBLEM_STATUS, TASK_STATUS } from '../../schema/values';
import { type ListRanges, listFormula } from './helperSheets';

function validationMessage(c: ColumnDef, lang: Lang): string {
  return lang === 'zh'
    ? `请从下拉列表中选择${c.header.zh}（列表在隐藏表 _lists 中）。`
    : `Pick a ${c.header.en.toLowerCase()} from the list (kept in the hidden _lists sheet).`;
}

/** Dropdowns, date formats of added columns and header notes of one list sheet. */
export function planColumnFormats(
  plan: Plan,
  def: ListSheetDef<AnyListId>,
  mapping: SheetMapping,
  lists: ListRanges,
  added: ReadonlySet<string>,
): void {
  const lang = mapping.lang;
  const first = mapping.headerRow + 1;
  const bottom = Math.max(mapping.lastRow, first);
  const sheet = mapping.sheet;
  for (const c of def.columns) {
    const col = mapping.columns[c.key];
    if (col === undefined) continue;
    const letter = columnLetters(col);
    if (c.type === 'list' && c.list) {
      plan.validations.push({
        sheet,
        range: `${letter}${first}:${letter}${bottom}`,
        listFormula: listFormula(lists, c.list),
        allowBlank: true,
        errorTitle: lang === 'zh' ? '不在列表中' : 'Not in the list',
        errorMessage: validationMessage(c, lang),
        prompt: c.note[lang],
      });
    }
    if (c.type === 'date' && added.has(c.key)) {
      plan.columnFormats.push({ sheet, column: col, fromRow: first, toRow: bottom, numberFormat: DATE_FORMAT });
    }
    plan.notes.push({ sheet, address: cellAddress(mapping.headerRow, col), text: c.note[lang] });
  }
}

/** The status texts (both languages) that end the chase: closed (and, for problems, handed in for review). */
function statusTexts(def: ListSheetDef) {
  return def.id === 'problems'
    ? {
        closed: [PROBLEM_STATUS.closed.zh, PROBLEM_STATUS.closed.en],
        pending: [PROBLEM_STATUS.pendingReview.zh, PROBLEM_STATUS.pendingReview.en],
      }
    : { closed: [TASK_STATUS.done.zh, TASK_STATUS.done.en], pending: [] };
}

/**
 * Overdue / due soon / finished colours over the table's data rows, the same
 * rules as the 预警 column (docs/STATUS.md): green for closed, and for a
 * problem handed in for review (待审核) finished on or before its deadline; red
 * and yellow only for open items (not closed, not in review). The rules are
 * mutually exclusive, because ExcelJS drops stopIfTrue.
 */
export function alertColours(def: ListSheetDef, mapping: SheetMapping): ConditionalFormatOp[] {
  const first = mapping.headerRow + 1;
  const bottom = Math.max(mapping.lastRow, first);
  const range = `${cellAddress(first, mapping.firstColumn)}:${cellAddress(bottom, mapping.lastColumn)}`;
  const ref = (key: string) => `$${columnLetters(mapping.columns[key]!)}${first}`;
  const status = ref('status');
  // 问题清单: an approved extension (延期至) is the deadline in force, as in the 预警 text; the original stays in 整改期限.
  const extended = mapping.columns.extendedTo !== undefined ? ref('extendedTo') : null;
  const own = ref('deadline');
  const deadline = extended ? `IF(ISNUMBER(${extended}),${extended},${own})` : own;
  const texts = statusTexts(def);
  const is = (xs: string[]) => xs.map((x) => `${status}="${x}"`).join(',');
  const isNot = (xs: string[]) => xs.map((x) => `${status}<>"${x}"`).join(',');
  const open = `AND(${isNot([...texts.closed, ...texts.pending])})`;
  let finished = `OR(${is(texts.closed)})`;
  if (texts.pending.length && mapping.columns.completedOn !== undefined) {
    const done = ref('completedOn');
    const onTime = `AND(OR(${is(texts.pending)}),ISNUMBER(${done}),OR(NOT(ISNUMBER(${deadline})),${done}<=${deadline}))`;
    finished = `OR(${is(texts.closed)},${onTime})`;
  }
  const rules = [
    { id: 'closed', formula: `=${finished}`, fill: COLORS.closed },
    { id: 'overdue', formula: `=AND(${open},ISNUMBER(${deadline}),${deadline}<TODAY())`, fill: COLORS.overdue },
    {
      id: 'dueSoon',
      formula: `=AND(${open},${extended ? `NOT(ISNUMBER(${extended})),` : ''}ISNUMBER(${deadline}),${deadline}>=TODAY(),${deadline}-TODAY()<=${DUE_SOON_NAME})`,
      fill: COLORS.dueSoon,
    },
    // 已延期: open under an approved extension, not past it (due soon under it included).
    ...(extended
      ? [{ id: 'extended', formula: `=AND(${open},ISNUMBER(${extended}),${extended}>=TODAY())`, fill: COLORS.extended }]
      : []),
  ];
  // Earlier rules of ours, of this version or an older one: they all compare the status column with the closed status.
  const replaces = [DUE_SOON_NAME, `${status}="${texts.closed[0]}"`, `${status}<>"${texts.closed[0]}"`];
  return rules.map((r, i) => ({
    sheet: mapping.sheet,
    range,
    formula: r.formula,
    fill: { ...r.fill },
    priority: i + 1,
    stopIfTrue: true,
    id: `${def.id}.${r.id}`,
    replaces,
  }));
}
