/**
 * Every limit on what reading an .xlsx may cost, in one place. The file's
 * own size is limited where it is read (sniff.ts, MAX_FILE_MB); these bound
 * what it inflates to and what its sheets hold, so a small file cannot make
 * a large read: each is checked before the memory it guards is taken (a zip
 * entry's declared size before inflating, its actual size while inflating,
 * a row or column number as its cell is met).
 */
const MB = 1024 * 1024;

export interface ReadLimits {
  /** Bytes one zip entry may inflate to. */
  entryBytes: number;
  /** Bytes all entries together may inflate to. */
  totalBytes: number;
  /** Entries in the zip's directory. */
  entries: number;
  /** The last row (1-based) a sheet may have a value in. */
  rows: number;
  /** The last column (1-based) a sheet may have a value in (Excel's own last column: XFD). */
  columns: number;
  /** Non-empty cells in one sheet. */
  cellsPerSheet: number;
}

/**
 * A 10,000-problem ledger is a 4 MB file of about 40 MB of XML and 1.3 million
 * cells in its largest sheet; the limits leave room for several times that.
 */
export const READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  entryBytes: 256 * MB,
  totalBytes: 512 * MB,
  entries: 20_000,
  rows: 500_000,
  columns: 16_384,
  cellsPerSheet: 8_000_000,
});

export const toMB = (bytes: number): number => Math.round(bytes / MB);
