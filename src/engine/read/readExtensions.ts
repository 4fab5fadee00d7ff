/**
 * Reading 延期申请 (docs/EXTENSIONS.md): each request with its decision, and
 * for each problem what its extensions give — the latest approved deadline,
 * which its alert then runs against, with the original kept beside it.
 */
import type { IsoDate } from '../rules/dates';
import { normalizeHeader } from '../schema/headers';
import { EXTENSION_DECISION } from '../schema/extensions';
import type { ExtensionDecisionCode, ExtensionInfo, ExtensionRecord, RecordBase } from './records';
import { type RowContext, cellText, dateField } from './rowReader';

/** 批准 / Approved → approved, 不批准 / Refused → refused; anything else null. */
export function extensionDecisionOf(text: string): ExtensionDecisionCode | null {
  const n = normalizeHeader(text);
  if (!n) return null;
  for (const v of Object.values(EXTENSION_DECISION))
    if (normalizeHeader(v.zh) === n || normalizeHeader(v.en) === n) return v.code;
  return null;
}

export function readExtension(ctx: RowContext, base: RecordBase): ExtensionRecord {
  const t = (k: string) => cellText(base, k);
  const until = dateField(ctx, base, 'until');
  const approvedUntil = dateField(ctx, base, 'approvedUntil');
  const decision = extensionDecisionOf(t('decision'));
  return {
    row: base.row,
    cells: base.cells,
    columns: base.columns,
    problemId: t('problemId'),
    unit: t('unit'),
    askedOn: dateField(ctx, base, 'askedOn'),
    reason: t('reason'),
    until,
    original: dateField(ctx, base, 'original'),
    decision,
    decisionText: t('decision'),
    approvedUntil,
    decidedOn: dateField(ctx, base, 'decidedOn'),
    approver: t('approver'),
    notes: t('notes'),
    granted: decision === 'approved' ? (approvedUntil ?? until ?? null) : null,
  };
}

/** Each problem ID's extensions: how many requests, how many approved, the latest deadline granted. */
export function extensionsByProblem(rows: readonly ExtensionRecord[]): Map<string, Omit<ExtensionInfo, 'original'>> {
  const out = new Map<string, Omit<ExtensionInfo, 'original'>>();
  for (const r of rows) {
    if (!r.problemId) continue;
    const e = out.get(r.problemId) ?? { until: null, requests: 0, approved: 0 };
    e.requests++;
    if (r.decision === 'approved') {
      e.approved++;
      if (r.granted && (!e.until || r.granted > e.until)) e.until = r.granted as IsoDate;
    }
    out.set(r.problemId, e);
  }
  return out;
}

/** The deadline a problem's alert runs against: the latest approved extension, else its own (the sum of its measures). */
export function workingDeadline(p: { overallDeadline: IsoDate | null | undefined }): IsoDate | null | undefined {
  return p.overallDeadline;
}
