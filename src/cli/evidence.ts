/**
 * The evidence files beside a ledger (docs/EVIDENCE.md): their size, SHA-256 (read as a stream, so a large
 * scan costs no memory) and modification time, for the engine, which reads no file itself. Paths are relative to
 * the ledger's folder; a link inside the folder that leads out of it is not followed. Links (URLs) are never
 * fetched.
 */
import { createHash } from 'crypto';
import { createReadStream, promises as fs } from 'fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'path';
import { type EvidenceFact, type RecordEvidence, evidenceKind, evidencePlace, isEvidenceUrl } from '../engine';
import { type CliContext, CliError } from './context';

export interface FileFacts {
  size: number;
  sha256: string;
  modified: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localTime = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

/** Size, SHA-256 (hex, lower case) and modification time of a file, read as a stream. */
export async function fileFacts(path: string): Promise<FileFacts> {
  const stat = await fs.stat(path);
  const hash = createHash('sha256');
  await new Promise<void>((done, fail) => {
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', fail)
      .on('end', () => done());
  });
  return { size: stat.size, sha256: hash.digest('hex'), modified: localTime(stat.mtime) };
}

const within = (dir: string, path: string) => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/** The ledger's folder, as the system resolves it (links included). */
async function realFolder(ledger: string): Promise<string> {
  const dir = dirname(resolve(ledger));
  return fs.realpath(dir).catch(() => dir);
}

/** What each entry (by key) is beside the ledger: a file with its facts, missing, or a link out of the folder. */
export async function probeEvidence(ledger: string, keys: readonly string[]): Promise<Map<string, EvidenceFact>> {
  const dir = dirname(resolve(ledger));
  const real = await realFolder(ledger);
  const out = new Map<string, EvidenceFact>();
  for (const key of keys) {
    const path = isAbsolute(key) ? key : resolve(dir, key);
    const target = await fs.realpath(path).catch(() => null);
    const stat = target ? await fs.stat(target).catch(() => null) : null;
    if (!target || !stat?.isFile()) out.set(key, { kind: 'missing' });
    else if (evidencePlace(key) === 'inside' && !within(real, target)) out.set(key, { kind: 'outside' });
    else out.set(key, { kind: 'file', ...(await fileFacts(target)) });
  }
  return out;
}

/**
 * `--evidence PATH…` as entries: a URL as typed; a file (named from the current folder) must exist, and is stored
 * relative to the ledger's folder with its facts. Returns the entries and the notes for files outside the folder.
 */
export async function evidenceArgs(
  ledger: string,
  paths: readonly string[],
  ctx: CliContext,
): Promise<{ entries: RecordEvidence[]; notes: string[] }> {
  const dir = dirname(resolve(ledger));
  const entries: RecordEvidence[] = [];
  const notes: string[] = [];
  for (const arg of paths) {
    if (isEvidenceUrl(arg)) {
      entries.push({ item: arg.trim() });
      continue;
    }
    const abs = resolve(arg);
    const stat = await fs.stat(abs).catch(() => null);
    if (!stat?.isFile()) throw new CliError(ctx.msg('cli.record.noFile', { path: arg }));
    const rel = relative(dir, abs);
    const item = isAbsolute(rel) ? abs : rel.split(sep).join('/');
    if (evidenceKind(item) !== 'file') throw new CliError(ctx.msg('cli.record.noExtension', { path: arg }));
    if (evidencePlace(item) !== 'inside') notes.push(ctx.msg('record.evidenceOutside', { item }));
    entries.push({ item, ...(await fileFacts(abs)) });
  }
  return { entries, notes };
}
