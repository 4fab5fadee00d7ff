/**
 * A quick look inside a zip's entries with Node's own zlib, for the checks
 * normalize.ts makes on every worksheet of every file read (do cells lack
 * their address, are there ISO-date cells?). JSZip inflates in JavaScript,
 * several times slower than zlib; scanning a 1,000-problem ledger through it
 * cost about 5 % of the whole command, through zlib it costs next to
 * nothing. Only the central directory is read; anything unusual (ZIP64, an
 * unknown compression method, a damaged directory) returns null, and the
 * caller falls back to JSZip.
 */
import { inflateRawSync } from 'zlib';

interface Entry {
  method: number;
  dataStart: number;
  compressedSize: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Entry name → where its data is; null when the directory cannot be read simply. */
export function zipDirectory(buf: Buffer): Map<string, Entry> | null {
  try {
    let eocd = -1;
    for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
      if (buf.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const count = buf.readUInt16LE(eocd + 10);
    let pos = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || pos === 0xffffffff) return null;
    const out = new Map<string, Entry>();
    for (let i = 0; i < count; i++) {
      if (buf.readUInt32LE(pos) !== CENTRAL) return null;
      const method = buf.readUInt16LE(pos + 10);
      const compressedSize = buf.readUInt32LE(pos + 20);
      const nameLen = buf.readUInt16LE(pos + 28);
      const extraLen = buf.readUInt16LE(pos + 30);
      const commentLen = buf.readUInt16LE(pos + 32);
      const local = buf.readUInt32LE(pos + 42);
      const name = buf.toString('utf8', pos + 46, pos + 46 + nameLen);
      if (buf.readUInt32LE(local) !== LOCAL) return null;
      const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      out.set(name.replace(/^\/+/, ''), { method, dataStart, compressedSize });
      pos += 46 + nameLen + extraLen + commentLen;
    }
    return out;
  } catch {
    return null;
  }
}

/** An entry's bytes (stored or deflated); null when it cannot be read this way. */
export function entryBytes(buf: Buffer, e: Entry): Buffer | null {
  const data = buf.subarray(e.dataStart, e.dataStart + e.compressedSize);
  try {
    if (e.method === 0) return data;
    if (e.method === 8) return inflateRawSync(data);
  } catch {
    /* the caller falls back to JSZip */
  }
  return null;
}
