/**
 * planStructure: the layout of PRODUCT §2 as a Plan. Idempotent and never
 * destructive: existing columns are mapped by header (any order, aliases,
 * either language), missing columns are added at the right of everything the
 * sheet already uses, every value, extra column and extra sheet is kept, and
 * a second run plans no value writes at all (its format ops re-apply what is
 * already there).
 */
import { cellAt, lastUsedColumn, lastUsedRow, valueText } from '../core/cells';
import {
  calendarSheetRows,
  listsSheetRows,
  logSheetRows,
  LOG_SHEET_WIDTHS,
  readLists,
  readSettings,
  SETTING_LABELS,
  settingDisplayValue,
} from '../read/helperSheets';
import {
  DEFAULT_LISTS,
  HELPER_SHEET_NAMES,
  LIST_IDS,
  LIST_SHEETS,
  ListId,
  ListSheetDef,
  PROBLEM_STATUS,
  TASK_STATUS,
  normalizeHeader,
} from '../schema/layout';
import type { Lang } from '../../i18n/index';
import {
  CellValue,
  ConditionalFormatOp,
  Plan,
  SheetSnapshot,
  WorkbookSnapshot,
  cellAddress,
  columnLetters,
  emptyPlan,
  findSheet,
} from '../core/model';
import { DEFAULT_SETTINGS, SETTING_KEYS } from '../rules/settings';
import { SheetMapping, locateListSheet, mapListSheet } from '../read/workbook';

/** Defined name of the due-soon threshold, used by the conditional formats. */
export const DUE_SOON_NAME = 'RL_DueSoonDays';
export const TABLE_STYLE = 'TableStyleLight9';
export const DATE_FORMAT = 'yyyy-mm-dd';
const PRINT = { orientation: 'landscape', fitToWidth: true } as const;

export const COLORS = {
  overdue: { background: '#FFC7CE', font: '#9C0006' },
  dueSoon: { background: '#FFEB9C', font: '#9C5700' },
  closed: { background: '#C6EFCE', font: '#006100' },
} as const;

/** The widest used column of a sheet (over all rows): new columns go to its right. */
function maxUsedColumn(sheet: SheetSnapshot): number {
  let max = 0;
  for (let r = 1; r <= sheet.values.length; r++) max = Math.max(max, lastUsedColumn(sheet, r));
  for (const t of sheet.tables) {
    const right = /:([A-Z]+)\d+$/.exec(t.ref)?.[1];
    if (right) {
      let n = 0;
      for (const ch of right) n = n * 26 + ch.charCodeAt(0) - 64;
      max = Math.max(max, n);
    }
  }
  return max;
}

const q = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

export interface StructureInfo {
  /** Where each list sheet's columns are once the plan is applied. */
  mappings: Record<string, SheetMapping>;
  createdSheets: string[];
  addedColumns: { sheet: string; header: string; column: number }[];
}

export interface StructureOptions {
  lang: Lang;
}

/** The language of an existing ledger (its list sheets), else the `_settings` value, else the option. */
export function layoutLanguage(snapshot: WorkbookSnapshot, fallback: Lang): Lang {
  for (const def of LIST_SHEETS) {
    const s = locateListSheet(snapshot, def);
    if (s) {
      try {
        return mapListSheet(s, def, fallback).lang;
      } catch {
        /* merged header: reported by planStructure itself */
      }
    }
  }
  const settings = readSettings(snapshot, fallback);
  return settings.present.includes('lang') ? settings.settings.lang : fallback;
}

export function planStructure(snapshot: WorkbookSnapshot, opts: StructureOptions): Plan {
  return planStructureWithInfo(snapshot, opts).plan;
}

