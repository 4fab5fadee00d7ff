/**
 * 销号抽查 — a repeatable, stratified sample of closed problems.
 *
 * - Who can be drawn: problems whose 整改状态 is 已销号, with a 问题编号, not
 *   waiting for the conclusion of an earlier draw (a row of 抽查清单 for it
 *   without a 结论 and not yet handled): such a problem is being checked
 *   already and is not drawn twice.
 * - Strata: the inspected unit (被巡察单位), names compared half-width,
 *   without spaces, in any case; a problem without a unit is its own stratum.
 * - How many: from each unit ceil(ratio × its closed problems) — at least one
 *   for any unit with closed problems — and never more than it has to draw.
 * - Which: within a unit, the drawable problems ordered by 问题编号 (code
 *   point order, so row order does not matter), then a partial Fisher–Yates
 *   shuffle driven by mulberry32(seed); units are taken in order of their
 *   names (the same comparison), one generator for the whole draw. The same
 *   seed on the same ledger draws the same problems; another seed, others.
 */
import { identityText } from '../core/text';
import type { LedgerData, LedgerProblem } from '../ledger/types';
import { mulberry32 } from './prng';
import { sampleSize } from './ratio';

export interface DrawOptions {
  /** Basis points (10% = 1000). */
  ratio: number;
  seed: number;
}

export interface Stratum {
  unit: string;
  /** Closed problems of the unit. */
  closed: number;
  /** Of them, waiting for an earlier draw's conclusion (not drawn again). */
  pending: number;
  /** ceil(ratio × closed), at most what can be drawn. */
  take: number;
  drawn: LedgerProblem[];
}

export interface Draw {
  strata: Stratum[];
  drawn: number;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Problem IDs in 抽查清单 still waiting for a conclusion. */
export function pendingIds(data: LedgerData): Set<string> {
  return new Set(
    (data.spotChecks?.records ?? []).filter((r) => !r.conclusionText && !r.handled).map((r) => r.problemId),
  );
}

export function drawSample(data: LedgerData, opts: DrawOptions): Draw {
  const pending = pendingIds(data);
  const units = new Map<string, { unit: string; closed: LedgerProblem[] }>();
  const seen = new Set<string>();
  for (const p of data.problems) {
    if (p.status !== 'closed' || !p.id || seen.has(p.id)) continue;
    seen.add(p.id);
    const key = identityText(p.inspectedUnit);
    let u = units.get(key);
    if (!u) units.set(key, (u = { unit: p.inspectedUnit.trim(), closed: [] }));
    u.closed.push(p);
  }
  const next = mulberry32(opts.seed);
  const strata: Stratum[] = [];
  for (const key of [...units.keys()].sort(byCodePoint)) {
    const { unit, closed } = units.get(key)!;
    const pool = closed.filter((p) => !pending.has(p.id)).sort((a, b) => byCodePoint(a.id, b.id));
    const take = Math.min(sampleSize(opts.ratio, closed.length), pool.length);
    for (let i = 0; i < take; i++) {
      const j = i + Math.floor(next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const drawn = pool.slice(0, take).sort((a, b) => byCodePoint(a.id, b.id));
    strata.push({ unit, closed: closed.length, pending: closed.length - pool.length, take, drawn });
  }
  return { strata, drawn: strata.reduce((n, s) => n + s.drawn.length, 0) };
}
