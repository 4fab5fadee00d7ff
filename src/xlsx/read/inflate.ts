/**
 * Raw DEFLATE with a ceiling on the output: inflating stops as soon as the
 * output would pass `max` bytes, so a zip bomb is never inflated whole. Node's
 * zlib does it with `maxOutputLength`; in a browser (the pane, where webpack
 * leaves zlib out) fflate's streaming inflater does it chunk by chunk.
 */
import * as zlib from 'zlib';

// fflate only where there is no zlib (the pane): in node, loading it cost every command ~7 ms of CPU at start
// (its tables are built as it loads), for an inflater it never uses.
type Fflate = typeof import('fflate');
const fflate = (): Fflate => require('fflate') as Fflate;

/** The output would pass the ceiling. */
export class InflateLimit extends Error {}

const hasZlib = typeof zlib.inflateRawSync === 'function';

export function inflateRawBounded(data: Uint8Array, max: number): Uint8Array {
  if (hasZlib) {
    try {
      // One byte over the ceiling tells "more than max" from "exactly max".
      return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, max + 1) }) as Uint8Array;
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new InflateLimit();
      throw e;
    }
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new (fflate().Inflate)((chunk: Uint8Array) => {
    size += chunk.length;
    if (size > max) throw new InflateLimit();
    chunks.push(chunk);
  });
  inflater.push(data, true);
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
