/**
 * Rules on 佐证材料 (docs/EVIDENCE.md): where an entry points, whether it has a fingerprint in `_evidence`, and —
 * when the surface could look at the files (the command line) — whether each is still there and unchanged since
 * it was recorded, above all since its problem was closed (销号): evidence changed after close-out is not the
 * evidence that was looked at. A done measure or a closed problem without any evidence is a warning, an error
 * with the setting 佐证材料必填.
 */
import { evidenceEntries, readEvidenceRows, type EvidenceEntry } from '../../../read/evidence';
import { evidencePlace } from '../../../rules/evidence';
import type { CheckContext, Emit } from '../context';
import { cellOf } from '../context';
import type { CheckRule } from '../rule';

/** The entries of the ledger, read once per check (the rules share them). */
const cache = new WeakMap<CheckContext['parsed'], EvidenceEntry[]>();
function entriesOf(ctx: CheckContext): EvidenceEntry[] {
  let list = cache.get(ctx.parsed);
  if (!list) {
    list = ctx.parsed.mappings.tasks?.columns.evidence
      ? evidenceEntries(ctx.parsed, readEvidenceRows(ctx.snapshot))
      : [];
    cache.set(ctx.parsed, list);
  }
  return list;
}

const at = (ctx: CheckContext, e: EvidenceEntry) => cellOf(ctx, 'tasks', e.task, 'evidence');

export const evidencePathOut: CheckRule = {
  code: 'evidence.path',
  severity: 'warning',
  run(ctx, emit) {
    const entries = entriesOf(ctx);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.kind !== 'file') continue;
      const place = evidencePlace(e.item);
      if (place === 'escapes' || place === 'absolute')
        emit(at(ctx, e), place === 'absolute' ? 'evidence.check.absolute' : 'evidence.check.escapes', { item: e.item });
    }
  },
};

export const evidenceUnfingerprinted: CheckRule = {
  code: 'evidence.noFingerprint',
  severity: 'warning',
  run(ctx, emit) {
    const byTask = new Map<EvidenceEntry['task'], number>();
    // A file the surface did not find is said to be missing instead: there is nothing to fingerprint.
    const found = (e: EvidenceEntry) => ctx.evidence?.get(e.key)?.kind !== 'missing';
    const entries = entriesOf(ctx);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (e.kind === 'file' && !e.latest && evidencePlace(e.item) === 'inside' && found(e))
        byTask.set(e.task, (byTask.get(e.task) ?? 0) + 1);
    }
    for (const [task, n] of byTask) emit(cellOf(ctx, 'tasks', task, 'evidence'), 'evidence.check.noFingerprint', { n });
  },
};

export const evidenceMissing: CheckRule = {
  code: 'evidence.missing',
  severity: 'warning',
  run(ctx, emit) {
    if (!ctx.evidence) return;
    const entries = entriesOf(ctx);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      // Entries out of the folder are said by evidence.path and never looked for there.
      const fact = e.kind === 'file' && evidencePlace(e.item) === 'inside' ? ctx.evidence.get(e.key) : undefined;
      if (fact?.kind === 'missing') emit(at(ctx, e), 'evidence.check.missing', { item: e.item });
      if (fact?.kind === 'outside') emit(at(ctx, e), 'evidence.check.outside', { item: e.item });
    }
  },
};

/** The file as found now differs from the fingerprint `row` (undefined: cannot tell). */
function differs(ctx: CheckContext, e: EvidenceEntry, sha256: string): boolean | undefined {
  const fact = ctx.evidence?.get(e.key);
  return fact?.kind === 'file' ? fact.sha256 !== sha256 : undefined;
}

export const evidenceChanged: CheckRule = {
  code: 'evidence.changed',
  severity: 'warning',
  run(ctx, emit) {
    const entries = entriesOf(ctx);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (!e.latest || afterClose(ctx, e)) continue;
      if (differs(ctx, e, e.latest.sha256))
        emit(at(ctx, e), 'evidence.check.changed', { item: e.item, date: e.latest.recordedOn ?? '' });
    }
  },
};

/** Closed, fingerprinted at close-out, and the file now (or its later fingerprint) is another one. */
function afterClose(ctx: CheckContext, e: EvidenceEntry): boolean {
  if (!e.atClose) return false;
  return !!differs(ctx, e, e.atClose.sha256) || (!!e.latest && e.latest.sha256 !== e.atClose.sha256);
}

export const evidenceChangedAfterClose: CheckRule = {
  code: 'evidence.changedAfterClose',
  severity: 'error',
  run(ctx, emit) {
    const entries = entriesOf(ctx);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (!afterClose(ctx, e)) continue;
      const p = ctx.problemsById.get(e.task.problemId);
      emit(at(ctx, e), 'evidence.check.changedAfterClose', {
        item: e.item,
        id: e.task.problemId,
        closedOn: p?.closedOn ?? '',
        date: e.atClose!.recordedOn ?? '',
      });
    }
  },
};

/** Done measures and closed problems without any evidence, as findings of the given severity's rule. */
function withoutEvidence(ctx: CheckContext, emit: Emit): void {
  if (!ctx.parsed.mappings.tasks?.columns.evidence) return;
  const { tasks, problems } = ctx.parsed;
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    if (task.status === 'done' && !task.evidence.trim())
      emit(cellOf(ctx, 'tasks', task, 'evidence'), 'evidence.check.none', { id: task.id });
  }
  // A closed problem without measures has nowhere to name its evidence: said on its status.
  for (let i = 0; i < problems.length; i++) {
    const p = problems[i];
    if (p.status === 'closed' && p.id && !(ctx.tasksByProblem.get(p.id) ?? []).length)
      emit(cellOf(ctx, 'problems', p, 'status'), 'evidence.check.closedNone', { id: p.id });
  }
}

export const evidenceNone: CheckRule = {
  code: 'evidence.none',
  severity: 'warning',
  run(ctx, emit) {
    if (!ctx.parsed.settings.evidenceRequired) withoutEvidence(ctx, emit);
  },
};

export const evidenceRequired: CheckRule = {
  code: 'evidence.required',
  severity: 'error',
  run(ctx, emit) {
    if (ctx.parsed.settings.evidenceRequired) withoutEvidence(ctx, emit);
  },
};

export const EVIDENCE_RULES: readonly CheckRule[] = [
  evidencePathOut,
  evidenceUnfingerprinted,
  evidenceMissing,
  evidenceChanged,
  evidenceChangedAfterClose,
  evidenceNone,
  evidenceRequired,
];
