/**
 * What happens to each demo problem: closed on time or late, overdue, due
 * soon, on track, ongoing, sent back, waiting for review or not started. The
 * first problems cover every scenario whatever the seed; the rest are drawn
 * with weights close to a real ledger's mix.
 */
import type { Rng } from './rng';

export type Scenario =
  'closedOnTime' | 'closedLate' | 'overdue' | 'dueSoon' | 'onTrack' | 'ongoing' | 'rejected' | 'pending' | 'notStarted';

/** The first problems: every scenario at least once, so every status and alert appears even in a tiny demo. */
export const FORCED: Scenario[] = [
  'overdue',
  'dueSoon',
  'onTrack',
  'closedOnTime',
  'closedLate',
  'ongoing',
  'rejected',
  'pending',
  'notStarted',
  'closedOnTime',
];

/** With --mistakes, rows enough of each kind to plant every rule on its own problem. */
const MISTAKE_ROWS: Scenario[] = [
  ...Array<Scenario>(5).fill('overdue'),
  ...Array<Scenario>(5).fill('notStarted'),
  ...Array<Scenario>(6).fill('closedOnTime'),
  ...Array<Scenario>(13).fill('onTrack'),
  'pending',
];

const WEIGHTS: [Scenario, number][] = [
  ['closedOnTime', 26],
  ['closedLate', 8],
  ['overdue', 12],
  ['dueSoon', 8],
  ['onTrack', 22],
  ['ongoing', 6],
  ['rejected', 6],
  ['pending', 6],
  ['notStarted', 6],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((a, [, w]) => a + w, 0);

/** The scenario of the problem at index i (0-based); draws from rng only past the fixed rows. */
export function scenarioAt(i: number, rng: Rng, mistakes: boolean): Scenario {
  if (i < FORCED.length) return FORCED[i];
  if (mistakes && i < FORCED.length + MISTAKE_ROWS.length) return MISTAKE_ROWS[i - FORCED.length];
  let roll = rng.next() * TOTAL_WEIGHT;
  for (const [s, w] of WEIGHTS) if ((roll -= w) < 0) return s;
  return WEIGHTS[WEIGHTS.length - 1][0];
}

/** Not closed, with a deadline: overdue, due soon or on track. */
export const isOpen = (s: Scenario): boolean =>
  s === 'onTrack' || s === 'notStarted' || s === 'pending' || s === 'overdue' || s === 'dueSoon';
/** Not closed, deadline well ahead. */
export const isOnTrack = (s: Scenario): boolean => s === 'onTrack' || s === 'notStarted' || s === 'pending';
export const isClosed = (s: Scenario): boolean => s === 'closedOnTime' || s === 'closedLate';
