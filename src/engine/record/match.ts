/** Close matches for a task ID that is not in the ledger: what the user probably meant, best first. */

const norm = (s: string) =>
  s
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/[－—–_]/g, '-');

/** Edit distance (insertions, deletions, substitutions), stopping early beyond `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Up to `limit` IDs within two edits of `want`, or containing it / contained in it, nearest first. */
export function closeMatches(want: string, ids: readonly string[], limit = 5): string[] {
  const w = norm(want);
  if (!w) return [];
  const scored: { id: string; d: number }[] = [];
  for (const id of new Set(ids)) {
    const n = norm(id);
    if (!n) continue;
    const d = n === w ? 0 : distance(w, n, 2);
    const contains = n.includes(w) || w.includes(n);
    if (d <= 2 || contains) scored.push({ id, d: d <= 2 ? d : 3 });
  }
  scored.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  return scored.slice(0, limit).map((s) => s.id);
}

/** The measure (任务编号) on a row of 任务清单, for the pane's "the selected row". */
export function taskIdAtRow(
  data: { mappings: { tasks?: { sheet: string } }; tasks: readonly { row: number; id: string }[] },
  _snapshot: unknown,
  sheet: string,
  row: number,
): string | null {
  if (data.mappings.tasks?.sheet !== sheet) return null;
  return data.tasks.find((x) => x.row === row)?.id || null;
}
