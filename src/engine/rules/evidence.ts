/**
 * 佐证材料 as a list (docs/EVIDENCE.md): the cell of a measure holds its evidence, one entry per file or link,
 * separated by "；" (also ";" or a line break when typed by hand). An entry is a path relative to the ledger's
 * folder, or a URL kept as typed (never fetched). Paths are compared with "/" for "\" and without "./", so the
 * same file typed two ways is one entry.
 */

/*
 * The expressions, made once: a regular expression literal is a new object each time it is evaluated, and these
 * run for every entry of every measure (30,000 at 10,000 problems). None has the g or y flag, so none keeps a
 * position between uses.
 */
const SEPARATOR = /[；;\n\r]/;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const PATH_SEPARATOR = /[\\/]/;
const FILE_EXTENSION = /\.[A-Za-z0-9]{1,5}$/;
const ROOTED = /^([a-z]:)?[\\/]/i;
const DRIVE = /^[a-z]:/i;

/** The entries of a 佐证材料 cell, as typed (trimmed), empty ones left out. */
export function splitEvidence(text: string | null | undefined): string[] {
  if (!text) return [];
  // One entry (most cells): nothing to split.
  if (!SEPARATOR.test(text)) {
    const item = String(text).trim();
    return item ? [item] : [];
  }
  return String(text)
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The cell text of a list of entries. */
export function joinEvidence(items: readonly string[]): string {
  return items.join('；');
}

/** A link (http://…, https://…, any scheme://): stored as typed, never fetched, never fingerprinted. */
export function isEvidenceUrl(item: string): boolean {
  return URL_SCHEME.test(item.trim());
}

/**
 * What an entry is: a link; a file (it names a folder or has an extension: 材料/纪要.pdf, 纪要.docx); or a note
 * (会议纪要, 培训签到表及照片 — evidence described in words, as most ledgers typed it before files were kept):
 * a note counts as evidence but has no file to fingerprint or look for.
 */
export function evidenceKind(item: string): 'url' | 'file' | 'note' {
  const s = item.trim();
  if (isEvidenceUrl(s)) return 'url';
  return PATH_SEPARATOR.test(s) || FILE_EXTENSION.test(s) ? 'file' : 'note';
}

/** Where a path entry points: inside the ledger's folder, out of it (../), or an absolute path that will not travel. */
export type EvidencePlace = 'url' | 'inside' | 'escapes' | 'absolute';

/** The key entries are compared by: "/" separators, no "./" or "a/.." steps; a URL as typed. */
export function evidenceKey(item: string): string {
  const s = item.trim();
  if (isEvidenceUrl(s)) return s;
  // A path already in that form (most are: 材料/纪要.pdf) is its own key: nothing to split and join again.
  if (!s.includes('\\') && !s.includes('//') && !s.startsWith('.') && !s.includes('/.') && !s.endsWith('/')) return s;
  const slashed = s.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/') ? '/' : '';
  const out: string[] = [];
  for (const part of slashed.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return absolute + out.join('/');
}

export function evidencePlace(item: string): EvidencePlace {
  const s = item.trim();
  if (isEvidenceUrl(s)) return 'url';
  if (ROOTED.test(s) || DRIVE.test(s)) return 'absolute';
  const key = evidenceKey(s);
  return key === '..' || key.startsWith('../') ? 'escapes' : 'inside';
}

/** Entries of `add` not already in `have` (by key, and once each), in their order. */
export function newEvidence(have: readonly string[], add: readonly string[]): string[] {
  const seen = new Set(have.map(evidenceKey));
  const out: string[] = [];
  for (const item of add) {
    const key = evidenceKey(item);
    if (!item.trim() || seen.has(key)) continue;
    seen.add(key);
    out.push(item.trim());
  }
  return out;
}

/** Evidence as counted in reports (never its paths): measures done, how many of them name evidence, and how many entries. */
export function evidenceCounts(tasks: readonly { status: string | null; evidence: string }[]): {
  done: number;
  withEvidence: number;
  items: number;
} {
  let done = 0;
  let withEvidence = 0;
  let items = 0;
  for (const task of tasks) {
    if (task.status !== 'done') continue;
    done++;
    const n = splitEvidence(task.evidence).length;
    if (n) withEvidence++;
    items += n;
  }
  return { done, withEvidence, items };
}
