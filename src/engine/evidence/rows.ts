/**
 * Appending fingerprints to `_evidence` (docs/EVIDENCE.md). The facts — size, SHA-256, modification time — come
 * from the surface (the command line hashes the file, the pane hashes what the user picked): the engine reads no
 * file. A row is added only when it says something new: the same file with the same SHA-256 is not recorded twice.
 */
import type { CellValue } from '../core/cells';
import { type Plan, emptyPlan } from '../core/plan';
import { type WorkbookSnapshot, findSheet } from '../core/snapshot';
import { nextEvidenceRow, readEvidenceRows } from '../read/evidence';
import type { IsoDate } from '../rules/dates';
import { evidenceKey } from '../rules/evidence';
import { EVIDENCE_COLUMNS, EVIDENCE_SHEET } from '../schema/evidence';
import type { Lang } from '../../i18n';

/** One file's facts, as the surface found them. */
export interface EvidenceFile {
  /** As it goes in 佐证材料: a path relative to the ledger's folder ("/" separators). */
  item: string;
  size: number;
  /** 64 hexadecimal digits, lower case. */
  sha256: string;
  /** The file's modification time as the surface saw it ('YYYY-MM-DD HH:mm:ss'), when known. */
  modified?: string;
}

export interface EvidenceRowInput {
  taskId: string;
  file: EvidenceFile;
}

export interface EvidenceRowsPlan {
  plan: Plan;
  /** Rows added (files whose fingerprint was new). */
  added: number;
}

/** The rows to append, a header (and the hidden sheet) first when the workbook has none. */
export function planEvidenceRows(
  snapshot: WorkbookSnapshot,
  rows: readonly EvidenceRowInput[],
  meta: { recordedOn: IsoDate; by: string; lang: Lang },
): EvidenceRowsPlan {
  const plan = emptyPlan();
  const latest = new Map<string, string>();
  for (const r of readEvidenceRows(snapshot)) latest.set(`${r.taskId}\u0000${evidenceKey(r.item)}`, r.sha256);
  const values: CellValue[][] = [];
  for (const { taskId, file } of rows) {
    const k = `${taskId}\u0000${evidenceKey(file.item)}`;
    const sha = file.sha256.toLowerCase();
    if (latest.get(k) === sha) continue;
    latest.set(k, sha);
    values.push([taskId, file.item, file.size, sha, file.modified ?? '', meta.recordedOn, meta.by]);
  }
  if (!values.length) return { plan, added: 0 };
  const sheet = findSheet(snapshot, EVIDENCE_SHEET);
  const hasHeader = !!sheet?.values[0]?.some((v) => v !== null && v !== '');
  if (!sheet) {
    const widths = Object.fromEntries(EVIDENCE_COLUMNS.map((c, i) => [i + 1, c.width]));
    plan.sheets.push({
      name: EVIDENCE_SHEET,
      create: true,
      visibility: 'hidden',
      widths,
      freeze: { rows: 1, columns: 0 },
    });
  }
  if (!hasHeader)
    plan.writes.push({
      sheet: EVIDENCE_SHEET,
      row: 1,
      column: 1,
      values: [EVIDENCE_COLUMNS.map((c) => c.header[meta.lang])],
    });
  plan.writes.push({ sheet: EVIDENCE_SHEET, row: nextEvidenceRow(snapshot), column: 1, values });
  return { plan, added: values.length };
}