export function planStructureWithInfo(
  snapshot: WorkbookSnapshot,
  opts: StructureOptions,
): { plan: Plan; info: StructureInfo } {
  const lang = layoutLanguage(snapshot, opts.lang);
  const plan = emptyPlan();
  const info: StructureInfo = { mappings: {}, createdSheets: [], addedColumns: [] };
  const usedTableNames = new Set(snapshot.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));

  // ---- _lists first: validations point into it
  const listsSheet = findSheet(snapshot, HELPER_SHEET_NAMES.lists);
  const lists = readLists(snapshot, lang);
  const listWhere: Record<ListId, { column: number; firstRow: number; lastRow: number }> = {} as never;
  if (!listsSheet) {
    const rows = listsSheetRows(lang);
    plan.sheets.push({
      name: HELPER_SHEET_NAMES.lists,
      create: true,
      visibility: 'hidden',
      widths: widthsOf(LIST_IDS.length, 16),
    });
    info.createdSheets.push(HELPER_SHEET_NAMES.lists);
    plan.writes.push({ sheet: HELPER_SHEET_NAMES.lists, row: 1, column: 1, values: rows });
    LIST_IDS.forEach((id, i) => {
      listWhere[id] = { column: i + 1, firstRow: 2, lastRow: 1 + DEFAULT_LISTS[id].values.length };
    });
  } else {
    let next = maxUsedColumn(listsSheet) + 1;
    for (const id of LIST_IDS) {
      const w = lists.where[id];
      if (w) {
        listWhere[id] = w;
        continue;
      }
      const values = DEFAULT_LISTS[id].values.map((v) => v[lang]);
      plan.writes.push({
        sheet: listsSheet.name,
        row: 1,
        column: next,
        values: [[DEFAULT_LISTS[id].header[lang]], ...values.map((v) => [v])],
      });
      listWhere[id] = { column: next, firstRow: 2, lastRow: 1 + values.length };
      next++;
    }
    plan.sheets.push({ name: listsSheet.name, create: false, visibility: hiddenUnlessVeryHidden(listsSheet) });
  }
  const listFormula = (id: ListId) => {
    const w = listWhere[id];
    const col = columnLetters(w.column);
    return `=${q(HELPER_SHEET_NAMES.lists)}!$${col}$${w.firstRow}:$${col}$${Math.max(w.firstRow, w.lastRow)}`;
  };

  // ---- the three list sheets
  for (const def of LIST_SHEETS) {
    const existing = locateListSheet(snapshot, def);
    const mapping = existing
      ? planExistingListSheet(existing, def, lang, plan, info, usedTableNames)
      : planNewListSheet(snapshot, def, lang, plan, info, usedTableNames);
    info.mappings[def.id] = mapping;
    const firstData = mapping.headerRow + 1;
    const bottom = Math.max(mapping.lastRow, firstData);
    const sheet = mapping.sheet;

    for (const c of def.columns) {
      const col = mapping.columns[c.key];
      if (col === undefined) continue;
      const letter = columnLetters(col);
      if (c.type === 'list' && c.list) {
        plan.validations.push({
          sheet,
          range: `${letter}${firstData}:${letter}${bottom}`,
          listFormula: listFormula(c.list),
          allowBlank: true,
          errorTitle: lang === 'zh' ? '不在列表中' : 'Not in the list',
          errorMessage:
            lang === 'zh'
              ? `请从下拉列表中选择${c.header.zh}（列表在隐藏表 _lists 中）。`
              : `Pick a ${c.header.en.toLowerCase()} from the list (kept in the hidden _lists sheet).`,
          prompt: c.note[lang],
        });
      }
      if (c.type === 'date') {
        plan.columnFormats.push({ sheet, column: col, fromRow: firstData, toRow: bottom, numberFormat: DATE_FORMAT });
      }
      plan.notes.push({ sheet, address: cellAddress(mapping.headerRow, col), text: c.note[lang] });
    }

    if (def.id !== 'responsibilities') {
      plan.conditionalFormats.push(...conditionalFormats(def, mapping, bottom));
    }
  }

  // ---- _settings
  const settingsSheet = findSheet(snapshot, HELPER_SHEET_NAMES.settings);
  let dueSoonRow: number;
  if (!settingsSheet) {
    const rows = settingsRowsFor(lang);
    plan.sheets.push({
      name: HELPER_SHEET_NAMES.settings,
      create: true,
      visibility: 'hidden',
      widths: { 1: 22, 2: 14, 3: 60 },
    });
    info.createdSheets.push(HELPER_SHEET_NAMES.settings);
    plan.writes.push({ sheet: HELPER_SHEET_NAMES.settings, row: 1, column: 1, values: rows });
    dueSoonRow = 2 + SETTING_KEYS.indexOf('dueSoonDays');
  } else {
    const s = readSettings(snapshot, lang);
    let next = lastUsedRow(settingsSheet) + 1;
    if (next === 1) {
      plan.writes.push({ sheet: settingsSheet.name, row: 1, column: 1, values: [settingsRowsFor(lang)[0]] });
      next = 2;
    }
    for (const key of SETTING_KEYS) {
      if (s.rows[key]) continue;
      plan.writes.push({
        sheet: settingsSheet.name,
        row: next,
        column: 1,
        values: [
          [
            SETTING_LABELS[key].label[lang],
            settingDisplayValue(key, lang, { ...DEFAULT_SETTINGS, lang }),
            SETTING_LABELS[key].help[lang],
          ],
        ],
      });
      s.rows[key] = next++;
    }
    dueSoonRow = s.rows.dueSoonDays!;
    plan.sheets.push({ name: settingsSheet.name, create: false, visibility: hiddenUnlessVeryHidden(settingsSheet) });
  }
  plan.names.push({ name: DUE_SOON_NAME, ref: `=${q(HELPER_SHEET_NAMES.settings)}!$B$${dueSoonRow}` });

  // ---- _calendar and _log
  for (const [id, rows, widths] of [
    ['calendar', calendarSheetRows(lang), { 1: 12, 2: 8, 3: 30 }],
    ['log', logSheetRows(lang), LOG_SHEET_WIDTHS],
  ] as const) {
    const name = HELPER_SHEET_NAMES[id];
    const sheet = findSheet(snapshot, name);
    if (!sheet) {
      plan.sheets.push({ name, create: true, visibility: 'hidden', widths: { ...widths } });
      info.createdSheets.push(name);
      plan.writes.push({ sheet: name, row: 1, column: 1, values: rows.map((r) => [...r]) });
    } else {
      if (lastUsedRow(sheet) === 0)
        plan.writes.push({ sheet: name, row: 1, column: 1, values: rows.map((r) => [...r]) });
      plan.sheets.push({ name, create: false, visibility: hiddenUnlessVeryHidden(sheet) });
    }
  }
  // List sheets first (the first sheet is the one a workbook opens on), then the helpers.
  const helperNames = new Set<string>(Object.values(HELPER_SHEET_NAMES));
  plan.sheets = [
    ...plan.sheets.filter((s) => !helperNames.has(s.name)),
    ...plan.sheets.filter((s) => helperNames.has(s.name)),
  ];
  const logOp = plan.sheets.find((s) => s.name === HELPER_SHEET_NAMES.log)!;
  logOp.protect = { password: readSettings(snapshot, lang).settings.protectPassword };

  return { plan, info };
}

