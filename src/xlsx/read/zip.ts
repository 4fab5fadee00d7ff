/**
 * The one zip reader every .xlsx read goes through (the command line, the
 * pane, normalize.ts before ExcelJS). Only the central directory is read up
 * front; an entry is inflated when asked for, with a ceiling:
 * - its declared size (the central directory's) must be within the per-entry
 *   limit, and all declared sizes together within the total, before anything
 *   is inflated;
 * - inflating stops one byte past the declared size, so an entry that lies
 *   about its size (a zip bomb declares a small one) costs no more than it
 *   declared.
 * ZIP64 directories and sizes are read; encrypted entries, compression
 * methods other than stored and deflated, and packages split over several
 * disks are refused with a message saying so. Every failure is an
 * EngineError naming the file (and the part, or the limit).
 */
import { EngineError } from '../../engine';
import { InflateLimit, inflateRawBounded } from './inflate';
import { READ_LIMITS, type ReadLimits, toMB } from './limits';

export interface ZipEntry {
  /** The entry's name without a leading slash (a part name). */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** The uncompressed size the central directory declares. */
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32 = 0xffffffff;

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get length(): number {
    return this.bytes.length;
  }
  u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    const lo = this.view.getUint32(at, true);
    const hi = this.view.getUint32(at + 4, true);
    // Sizes past 2^53 are not sizes any file here can have: such a value is refused as damaged.
    if (hi >= 0x200000) throw new RangeError('64-bit value out of range');
    return hi * 0x100000000 + lo;
  }
}

