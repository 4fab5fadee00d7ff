/**
 * Payload budgets for Office.js requests and responses.
 *
 * "Excel on the web has a payload size limit for requests and responses of
 * 5MB" (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded,
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * We take 5 MB as 5,000,000 bytes (the smaller reading) and aim well below
 * it, because our own size estimate (JSON length of what we queue or
 * receive) is not byte-exact to what Office.js puts on the wire.
 */
import type { MessageKey, MessageParams } from '../i18n/index';

/** Something this Excel could not do, as a catalogue message for the pane. */
export interface Degradation {
  key: MessageKey;
  params: MessageParams;
}

/**
 * Queued writes per `context.sync()` stay under this many estimated bytes:
 * under 4 MB however a megabyte is counted (10^6 or 2^20 bytes), a full
 * megabyte below Excel on the web's 5 MB limit.
 */
export const WRITE_BUDGET_BYTES = 3_900_000;

/**
 * Cell data read per `context.sync()` targets this many estimated bytes, a
 * fifth below the limit: the estimate comes from the bytes per cell of each
 * column measured on the rows already read, and the rows still to come may
 * be longer. A chunk that still comes back too large is read again in halves
 * (read/plan.ts), and no later chunk reaches the size that failed.
 */
export const READ_BUDGET_BYTES = 4_000_000;

/**
 * Before anything has been read we do not know how long the cells are. This is
 * the first guess of JSON bytes per cell (of `formulas`, which the reader loads); after
 * each chunk the reader measures what it really got and re-sizes the next.
 */
export const INITIAL_BYTES_PER_CELL = 40;

/** Counts what a command cost in round trips, reported to the pane, tests and the benchmark. */
export interface SyncStats {
  /** Every `context.sync()` the adapter made. */
  syncs: number;
  /** Syncs that only carried a chunk of cell values (reads) — the part that grows with the data. */
  readChunks: number;
  /** Syncs that carried a chunk of writes. */
  writeChunks: number;
  /** Estimated bytes of the largest request / response. */
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Things this Excel could not do (missing API set); shown to the user. */
  degraded: string[];
}

export function newStats(): SyncStats {
  return { syncs: 0, readChunks: 0, writeChunks: 0, maxRequestBytes: 0, maxResponseBytes: 0, degraded: [] };
}

/** UTF-8 length of a value's JSON, the measure used for all budgets. */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