function hiddenUnlessVeryHidden(sheet: SheetSnapshot): 'hidden' | 'veryHidden' {
  return sheet.visibility === 'veryHidden' ? 'veryHidden' : 'hidden';
}

function widthsOf(n: number, w: number): Record<number, number> {
  const out: Record<number, number> = {};
  for (let i = 1; i <= n; i++) out[i] = w;
  return out;
}

function settingsRowsFor(lang: Lang): CellValue[][] {
  return [
    [lang === 'zh' ? '设置项' : 'Setting', lang === 'zh' ? '值' : 'Value', lang === 'zh' ? '说明' : 'Description'],
    ...SETTING_KEYS.map((k) => [
      SETTING_LABELS[k].label[lang],
      settingDisplayValue(k, lang, { ...DEFAULT_SETTINGS, lang }),
      SETTING_LABELS[k].help[lang],
    ]),
  ];
}

function uniqueTableName(base: string, used: Set<string>): string {
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}${i}`;
  used.add(name.toLowerCase());
  return name;
}

function planNewListSheet(
  snapshot: WorkbookSnapshot,
  def: ListSheetDef,
  lang: Lang,
  plan: Plan,
  info: StructureInfo,
  usedTableNames: Set<string>,
): SheetMapping {
  let name = def.name[lang];
  // A sheet of that name that is not a list sheet cannot exist (it would have been found), but be safe.
  for (let i = 2; findSheet(snapshot, name); i++) name = `${def.name[lang]}${i}`;
  const headers = def.columns.map((c) => c.header[lang]);
  const widths: Record<number, number> = {};
  def.columns.forEach((c, i) => (widths[i + 1] = c.width));
  plan.sheets.push({
    name,
    create: true,
    visibility: 'visible',
    freeze: { rows: 1, columns: 0 },
    widths,
    print: PRINT,
  });
  info.createdSheets.push(name);
  plan.writes.push({ sheet: name, row: 1, column: 1, values: [headers] });
  const n = headers.length;
  plan.tables.push({
    sheet: name,
    name: uniqueTableName(def.tableName, usedTableNames),
    ref: `A1:${columnLetters(n)}2`,
    headers,
    style: TABLE_STYLE,
  });
  const columns: SheetMapping['columns'] = {};
  const hdr: SheetMapping['headers'] = {};
  def.columns.forEach((c, i) => {
    columns[c.key] = i + 1;
    hdr[c.key] = c.header[lang];
  });
  return {
    id: def.id,
    sheet: name,
    lang,
    headerRow: 1,
    columns,
    headers: hdr,
    extra: [],
    firstColumn: 1,
    lastColumn: n,
    lastRow: 2,
  };
}

function planExistingListSheet(
  sheet: SheetSnapshot,
  def: ListSheetDef,
  fallbackLang: Lang,
  plan: Plan,
  info: StructureInfo,
  usedTableNames: Set<string>,
): SheetMapping {
  const mapping = mapListSheet(sheet, def, fallbackLang);
  const lang = mapping.lang;
  const headerRow = mapping.headerRow;
  const widths: Record<number, number> = {};

  // Missing columns go to the right of everything the sheet uses (never over a value).
  const missing = def.columns.filter((c) => mapping.columns[c.key] === undefined);
  const headerLast = mapping.table ? mapping.table.right : lastUsedColumn(sheet, headerRow);
  let lastColumn = Math.max(headerLast, mapping.firstColumn);
  if (headerLast === 0) mapping.extra = [];
  if (missing.length > 0) {
    const start = Math.max(maxUsedColumn(sheet), headerLast) + 1;
    let next = start;
    const texts: CellValue[] = [];
    for (const c of missing) {
      mapping.columns[c.key] = next;
      mapping.headers[c.key] = c.header[lang];
      texts.push(c.header[lang]);
      info.addedColumns.push({ sheet: sheet.name, header: c.header[lang], column: next });
      next++;
    }
    if (headerLast === 0) {
      // An empty header row: the table starts at the new columns.
      mapping.firstColumn = start;
    } else {
      // Columns between the old edge and the new ones become table columns too.
      for (let c = headerLast + 1; c < start; c++) {
        mapping.extra.push({ column: c, header: valueText(cellAt(sheet, headerRow, c)) });
      }
    }
    plan.writes.push({ sheet: sheet.name, row: headerRow, column: start, values: [texts] });
    lastColumn = next - 1;
  }
  mapping.lastColumn = lastColumn;
  for (const c of def.columns) {
    const col = mapping.columns[c.key]!;
    widths[col] = c.width;
  }

  // Table headers must be non-empty and unique: name blank headers, number repeats.
  const headers: string[] = [];
  const seen = new Set<string>();
  const fixes: { column: number; text: string }[] = [];
  for (let c = mapping.firstColumn; c <= lastColumn; c++) {
    const key = Object.entries(mapping.columns).find(([, col]) => col === c)?.[0];
    let text = key ? mapping.headers[key]! : valueText(cellAt(sheet, headerRow, c));
    const original = text;
    if (!text) text = lang === 'zh' ? `列${c}` : `Column${c}`;
    let unique = text;
    for (let i = 2; seen.has(normalizeHeader(unique)); i++) unique = `${text}${i}`;
    seen.add(normalizeHeader(unique));
    headers.push(unique);
    if (unique !== original && !(key && missing.some((m) => m.key === key))) fixes.push({ column: c, text: unique });
    if (unique !== original) {
      const e = mapping.extra.find((x) => x.column === c);
      if (e) e.header = unique;
      if (key) mapping.headers[key] = unique;
    }
  }
  for (const f of fixes) plan.writes.push({ sheet: sheet.name, row: headerRow, column: f.column, values: [[f.text]] });

  const bottom = Math.max(mapping.lastRow, headerRow + 1);
  mapping.lastRow = bottom;
  const ref = `${cellAddress(headerRow, mapping.firstColumn)}:${cellAddress(bottom, lastColumn)}`;
  plan.tables.push({
    sheet: sheet.name,
    name: mapping.table ? mapping.table.name : uniqueTableName(def.tableName, usedTableNames),
    ref,
    headers,
    style: TABLE_STYLE,
  });
  plan.sheets.push({ name: sheet.name, create: false, freeze: { rows: headerRow, columns: 0 }, widths, print: PRINT });
  return mapping;
}

/** Overdue / due soon / closed colours, computed inside the spreadsheet from TODAY() (PRODUCT §4). */
function conditionalFormats(def: ListSheetDef, mapping: SheetMapping, bottom: number): ConditionalFormatOp[] {
  const first = mapping.headerRow + 1;
  const range = `${cellAddress(first, mapping.firstColumn)}:${cellAddress(bottom, mapping.lastColumn)}`;
  const status = `$${columnLetters(mapping.columns.status!)}${first}`;
  const deadline = `$${columnLetters(mapping.columns.deadline!)}${first}`;
  const closedTexts =
    def.id === 'problems'
      ? [PROBLEM_STATUS.closed.zh, PROBLEM_STATUS.closed.en]
      : [TASK_STATUS.done.zh, TASK_STATUS.done.en];
  const closed = `OR(${closedTexts.map((x) => `${status}="${x}"`).join(',')})`;
  const open = `AND(${closedTexts.map((x) => `${status}<>"${x}"`).join(',')})`;
  const id = def.id;
  return [
    {
      sheet: mapping.sheet,
      range,
      formula: `=${closed}`,
      fill: { ...COLORS.closed },
      priority: 1,
      stopIfTrue: true,
      id: `${id}.closed`,
    },
    {
      sheet: mapping.sheet,
      range,
      formula: `=AND(${open},ISNUMBER(${deadline}),${deadline}<TODAY())`,
      fill: { ...COLORS.overdue },
      priority: 2,
      stopIfTrue: true,
      id: `${id}.overdue`,
    },
    {
      sheet: mapping.sheet,
      range,
      formula: `=AND(${open},ISNUMBER(${deadline}),${deadline}>=TODAY(),${deadline}-TODAY()<=${DUE_SOON_NAME})`,
      fill: { ...COLORS.dueSoon },
      priority: 3,
      stopIfTrue: true,
      id: `${id}.dueSoon`,
    },
  ];
}
