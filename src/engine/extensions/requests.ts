/**
 * Recording extension requests in 延期申请 (docs/EXTENSIONS.md): one row per
 * request, the problem's working deadline of the day kept beside it as
 * 原整改期限 (written once, never recomputed). The register is created by the
 * first request. The same request twice (same problem, unit, date asked and
 * date asked for) is recorded once, so a package collected twice or a command
 * repeated changes nothing; a request for a problem the ledger does not have
 * is returned, not written.
 */
import { cellAddress, columnLetters, parseAddress } from '../core/a1';
import { logChanges } from '../audit/changes';
import type { CellValue } from '../core/cells';
import { type LogChange, type Plan, concatPlans, emptyPlan } from '../core/plan';
import { type WorkbookSnapshot, cellAt, findSheet } from '../core/snapshot';
import { valueText } from '../core/cells';
import type { IsoDate } from '../rules/dates';
import { fromExcelSerial, toExcelSerial } from '../rules/excelSerial';
import { formatRegister, planNewRegister } from '../plans/structure';
import { workingDeadline } from '../read/readExtensions';
import { problemsById } from '../read/indexes';
import type { ParsedWorkbook, SheetMapping } from '../read/records';
import { EXTENSIONS } from '../schema/extensions';
import { DATE_FORMAT, TABLE_STYLE } from '../schema/format';

export interface ExtensionRequest {
  problemId: string;
  unit: string;
  askedOn: IsoDate;
  reason: string;
  until: IsoDate;
}

export interface PlannedRequests {
  plan: Plan;
  /** Written as new rows, in the order given. */
  added: ExtensionRequest[];
  /** Already in the register (or earlier in the same list): not written again. */
  duplicates: ExtensionRequest[];
  /** No problem of that ID in 问题清单: not written. */
  unknown: ExtensionRequest[];
}

const norm = (s: string) => s.trim();
const requestKey = (r: { problemId: string; unit: string; askedOn: string; until: string }) =>
  JSON.stringify([norm(r.problemId), norm(r.unit), r.askedOn, r.until]);

const NO_INFO = () => ({ mappings: {}, createdSheets: [], addedColumns: [] });

const serial = (d: IsoDate | null | undefined): CellValue => (d ? toExcelSerial(d) : null);

/** One register row as cells by column key. */
function rowCells(r: ExtensionRequest, original: IsoDate | null | undefined): Record<string, CellValue> {
  return {
    problemId: norm(r.problemId),
    unit: norm(r.unit),
    askedOn: serial(r.askedOn),
    reason: r.reason.trim(),
    until: serial(r.until),
    original: serial(original),
  };
}

/** `_log` shows the register's dates as a person reads them ('2025-07-15'), not as serial numbers. */
export function readableDates(log: LogChange[], mapping: SheetMapping): LogChange[] {
  const dateColumns = new Set(EXTENSIONS.columns.filter((c) => c.type === 'date').map((c) => mapping.columns[c.key]));
  const iso = (v: CellValue, column: number): CellValue =>
    typeof v === 'number' && dateColumns.has(column) ? fromExcelSerial(v) : v;
  return log.map((e) => {
    if (e.sheet !== mapping.sheet) return e;
    const column = parseAddress(e.address).column;
    return { ...e, oldValue: iso(e.oldValue, column), newValue: iso(e.newValue, column) };
  });
}

/** The rows as one block over the mapped columns (columns that are not ours stay empty on new rows). */
function rowsBlock(
  snapshot: WorkbookSnapshot,
  mapping: SheetMapping,
  start: number,
  rows: Record<string, CellValue>[],
): Plan {
  const plan = emptyPlan();
  const width = mapping.lastColumn - mapping.firstColumn + 1;
  const keyAt = new Map(Object.entries(mapping.columns).map(([k, c]) => [c as number, k]));
  const formats: (string | null)[] = [];
  for (let c = mapping.firstColumn; c <= mapping.lastColumn; c++) {
    const key = keyAt.get(c);
    formats.push(key && EXTENSIONS.columns.find((d) => d.key === key)?.type === 'date' ? DATE_FORMAT : null);
  }
  const values = rows.map((cells) => {
    const line: CellValue[] = new Array<CellValue>(width).fill(null);
    for (const [key, v] of Object.entries(cells)) {
      const c = mapping.columns[key];
      if (c !== undefined) line[c - mapping.firstColumn] = v;
    }
    return line;
  });
  plan.writes.push({ sheet: mapping.sheet, row: start, column: mapping.firstColumn, values, numberFormats: formats });
  plan.log = readableDates(logChanges(plan, snapshot, [mapping.sheet]), mapping);
  return plan;
}

