/**
 * A reader for OLE compound files (the container of .xls workbooks and of
 * password-protected .xlsx files, whose encrypted package is an OLE stream
 * named EncryptedPackage). Only what telling them apart and reading an .xls
 * needs: list the streams, read one by name. Every sector chain is bounded by
 * the file's size, so a damaged or hostile file ends in an error, never in a
 * loop. The format is fixed and its specification published, so a small
 * reader of our own is safer than a dependency for it (docs/FILES.md).
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const DIR_ENTRY_SIZE = 128;
const HEADER_DIFAT_ENTRIES = 109;

/** A structural problem in the container: the caller reports the file as damaged. */
export class CfbError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'CfbError';
  }
}

export interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  entries: CfbEntry[];
  /** The stream of that name (case-insensitive, anywhere in the file), or null. */
  stream(name: string): Buffer | null;
}

export function isCompoundFile(buf: Buffer): boolean {
  return buf.length >= 8 && SIGNATURE.every((b, i) => buf[i] === b);
}

interface Layout {
  buf: Buffer;
  sectorSize: number;
  fat: Uint32Array;
}

function sectorOffset(l: Layout, sector: number): number {
  return (sector + 1) * l.sectorSize;
}

/** The sectors of a chain, in order; a chain longer than the file has sectors is a loop. */
function chain(l: Layout, start: number, fat: Uint32Array = l.fat): number[] {
  const out: number[] = [];
  const limit = fat.length;
  for (let s = start; s !== END_OF_CHAIN; s = fat[s]) {
    if (s === FREE_SECTOR || s >= limit || out.length > limit) throw new CfbError('broken sector chain');
    out.push(s);
  }
  return out;
}

function readChain(l: Layout, start: number, size: number): Buffer {
  const parts: Buffer[] = [];
  for (const s of chain(l, start)) {
    const off = sectorOffset(l, s);
    if (off >= l.buf.length) throw new CfbError('sector past the end of the file');
    parts.push(l.buf.subarray(off, Math.min(off + l.sectorSize, l.buf.length)));
  }
  const all = Buffer.concat(parts);
  return size >= 0 ? all.subarray(0, size) : all;
}

/** The FAT: its sectors are listed in the header (109) and then in a chain of DIFAT sectors. */
function readFat(buf: Buffer, sectorSize: number): Uint32Array {
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) {
    const s = buf.readUInt32LE(0x4c + i * 4);
    if (s !== FREE_SECTOR && s !== END_OF_CHAIN) fatSectors.push(s);
  }
  const perSector = sectorSize / 4;
  const maxSectors = Math.ceil(buf.length / sectorSize);
  let difat = buf.readUInt32LE(0x44);
  for (let guard = 0; difat !== END_OF_CHAIN && difat !== FREE_SECTOR; guard++) {
    if (guard > maxSectors) throw new CfbError('broken DIFAT chain');
    const off = (difat + 1) * sectorSize;
    if (off + sectorSize > buf.length) throw new CfbError('DIFAT sector past the end of the file');
    for (let i = 0; i < perSector - 1; i++) {
      const s = buf.readUInt32LE(off + i * 4);
      if (s !== FREE_SECTOR && s !== END_OF_CHAIN) fatSectors.push(s);
    }
    difat = buf.readUInt32LE(off + (perSector - 1) * 4);
  }
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((s, k) => {
    const off = (s + 1) * sectorSize;
    if (off + sectorSize > buf.length) throw new CfbError('FAT sector past the end of the file');
    for (let i = 0; i < perSector; i++) fat[k * perSector + i] = buf.readUInt32LE(off + i * 4);
  });
  return fat;
}

function readEntries(dir: Buffer): CfbEntry[] {
  const entries: CfbEntry[] = [];
  for (let off = 0; off + DIR_ENTRY_SIZE <= dir.length; off += DIR_ENTRY_SIZE) {
    const nameBytes = Math.min(dir.readUInt16LE(off + 64), 64);
    const type = dir[off + 66];
    if (type === 0 || nameBytes < 2) continue;
    const name = dir.toString('utf16le', off, off + nameBytes - 2);
    entries.push({ name, type, start: dir.readUInt32LE(off + 116), size: dir.readUInt32LE(off + 120) });
  }
  return entries;
}

/** Parses the container; throws CfbError when it is not a readable compound file. */
export function readCompoundFile(buf: Buffer): CompoundFile {
  if (!isCompoundFile(buf) || buf.length < 512) throw new CfbError('not a compound file');
  const shift = buf.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new CfbError('bad sector size');
  const sectorSize = 1 << shift;
  const miniShift = buf.readUInt16LE(0x20);
  const miniSize = 1 << (miniShift > 0 && miniShift < 12 ? miniShift : 6);
  const cutoff = buf.readUInt32LE(0x38) || 4096;
  const l: Layout = { buf, sectorSize, fat: readFat(buf, sectorSize) };
  const entries = readEntries(readChain(l, buf.readUInt32LE(0x30), -1));
  const root = entries.find((e) => e.type === 5);
  const miniFatStart = buf.readUInt32LE(0x3c);
  let mini: { fat: Uint32Array; data: Buffer } | null = null;
  const miniStream = () => {
    if (mini) return mini;
    const raw = miniFatStart === END_OF_CHAIN ? Buffer.alloc(0) : readChain(l, miniFatStart, -1);
    const fat = new Uint32Array(raw.length / 4);
    for (let i = 0; i < fat.length; i++) fat[i] = raw.readUInt32LE(i * 4);
    mini = { fat, data: root ? readChain(l, root.start, root.size) : Buffer.alloc(0) };
    return mini;
  };
  const read = (e: CfbEntry): Buffer => {
    if (e.size >= cutoff) return readChain(l, e.start, e.size);
    const m = miniStream();
    const parts: Buffer[] = [];
    for (const s of chain(l, e.start, m.fat)) parts.push(m.data.subarray(s * miniSize, (s + 1) * miniSize));
    return Buffer.concat(parts).subarray(0, e.size);
  };
  return {
    entries,
    stream(name: string) {
      const e = entries.find((x) => x.type === 2 && x.name.toLowerCase() === name.toLowerCase());
      return e ? read(e) : null;
    },
  };
}
