/**
 * The zip container of an .xlsx package, as the patcher copies and writes it
 * (the parts it edits are inflated by the reader's zip, ../read/zip.ts, within
 * its limits; this reads what copying needs besides: each entry's compressed
 * bytes, CRC, times and attributes):
 * every entry the plan does not touch is copied as its compressed bytes
 * (never inflated and deflated again), an edited entry is deflated with
 * zlib. The layout follows PKWARE's APPNOTE.TXT: local file header (4.3.7),
 * central directory file header (4.3.12), end of central directory record
 * (4.3.16), fields as described in 4.4. What this reader does not take
 * (ZIP64, encryption, a split archive, a damaged directory) throws
 * PatchUnsupported, and the caller writes the workbook the ordinary way.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'zlib';
import { PatchUnsupported } from './unsupported';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (APPNOTE 4.4.5). */
  method: number;
  /** General purpose bit flag (4.4.4); bit 3 (a data descriptor) is not written back. */
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  internalAttr: number;
  externalAttr: number;
  versionMadeBy: number;
  versionNeeded: number;
  /** The entry's data as it is in the file (compressed). */
  raw: Buffer;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;

function findEnd(buf: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 (4.3.16).
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  throw new PatchUnsupported('zip: no end of central directory record');
}

/** The package's entries in the order of its central directory. */
export function readZip(buf: Buffer): ZipEntry[] {
  const end = findEnd(buf);
  const disk = buf.readUInt16LE(end + 4);
  const count = buf.readUInt16LE(end + 10);
  let pos = buf.readUInt32LE(end + 16);
  if (disk !== 0 || count === 0xffff || pos === 0xffffffff) throw new PatchUnsupported('zip: split or ZIP64 archive');
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== CENTRAL)
      throw new PatchUnsupported('zip: damaged directory');
    const flags = buf.readUInt16LE(pos + 8);
    const method = buf.readUInt16LE(pos + 10);
    const compressedSize = buf.readUInt32LE(pos + 20);
    const size = buf.readUInt32LE(pos + 24);
    const nameLen = buf.readUInt16LE(pos + 28);
    const extraLen = buf.readUInt16LE(pos + 30);
    const commentLen = buf.readUInt16LE(pos + 32);
    const local = buf.readUInt32LE(pos + 42);
    if (flags & 1) throw new PatchUnsupported('zip: encrypted entry');
    if (method !== 0 && method !== 8) throw new PatchUnsupported(`zip: compression method ${method}`);
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff)
      throw new PatchUnsupported('zip: ZIP64 entry');
    if (buf.readUInt32LE(local) !== LOCAL) throw new PatchUnsupported('zip: damaged local header');
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    out.push({
      name: buf.toString('utf8', pos + 46, pos + 46 + nameLen),
      method,
      flags,
      time: buf.readUInt16LE(pos + 12),
      date: buf.readUInt16LE(pos + 14),
      crc: buf.readUInt32LE(pos + 16),
      compressedSize,
      size,
      internalAttr: buf.readUInt16LE(pos + 36),
      externalAttr: buf.readUInt32LE(pos + 38),
      versionMadeBy: buf.readUInt16LE(pos + 4),
      versionNeeded: buf.readUInt16LE(pos + 6),
      raw: buf.subarray(dataStart, dataStart + compressedSize),
    });
    pos += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** An entry's uncompressed bytes. */
export function entryData(e: ZipEntry): Buffer {
  return e.method === 0 ? e.raw : inflateRawSync(e.raw);
}

/** An entry's text (the package's XML parts are UTF-8). */
export const entryText = (e: ZipEntry): string => entryData(e).toString('utf8');

/**
 * The deflate level of an edited part by its size. Over 1 MB level 1: on a 22 MB task list (10,000 problems)
 * level 6 took 1.2–1.7 s and level 1 0.25 s, for a part 25 % larger (3.2 MB instead of 2.6). Over 256 KB level 4:
 * on the 540 KB problem list of a 1,000-problem ledger 2.4 ms instead of 6.2, for 72 KB instead of 69 (level 1:
 * 1.5 ms, 84 KB). Smaller parts take zlib's default, 6.
 */
const levelFor = (size: number) => (size > 1 << 20 ? 1 : size > 256 << 10 ? 4 : 6);

/** The entry with new contents, deflated; name, times and attributes kept. */
export function withData(e: ZipEntry, data: Buffer): ZipEntry {
  const raw = deflateRawSync(data, { level: levelFor(data.length) });
  return { ...e, method: 8, crc: crc32(data) >>> 0, size: data.length, compressedSize: raw.length, raw };
}

/** A new entry (a part the package did not have). */
export function newEntry(name: string, data: Buffer, like: ZipEntry): ZipEntry {
  return withData({ ...like, name, internalAttr: 0, externalAttr: 0 }, data);
}

/**
 * The package's bytes: each entry's local header and data, then the central
 * directory and its end record. Sizes and CRC go in the local header (no data
 * descriptor, flag bit 3 cleared); bit 11 (UTF-8 names) is set, since names
 * are written as UTF-8.
 */
export function writeZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const flags = (e.flags & ~0x0008) | 0x0800;
    const versionNeeded = Math.max(e.versionNeeded, e.method === 8 ? 20 : 10);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(versionNeeded, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.compressedSize, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(CENTRAL, 0);
    head.writeUInt16LE(e.versionMadeBy, 4);
    head.writeUInt16LE(versionNeeded, 6);
    head.writeUInt16LE(flags, 8);
    head.writeUInt16LE(e.method, 10);
    head.writeUInt16LE(e.time, 12);
    head.writeUInt16LE(e.date, 14);
    head.writeUInt32LE(e.crc >>> 0, 16);
    head.writeUInt32LE(e.compressedSize, 20);
    head.writeUInt32LE(e.size, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt16LE(0, 30); // extra field length
    head.writeUInt16LE(0, 32); // comment length
    head.writeUInt16LE(0, 34); // disk number start
    head.writeUInt16LE(e.internalAttr, 36);
    head.writeUInt32LE(e.externalAttr >>> 0, 38);
    head.writeUInt32LE(offset, 42);
    parts.push(local, name, e.raw);
    central.push(head, name);
    offset += 30 + name.length + e.raw.length;
    if (offset > 0xfffffffe) throw new PatchUnsupported('zip: package over 4 GB');
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