/** The table over the register's rows once the new ones are written, headers as they are. */
function resizeTable(snapshot: WorkbookSnapshot, mapping: SheetMapping, bottom: number, created: Plan): void {
  const fresh = created.tables.find((t) => t.sheet === mapping.sheet);
  if (fresh) {
    fresh.ref = `A${mapping.headerRow}:${columnLetters(mapping.lastColumn)}${Math.max(bottom, mapping.headerRow + 1)}`;
    return;
  }
  const table = mapping.table;
  if (!table || table.bottom >= bottom) return;
  const sheet = findSheet(snapshot, mapping.sheet)!;
  const headers: string[] = [];
  for (let c = table.left; c <= table.right; c++) headers.push(valueText(cellAt(sheet, table.top, c)));
  created.tables.push({
    sheet: mapping.sheet,
    name: table.name,
    ref: `${cellAddress(table.top, table.left)}:${cellAddress(bottom, table.right)}`,
    headers,
    style: TABLE_STYLE,
  });
}

/**
 * The plan that records `requests` in 延期申请 (creating the sheet when the workbook has none). `data` is the
 * ledger as read from `snapshot`.
 */
export function planExtensionRequests(
  snapshot: WorkbookSnapshot,
  data: ParsedWorkbook,
  requests: readonly ExtensionRequest[],
): PlannedRequests {
  const byId = problemsById(data.problems);
  const seen = new Set(
    data.extensions.map((e) =>
      requestKey({ problemId: e.problemId, unit: e.unit, askedOn: e.askedOn ?? '', until: e.until ?? '' }),
    ),
  );
  const added: ExtensionRequest[] = [];
  const duplicates: ExtensionRequest[] = [];
  const unknown: ExtensionRequest[] = [];
  for (const r of requests) {
    const key = requestKey(r);
    if (!byId.has(norm(r.problemId))) unknown.push(r);
    else if (seen.has(key)) duplicates.push(r);
    else {
      seen.add(key);
      added.push(r);
    }
  }
  if (added.length === 0) return { plan: emptyPlan(), added, duplicates, unknown };

  const existing = data.mappings.extensions;
  const created = existing
    ? { plan: emptyPlan(), mapping: undefined }
    : planNewRegister(snapshot, EXTENSIONS, data.lang);
  const mapping = { ...(existing ?? created.mapping!) };
  const start = data.extensions.length ? Math.max(...data.extensions.map((e) => e.row)) + 1 : mapping.headerRow + 1;
  const rows = added.map((r) => rowCells(r, workingDeadline(byId.get(norm(r.problemId))!)));
  const bottom = start + rows.length - 1;
  resizeTable(snapshot, mapping, bottom, created.plan);
  mapping.lastRow = Math.max(mapping.lastRow, bottom);
  // The register's formats over the rows written (a new sheet's, made for its one empty row, are replaced).
  const formats = emptyPlan();
  if (!existing) Object.assign(created.plan, { validations: [], columnFormats: [], notes: [] });
  const ctx = { snapshot, lang: mapping.lang, plan: formats, info: NO_INFO(), usedNames: new Set<string>() };
  formatRegister(ctx, EXTENSIONS, mapping, new Set(existing ? [] : EXTENSIONS.columns.map((c) => c.key)));
  return {
    plan: concatPlans(created.plan, rowsBlock(snapshot, mapping, start, rows), formats),
    added,
    duplicates,
    unknown,
  };
}
