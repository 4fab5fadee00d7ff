/**
 * Reads the values of an Excel 97–2003 workbook (.xls, BIFF8) into sheet
 * snapshots, for `import`: legacy ledgers are still sent around as .xls.
 * Values only: text (shared strings, inline labels, formula string results),
 * numbers, booleans, errors, merged ranges (covered cells stay empty, as on
 * .xlsx) and sheet visibility. Dates are numbers in BIFF as in .xlsx; 1904
 * workbooks are shifted to 1900 serials like the .xlsx reader does. Formulas
 * keep their last computed result. The record layouts are those of the
 * published Excel binary file format; nothing here writes .xls (docs/FILES.md).
 */
import type { CellValue } from '../engine';
import type { SheetSnapshot } from '../engine/core/snapshot';
import { readCompoundFile } from './cfb';

/** Why an .xls cannot be read; the caller turns each into its message. */
export type XlsProblem = 'encrypted' | 'tooOld' | 'damaged';

export class XlsError extends Error {
  constructor(readonly problem: XlsProblem) {
    super(problem);
    this.name = 'XlsError';
  }
}

const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  CONTINUE: 0x003c,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
  MERGECELLS: 0x00e5,
  FORMAT: 0x041e,
  XF: 0x00e0,
} as const;

/** Built-in number formats that show a date or time (including the Chinese and Japanese ones, 27–36 and 50–58). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, ...range(27, 36), ...range(50, 58)]);

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** Whether a number format shows a date: a built-in date format, or a custom one with y/m/d/h/s outside quotes and brackets. */
function isDateFormat(id: number, code: string | undefined): boolean {
  if (DATE_FORMAT_IDS.has(id)) return true;
  if (!code) return false;
  const bare = code.replace(/"[^"]*"|\\.|\[[^[\]]*\]/g, '');
  return /[ymdhs年月日]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

/** Days between the 1904 and the 1900 date systems. */
const DAYS_1904 = 1462;

interface Rec {
  type: number;
  data: Buffer;
  /** The data of the CONTINUE records that follow, each separately (strings restart their flags at a boundary). */
  more: Buffer[];
}

/** The records from `offset` on, with their CONTINUE records attached. */
function* records(stream: Buffer, offset: number): Generator<Rec> {
  let pos = offset;
  let pending: Rec | null = null;
  while (pos + 4 <= stream.length) {
    const type = stream.readUInt16LE(pos);
    const len = stream.readUInt16LE(pos + 2);
    const data = stream.subarray(pos + 4, Math.min(pos + 4 + len, stream.length));
    pos += 4 + len;
    if (type === R.CONTINUE && pending) {
      pending.more.push(data);
      continue;
    }
    if (pending) yield pending;
    pending = { type, data, more: [] };
  }
  if (pending) yield pending;
}

/**
 * Reads a run of characters that may cross CONTINUE boundaries: each new
 * segment starts with its own flags byte saying whether its characters are
 * one byte (Latin-1) or two (UTF-16LE).
 */
class Cursor {
  private seg = 0;
  pos: number;
  constructor(
    private readonly segs: Buffer[],
    pos = 0,
  ) {
    this.pos = pos;
  }
  private get buf(): Buffer {
    return this.segs[this.seg];
  }
  private next(): boolean {
    if (this.seg + 1 >= this.segs.length) return false;
    this.seg++;
    this.pos = 0;
    return true;
  }
  /** A fixed-size field never straddles a boundary: at the end of a segment it starts the next one. */
  private ensure(n: number): void {
    if (this.pos >= this.buf.length) this.next();
    if (this.pos + n > this.buf.length) throw new XlsError('damaged');
  }
  u8(): number {
    this.ensure(1);
    return this.buf[this.pos++];
  }
  u16(): number {
    this.ensure(2);
    const v = this.buf.readUInt16LE(this.pos);
    this.pos += 2;
    return v;
  }
  u32(): number {
    this.ensure(4);
    const v = this.buf.readUInt32LE(this.pos);
    this.pos += 4;
    return v;
  }
  /** Skips bytes that may span segments (rich-text runs, phonetic data). */
  skip(n: number): void {
    while (n > 0) {
      const here = Math.min(n, this.buf.length - this.pos);
      this.pos += here;
      n -= here;
      if (n > 0 && !this.next()) throw new XlsError('damaged');
    }
  }
  chars(count: number, wide: boolean): string {
    let out = '';
    let twoByte = wide;
    while (count > 0) {
      if (this.pos >= this.buf.length) {
        if (!this.next()) throw new XlsError('damaged');
        twoByte = (this.u8() & 0x01) === 1;
      }
      const size = twoByte ? 2 : 1;
      const n = Math.min(count, Math.floor((this.buf.length - this.pos) / size));
      if (n <= 0) throw new XlsError('damaged');
      out += this.buf.toString(twoByte ? 'utf16le' : 'latin1', this.pos, this.pos + n * size);
      this.pos += n * size;
      count -= n;
    }
    return out;
  }
}

/** An XLUnicodeRichExtendedString (the SST's strings) or, with `lenBytes` 1, a short string. */
function readString(c: Cursor, lenBytes: 1 | 2 = 2): string {
  const count = lenBytes === 1 ? c.u8() : c.u16();
  const flags = c.u8();
  const runs = flags & 0x08 ? c.u16() : 0;
  const ext = flags & 0x04 ? c.u32() : 0;
  const text = c.chars(count, (flags & 0x01) === 1);
  c.skip(runs * 4 + ext);
  return text;
}

function readSst(rec: Rec): string[] {
  const c = new Cursor([rec.data, ...rec.more], 8);
  const unique = rec.data.readUInt32LE(4);
  const out: string[] = [];
  for (let i = 0; i < unique; i++) out.push(readString(c));
  return out;
}

/** An RK number: a 30-bit integer or the high bits of a double, maybe divided by 100. */
function rkValue(rk: number): number {
  let v: number;
  if (rk & 0x02) v = rk >> 2;
  else {
    const b = Buffer.alloc(8);
    b.writeUInt32LE((rk & 0xfffffffc) >>> 0, 4);
    v = b.readDoubleLE(0);
  }
  return rk & 0x01 ? v / 100 : v;
}

interface Globals {
  sst: string[];
  date1904: boolean;
  /** Indexes of the cell formats (XF records) that show a date. */
  dateXfs: Set<number>;
  sheets: { name: string; offset: number; visibility: SheetSnapshot['visibility'] }[];
}

function readGlobals(stream: Buffer): Globals {
  const g: Globals = { sst: [], date1904: false, dateXfs: new Set(), sheets: [] };
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let first = true;
  for (const rec of records(stream, 0)) {
    if (first) {
      if (rec.type !== R.BOF || rec.data.length < 2) throw new XlsError('damaged');
      if (rec.data.readUInt16LE(0) !== 0x0600) throw new XlsError('tooOld');
      first = false;
      continue;
    }
    if (rec.type === R.FILEPASS) throw new XlsError('encrypted');
    if (rec.type === R.DATEMODE) g.date1904 = rec.data.readUInt16LE(0) === 1;
    else if (rec.type === R.SST) g.sst = readSst(rec);
    else if (rec.type === R.FORMAT) formats.set(rec.data.readUInt16LE(0), readString(new Cursor([rec.data], 2)));
    else if (rec.type === R.XF) xfFormats.push(rec.data.readUInt16LE(2));
    else if (rec.type === R.BOUNDSHEET && rec.data[5] === 0) {
      const state = rec.data[4] & 0x03;
      g.sheets.push({
        name: readString(new Cursor([rec.data], 6), 1),
        offset: rec.data.readUInt32LE(0),
        visibility: state === 1 ? 'hidden' : state === 2 ? 'veryHidden' : 'visible',
      });
    } else if (rec.type === R.EOF) break;
  }
  if (first) throw new XlsError('damaged');
  xfFormats.forEach((f, i) => {
    if (isDateFormat(f, formats.get(f))) g.dateXfs.add(i);
  });
  return g;
}

/** The value of a FORMULA record's cached result; 'string' when a STRING record follows with it. */
function formulaResult(d: Buffer): CellValue | 'string' {
  if (d.readUInt16LE(12) !== 0xffff) return d.readDoubleLE(6);
  switch (d[6]) {
    case 0:
      return 'string';
    case 1:
      return d[8] !== 0;
    case 2:
      return { error: ERRORS[d[8]] ?? '#N/A' };
    default:
      return '';
  }
}

function readSheet(stream: Buffer, g: Globals, sheet: Globals['sheets'][number]): SheetSnapshot {
  const values: CellValue[][] = [];
  const merges: string[] = [];
  const put = (row: number, col: number, v: CellValue) => {
    if (v === null || v === '') return;
    (values[row] ??= [])[col] = v;
  };
  // A 1904 workbook's dates become 1900 serials, as the .xlsx reader does; other numbers stay as they are.
  const num = (v: number, xf: number) => (g.date1904 && g.dateXfs.has(xf) ? v + DAYS_1904 : v);
  let stringFor: [number, number] | null = null;
  let depth = 0;
  for (const rec of records(stream, sheet.offset)) {
    const d = rec.data;
    if (rec.type === R.BOF) depth++;
    else if (rec.type === R.EOF && --depth <= 0) break;
    if (depth !== 1) continue; // a chart or other substream inside the sheet
    switch (rec.type) {
      case R.LABELSST:
        put(d.readUInt16LE(0), d.readUInt16LE(2), g.sst[d.readUInt32LE(6)] ?? '');
        break;
      case R.LABEL:
      case R.RSTRING:
        put(d.readUInt16LE(0), d.readUInt16LE(2), readString(new Cursor([d, ...rec.more], 6)));
        break;
      case R.NUMBER:
        put(d.readUInt16LE(0), d.readUInt16LE(2), num(d.readDoubleLE(6), d.readUInt16LE(4)));
        break;
      case R.RK:
        put(d.readUInt16LE(0), d.readUInt16LE(2), num(rkValue(d.readUInt32LE(6)), d.readUInt16LE(4)));
        break;
      case R.MULRK: {
        const row = d.readUInt16LE(0);
        const firstCol = d.readUInt16LE(2);
        const n = (d.length - 6) / 6;
        for (let i = 0; i < n; i++)
          put(row, firstCol + i, num(rkValue(d.readUInt32LE(4 + i * 6 + 2)), d.readUInt16LE(4 + i * 6)));
        break;
      }
      case R.BOOLERR:
        put(d.readUInt16LE(0), d.readUInt16LE(2), d[7] ? { error: ERRORS[d[6]] ?? '#N/A' } : d[6] !== 0);
        break;
      case R.FORMULA: {
        const v = formulaResult(d);
        if (v === 'string') stringFor = [d.readUInt16LE(0), d.readUInt16LE(2)];
        else put(d.readUInt16LE(0), d.readUInt16LE(2), typeof v === 'number' ? num(v, d.readUInt16LE(4)) : v);
        break;
      }
      case R.STRING:
        if (stringFor) put(stringFor[0], stringFor[1], readString(new Cursor([d, ...rec.more])));
        stringFor = null;
        break;
      case R.MERGECELLS:
        for (let i = 0, n = d.readUInt16LE(0); i < n && 2 + i * 8 + 8 <= d.length; i++) {
          const o = 2 + i * 8;
          merges.push(rangeRef(d.readUInt16LE(o), d.readUInt16LE(o + 2), d.readUInt16LE(o + 4), d.readUInt16LE(o + 6)));
        }
        break;
    }
  }
  clearCovered(values, merges);
  for (let i = 0; i < values.length; i++) {
    const r = (values[i] ??= []);
    for (let j = 0; j < r.length; j++) if (r[j] === undefined) r[j] = null;
  }
  return { name: sheet.name, visibility: sheet.visibility, values, formulas: {}, tables: [], merges };
}

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function rangeRef(r1: number, r2: number, c1: number, c2: number): string {
  return `${colName(c1)}${r1 + 1}:${colName(c2)}${r2 + 1}`;
}

/** Cells a merge covers are read as empty, as the .xlsx reader does: only the top-left one holds the value. */
function clearCovered(values: CellValue[][], merges: string[]): void {
  for (const m of merges) {
    const [a, b] = m.split(':');
    const pos = (ref: string) => {
      const match = /^([A-Z]+)(\d+)$/.exec(ref)!;
      let col = 0;
      for (const ch of match[1]) col = col * 26 + ch.charCodeAt(0) - 64;
      return { row: Number(match[2]) - 1, col: col - 1 };
    };
    const p = pos(a);
    const q = pos(b);
    for (let r = p.row; r <= q.row; r++) {
      const row = values[r];
      if (!row) continue;
      for (let c = p.col; c <= q.col; c++) if ((r !== p.row || c !== p.col) && c < row.length) delete row[c];
    }
  }
}

/** The sheets of an .xls file's bytes; throws XlsError (or CfbError for a broken container). */
export function readXlsSheets(buf: Buffer): SheetSnapshot[] {
  const cfb = readCompoundFile(buf);
  const stream = cfb.stream('Workbook') ?? null;
  if (!stream) throw new XlsError(cfb.stream('Book') ? 'tooOld' : 'damaged');
  const g = readGlobals(stream);
  try {
    return g.sheets.map((s) => readSheet(stream, g, s));
  } catch (e) {
    if (e instanceof XlsError) throw e;
    throw new XlsError('damaged');
  }
}
