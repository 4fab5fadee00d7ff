/**
 * `_evidence`: the fingerprints of the evidence files (佐证材料) named in 任务清单, one row per file recorded
 * (docs/EVIDENCE.md). Hidden like the other machine sheets, created by the first command that records a
 * fingerprint; never by init, so a ledger without evidence stays as it was. Rows are only ever appended: a file
 * recorded again after it changed gets a new row, and the older row still says what it was when it was looked at.
 */
import type { Bilingual } from './sheets';

export const EVIDENCE_SHEET = '_evidence';

export type EvidenceColumnKey = 'taskId' | 'item' | 'size' | 'sha256' | 'modified' | 'recordedOn' | 'recordedBy';

/** The columns in their order (A…G); headers are the layout language's, found in either. */
export const EVIDENCE_COLUMNS: readonly { key: EvidenceColumnKey; header: Bilingual; width: number }[] = [
  { key: 'taskId', header: { zh: '任务编号', en: 'Task ID' }, width: 12 },
  { key: 'item', header: { zh: '材料', en: 'Evidence' }, width: 40 },
  { key: 'size', header: { zh: '大小', en: 'Size' }, width: 12 },
  { key: 'sha256', header: { zh: 'SHA-256', en: 'SHA-256' }, width: 66 },
  { key: 'modified', header: { zh: '修改时间', en: 'Modified' }, width: 20 },
  { key: 'recordedOn', header: { zh: '记录日期', en: 'Recorded on' }, width: 12 },
  { key: 'recordedBy', header: { zh: '记录人', en: 'Recorded by' }, width: 12 },
];
