/**
 * Reading 佐证材料 and `_evidence` together (docs/EVIDENCE.md): every entry a measure's cell names, with the
 * fingerprints recorded for it — the latest (what the file was when last recorded) and, for a closed problem,
 * the one in force on its 销号 date (what was looked at when it was closed).
 */
import { type CellValue, isCellError } from '../core/cells';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import type { IsoDate } from '../rules/dates';
import { evidenceKey, evidenceKind, splitEvidence } from '../rules/evidence';
import { parseDateValue } from '../rules/parseDate';
import { EVIDENCE_COLUMNS, EVIDENCE_SHEET, type EvidenceColumnKey } from '../schema/evidence';
import { normalizeHeader } from '../schema/headers';
import type { ParsedWorkbook, TaskRecord } from './records';

export interface EvidenceRow {
  /** The sheet row (1-based). */
  row: number;
  taskId: string;
  item: string;
  size: number | null;
  sha256: string;
  modified: string;
  recordedOn: IsoDate | null;
  recordedBy: string;
}

const text = (v: CellValue | undefined): string =>
  v === null || v === undefined || isCellError(v) ? '' : String(v).trim();

function dateOf(v: CellValue | undefined): IsoDate | null {
  if (v === null || v === undefined || v === '') return null;
  try {
    return parseDateValue(v as string | number) ?? null;
  } catch {
    return null;
  }
}

/** The rows of `_evidence` (none when the workbook has no such sheet), columns found by header, else by place. */
export function readEvidenceRows(snapshot: WorkbookSnapshot): EvidenceRow[] {
  const sheet = findSheet(snapshot, EVIDENCE_SHEET);
  if (!sheet) return [];
  const header = (sheet.values[0] ?? []).map(normalizeHeader);
  const col = {} as Record<EvidenceColumnKey, number>;
  EVIDENCE_COLUMNS.forEach((c, i) => {
    const found = header.findIndex((h) => h === normalizeHeader(c.header.zh) || h === normalizeHeader(c.header.en));
    col[c.key] = found >= 0 ? found : i;
  });
  const rows: EvidenceRow[] = [];
  sheet.values.forEach((values, i) => {
    if (i === 0) return;
    const taskId = text(values[col.taskId]);
    const item = text(values[col.item]);
    if (!taskId || !item) return;
    const size = values[col.size];
    rows.push({
      row: i + 1,
      taskId,
      item,
      size: typeof size === 'number' ? size : Number(text(size)) || null,
      sha256: text(values[col.sha256]).toLowerCase(),
      modified: text(values[col.modified]),
      recordedOn: dateOf(values[col.recordedOn]),
      recordedBy: text(values[col.recordedBy]),
    });
  });
  return rows;
}

/** The first row after the header that is free (for appending). */
export function nextEvidenceRow(snapshot: WorkbookSnapshot): number {
  const sheet = findSheet(snapshot, EVIDENCE_SHEET);
  if (!sheet) return 2;
  let last = 1;
  sheet.values.forEach((r, i) => {
    if (r.some((v) => text(v) !== '')) last = i + 1;
  });
  return last + 1;
}

/** One entry of a measure's 佐证材料 and what `_evidence` knows of it. */
export interface EvidenceEntry {
  task: TaskRecord;
  /** As typed in the cell. */
  item: string;
  key: string;
  /** A file to fingerprint and look for; a link or a note has none. */
  kind: 'url' | 'file' | 'note';
  /** The latest fingerprint recorded (null: none). */
  latest: EvidenceRow | null;
  /** The fingerprint in force on the problem's 销号 date (recorded on or before it), when it is closed. */
  atClose: EvidenceRow | null;
}

/** Every entry of every measure's 佐证材料, in sheet order, with its fingerprints. */
export function evidenceEntries(parsed: ParsedWorkbook, rows: readonly EvidenceRow[]): EvidenceEntry[] {
  const byKey = new Map<string, EvidenceRow[]>();
  for (const r of rows) {
    const k = `${r.taskId}\u0000${evidenceKey(r.item)}`;
    const list = byKey.get(k);
    if (list) list.push(r);
    else byKey.set(k, [r]);
  }
  let closedOn: Map<string, IsoDate | null> | undefined;
  const closedOf = (task: TaskRecord): IsoDate | null => {
    // Made only when an entry has fingerprints (most entries are notes, or files never fingerprinted).
    closedOn ??= new Map(parsed.problems.map((p) => [p.id, p.status === 'closed' ? p.closedOn : null]));
    return closedOn.get(task.problemId) ?? null;
  };
  const out: EvidenceEntry[] = [];
  for (const task of parsed.tasks) {
    if (!task.evidence) continue;
    for (const item of splitEvidence(task.evidence)) {
      const key = evidenceKey(item);
      const kind = evidenceKind(item);
      // The key string is made only when `_evidence` has rows to find (a ledger without fingerprints has none).
      const list = kind === 'file' && byKey.size ? (byKey.get(`${task.id}\u0000${key}`) ?? NO_ROWS) : NO_ROWS;
      out.push({
        task,
        item,
        key,
        kind,
        latest: list[list.length - 1] ?? null,
        atClose: list.length ? atClose(list, closedOf(task)) : null,
      });
    }
  }
  return out;
}

const NO_ROWS: readonly EvidenceRow[] = [];

/** The last fingerprint recorded on or before the 销号 date (null: the problem is not closed, or none was). */
function atClose(rows: readonly EvidenceRow[], closed: IsoDate | null): EvidenceRow | null {
  if (!closed) return null;
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i].recordedOn && rows[i].recordedOn! <= closed) return rows[i];
  return null;
}