const utf8 = new TextDecoder('utf-8');
/** Names without the UTF-8 flag are in code page 437; the names of an .xlsx's parts are ASCII either way. */
const nameOf = (r: Reader, at: number, len: number) => utf8.decode(r.bytes.subarray(at, at + len)).replace(/^\/+/, '');

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly r: Reader;
  /** Entries inflated so far, when kept (see `keep`). */
  private readonly kept = new Map<string, Uint8Array>();

  /**
   * `keep`: hold each entry once inflated, for a second reader of the same archive (a command that reads the
   * ledger and then patches it: the patcher edits the parts the reader inflated, ~10 ms of a refresh at 1,000
   * problems inflated twice otherwise). The bytes are held as long as the archive is.
   */
  constructor(
    bytes: Uint8Array,
    readonly file: string,
    readonly limits: Readonly<ReadLimits> = READ_LIMITS,
    private readonly keep = false,
  ) {
    this.r = new Reader(bytes);
    try {
      this.readDirectory();
    } catch (e) {
      if (e instanceof EngineError) throw e;
      throw this.broken();
    }
  }

  private broken(): EngineError {
    return new EngineError('xlsx.zipBroken', { file: this.file });
  }

  private unsupported(part: string, what: string): EngineError {
    return new EngineError('xlsx.zipUnsupported', { file: this.file, part, what });
  }

  private readDirectory(): void {
    const r = this.r;
    let eocd = -1;
    for (let i = r.length - 22; i >= Math.max(0, r.length - 22 - 0xffff); i--) {
      if (r.u32(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw this.broken();
    let count = r.u16(eocd + 10);
    let pos = r.u32(eocd + 16);
    const split = (disk: number) => disk !== 0 && disk !== 0xffff;
    if (split(r.u16(eocd + 4)) || split(r.u16(eocd + 6))) throw this.unsupported('—', 'split archive');
    if (count === 0xffff || pos === U32 || r.u32(eocd + 12) === U32) {
      const loc = eocd - 20;
      if (loc < 0 || r.u32(loc) !== ZIP64_LOCATOR) throw this.broken();
      const at = r.u64(loc + 8);
      if (r.u32(at) !== ZIP64_EOCD) throw this.broken();
      if (r.u32(at + 16) !== 0 || r.u32(at + 20) !== 0) throw this.unsupported('—', 'split archive');
      count = r.u64(at + 32);
      pos = r.u64(at + 48);
    }
    if (count > this.limits.entries) {
      throw new EngineError('xlsx.limit.entries', { file: this.file, count, limit: this.limits.entries });
    }
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (r.u32(pos) !== CENTRAL) throw this.broken();
      const flags = r.u16(pos + 8);
      const method = r.u16(pos + 10);
      let compressedSize = r.u32(pos + 20);
      let size = r.u32(pos + 24);
      const nameLen = r.u16(pos + 28);
      const extraLen = r.u16(pos + 30);
      const commentLen = r.u16(pos + 32);
      let localOffset = r.u32(pos + 42);
      const name = nameOf(r, pos + 46, nameLen);
      // ZIP64: the sizes and offset marked 0xFFFFFFFF are in the extra field 0x0001, in this order.
      if (size === U32 || compressedSize === U32 || localOffset === U32) {
        let x = pos + 46 + nameLen;
        const end = x + extraLen;
        while (x + 4 <= end && r.u16(x) !== 0x0001) x += 4 + r.u16(x + 2);
        if (x + 4 > end) throw this.broken();
        let f = x + 4;
        if (size === U32) ((size = r.u64(f)), (f += 8));
        if (compressedSize === U32) ((compressedSize = r.u64(f)), (f += 8));
        if (localOffset === U32) localOffset = r.u64(f);
      }
      pos += 46 + nameLen + extraLen + commentLen;
      if (name.endsWith('/') || this.entries.has(name)) continue; // a folder; a second entry of a name is not read
      if (size > this.limits.entryBytes) {
        throw new EngineError('xlsx.limit.entry', { file: this.file, part: name, limit: toMB(this.limits.entryBytes) });
      }
      total += size;
      if (total > this.limits.totalBytes) {
        throw new EngineError('xlsx.limit.total', { file: this.file, limit: toMB(this.limits.totalBytes) });
      }
      this.entries.set(name, { name, method, flags, compressedSize, size, localOffset });
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name);
  }

  /** An entry's bytes, inflated within its declared size; null when there is no such entry. Not to be changed. */
  bytes(name: string): Uint8Array | null {
    const known = this.kept.get(name);
    if (known) return known;
    const data = this.inflated(name);
    if (data && this.keep) this.kept.set(name, data);
    return data;
  }

  private inflated(name: string): Uint8Array | null {
    const e = this.entries.get(name);
    if (!e) return null;
    if (e.flags & 0x1) throw this.unsupported(name, 'encrypted');
    if (e.method !== 0 && e.method !== 8) throw this.unsupported(name, `method ${e.method}`);
    const r = this.r;
    let data: Uint8Array;
    try {
      if (r.u32(e.localOffset) !== LOCAL) throw this.broken();
      const start = e.localOffset + 30 + r.u16(e.localOffset + 26) + r.u16(e.localOffset + 28);
      if (start + e.compressedSize > r.length) throw this.broken();
      data = r.bytes.subarray(start, start + e.compressedSize);
    } catch (err) {
      if (err instanceof EngineError) throw err;
      throw this.broken();
    }
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw this.broken();
      return data;
    }
    try {
      return inflateRawBounded(data, e.size);
    } catch (err) {
      if (err instanceof InflateLimit) {
        throw new EngineError('xlsx.zipSizeMismatch', { file: this.file, part: name, size: e.size });
      }
      throw this.broken();
    }
  }

  /** An entry as text (UTF-8, or UTF-16 with its byte-order mark); null when there is no such entry. */
  text(name: string): string | null {
    const b = this.bytes(name);
    return b === null ? null : decodeText(b);
  }

  /**
   * Inflates every entry once, within its bounds, and lets the bytes go: what
   * a reader that inflates the package itself (ExcelJS) is then sure of.
   */
  verifyAll(): void {
    for (const name of this.entries.keys()) this.bytes(name);
  }
}

export function decodeText(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b);
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b);
  return utf8.decode(b);
}

/** Opens a zip package in memory, reading its directory (throws the EngineError that says what is wrong). */
export function openZip(
  bytes: Uint8Array,
  file: string,
  limits: Readonly<ReadLimits> = READ_LIMITS,
  keep = false,
): ZipArchive {
  return new ZipArchive(bytes, file, limits, keep);
}
