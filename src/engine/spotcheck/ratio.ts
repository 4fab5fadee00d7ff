/**
 * The sampling ratio as people write it — 10%, 10％, 0.1, .1 — kept as
 * basis points (1% = 100) so that ceil(ratio × count) is computed in whole
 * numbers: 10% of 30 is 3, not the 4 a float's 3.0000000000000004 would give.
 */
import { toHalfWidth } from '../core/text';

/** Basis points in 1..10000, or null when the text is no ratio above 0 and at most 100%. */
export function parseRatio(text: string): number | null {
  const s = toHalfWidth(text).replace(/\s+/g, '');
  const m = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  const bp = Math.round(m[2] ? n * 100 : n * 10000);
  // A bare number above 1 is no fraction: 10 means nothing (10% is written with its sign).
  if (!m[2] && n > 1) return null;
  return bp >= 1 && bp <= 10000 ? bp : null;
}

/** How many of `count` a ratio takes: ceil(bp × count / 10000), so at least 1 when count > 0. */
export function sampleSize(bp: number, count: number): number {
  return Math.floor((bp * count + 9999) / 10000);
}

/** 10%, 12.5%: the ratio as a percentage. */
export function ratioText(bp: number): string {
  return `${bp / 100}%`;
}

const MAX_SEED = 4294967295;

/** A seed as typed: a whole number 0 … 4294967295, half- or full-width digits; null otherwise. */
export function parseSeed(text: string): number | null {
  const s = toHalfWidth(text).trim();
  if (!/^\d{1,10}$/.test(s)) return null;
  const n = Number(s);
  return n <= MAX_SEED ? n : null;
}
