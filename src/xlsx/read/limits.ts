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
  /** Non-empty cells read in the whole workbook (what the snapshot holds: a sheet read in part counts what was read). */
  cells: number;
  /** Rows holding a value, read in the whole workbook (the engine makes a record of each row of a list). */
  filledRows: number;
}

/** What a read has taken so far, across the workbook's sheets (the snapshot's cells and rows, against the limits). */
export interface ReadTally {
  cells: number;
  rows: number;
}

/**
 * A 10,000-problem ledger with about 50,000 measures (the demo) is a 4 MB file
 * of 35 MB of XML, 0.78 million non-empty cells in 74,000 rows (1.16 million
 * cells once its ledgers are generated). What a command holds grows with the
 * cells and rows read, so those bound it: at these limits, 5× that ledger,
 * every command stays within 1.5 GB (docs/PERFORMANCE.md, "Memory at the
 * limits", measured on ledgers made at them: scripts/limit-ledger.js).
 */
export const READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  entryBytes: 128 * MB,
  totalBytes: 256 * MB,
  entries: 20_000,
  rows: 450_000,
  columns: 16_384,
  cells: 4_000_000,
  filledRows: 450_000,
});

export const toMB = (bytes: number): number => Math.round(bytes / MB);
