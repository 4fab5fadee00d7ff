/**
 * What a file is, from its bytes rather than its name: offices rename files
 * freely, and web systems export "xls" files that are really .xlsx packages,
 * CSV text or HTML pages. Reading the input goes through here first, so
 * every kind gets its own message instead of a library's error.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { extname } from 'path';
import { EngineError } from '../engine';
import { CfbError, isCompoundFile, readCompoundFile } from './cfb';

/** Files larger than this are refused rather than exhausting memory. */
export const MAX_FILE_MB = 200;

export type FileKind =
  /** A zip package: .xlsx (or another Office Open XML / zip file, told apart when it is opened). */
  | 'zip'
  /** An OpenDocument spreadsheet (.ods): also a zip, but not one ExcelJS reads. */
  | 'ods'
  /** Excel 97–2003 (.xls, BIFF8): an OLE container with a Workbook stream. */
  | 'xls'
  /** Excel 5.0/95: an OLE container with a Book stream. */
  | 'xls5'
  /** A password-protected workbook: an OLE container with an EncryptedPackage stream. */
  | 'encrypted'
  /** Another OLE document (a Word .doc…), or a damaged container. */
  | 'ole'
  | 'oleDamaged'
  /** Text: CSV, tab-separated, or text that is not an HTML page. */
  | 'text'
  /** An HTML page or an XML Spreadsheet 2003 file, as web systems export under an .xls name. */
  | 'webPage'
  | 'empty'
  | 'binary';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (buf: Buffer, magic: number[]) => magic.every((b, i) => buf[i] === b);

/** The file's bytes, after the checks every reader shares (exists, is a file, not too large). */
export function readInput(file: string): Buffer {
  if (!existsSync(file)) throw new EngineError('xlsx.notFound', { file });
  const st = statSync(file);
  if (st.isDirectory()) throw new EngineError('xlsx.isDirectory', { file });
  if (st.size > MAX_FILE_MB * 1024 * 1024) {
    throw new EngineError('xlsx.tooLarge', { file, size: Math.round(st.size / 1024 / 1024), limit: MAX_FILE_MB });
  }
  try {
    return readFileSync(file);
  } catch (e) {
    throw new EngineError('xlsx.readDenied', { file, code: (e as NodeJS.ErrnoException).code ?? '?' });
  }
}

function oleKind(buf: Buffer): FileKind {
  try {
    const cfb = readCompoundFile(buf);
    const names = new Set(cfb.entries.filter((e) => e.type === 2).map((e) => e.name.toLowerCase()));
    if (names.has('encryptedpackage')) return 'encrypted';
    if (names.has('workbook')) return 'xls';
    if (names.has('book')) return 'xls5';
    return 'ole';
  } catch (e) {
    if (e instanceof CfbError || e instanceof RangeError) return 'oleDamaged';
    throw e;
  }
}

/** Text has no NUL byte (UTF-16 text starts with its byte-order mark). */
function isText(buf: Buffer): boolean {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return true;
  return !buf.subarray(0, 8192).includes(0);
}

function textKind(buf: Buffer): FileKind {
  const start = buf
    .subarray(0, 2048)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|table|meta|head|body)\b/.test(start)) return 'webPage';
  if (start.startsWith('<?xml') && start.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'webPage';
  if (start.startsWith('<?xml') && /<html\b/.test(start)) return 'webPage';
  return 'text';
}

export function sniff(buf: Buffer): FileKind {
  if (buf.length === 0) return 'empty';
  if (startsWith(buf, ZIP_MAGIC)) {
    // An OpenDocument package starts with an uncompressed "mimetype" entry naming its type.
    const first = buf.subarray(30, 120).toString('latin1');
    return first.startsWith('mimetype') && first.includes('opendocument.spreadsheet') ? 'ods' : 'zip';
  }
  if (isCompoundFile(buf)) return oleKind(buf);
  if (isText(buf)) return textKind(buf);
  return 'binary';
}

/** Names under which a text file is read as a table (web systems also export CSV text as ".xls"). */
export function textReadAsCsv(file: string): boolean {
  return ['.csv', '.txt', '.tsv', '.xls', ''].includes(extname(file).toLowerCase());
}

/**
 * The error for a file that is not an .xlsx workbook, when a ledger command
 * (check, init…) needs one; null for a zip package, which is opened to tell.
 */
export function notWorkbookError(kind: FileKind, file: string): EngineError | null {
  switch (kind) {
    case 'zip':
      return null;
    case 'empty':
      return new EngineError('xlsx.empty', { file });
    case 'ods':
      return new EngineError('xlsx.isOds', { file });
    case 'xls':
      return new EngineError('xlsx.isXls', { file });
    case 'xls5':
      return new EngineError('xlsx.xlsTooOld', { file });
    case 'encrypted':
      return new EngineError('xlsx.encrypted', { file });
    case 'oleDamaged':
      return new EngineError('xlsx.damaged', { file });
    case 'webPage':
      return new EngineError('xlsx.isWebPage', { file });
    case 'text':
      return new EngineError(textReadAsCsv(file) ? 'xlsx.isCsv' : 'xlsx.notXlsx', { file });
    default:
      return new EngineError('xlsx.notXlsx', { file });
  }
}
