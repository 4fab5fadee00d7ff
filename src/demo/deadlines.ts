/**
 * Deadlines for the demo: each scenario needs its deadline at a given
 * distance from today (overdue: in the past; due soon: within the due-soon
 * days; …). The demo picks a time limit and a feedback date that give such a
 * deadline, computed by the engine's own rules, so `refresh` later finds
 * every deadline already right.
 */
import { type IsoDate, addDays, daysBetween, deadlineFromText } from '../engine';
import type { DemoContext } from './context';
import type { Scenario } from './scenarios';

export interface Targeted {
  limit: string;
  feedback: IsoDate;
  deadline: IsoDate;
}

/** The deadline the engine computes for a feedback date and a time limit (null when it computes none). */
export function deadlineOf(ctx: DemoContext, feedback: IsoDate, limit: string) {
  const r = deadlineFromText(feedback, limit, ctx.calendar, ctx.settings);
  return r.ok ? r.value : null;
}

/** Finds a feedback date and limit whose deadline falls in [lo, hi] days from today. */
export function target(ctx: DemoContext, lo: number, hi: number, limits: string[]): Targeted {
  const { rng, today } = ctx;
  for (let attempt = 0; attempt < 12; attempt++) {
    const limit = rng.pick(limits);
    const want = rng.int(lo, hi);
    // How long the limit runs from a plain date, to place the feedback date about right…
    const probe = deadlineOf(ctx, '2024-03-01', limit);
    if (!probe || !probe.deadline) continue;
    const len = daysBetween('2024-03-01', probe.deadline);
    let feedback = addDays(today, want - len);
    const latest = addDays(today, -3);
    if (feedback > latest) feedback = latest;
    if (daysBetween(feedback, today) > 540) continue;
    // …then the real deadline, which holidays and month lengths may move out of range.
    const d = deadlineOf(ctx, feedback, limit);
    if (!d || !d.deadline || !d.calendarCovered) continue;
    const off = daysBetween(today, d.deadline);
    if (off >= lo && off <= hi) return { limit, feedback, deadline: d.deadline };
  }
  // A fixed date always works.
  const off = rng.int(lo, hi);
  const deadline = addDays(today, off);
  const feedback = addDays(today, Math.min(-5, off - rng.int(20, 90)));
  return { limit: deadline, feedback, deadline };
}

/** The deadline a scenario needs; null for an ongoing problem (长期坚持 has none). */
export function targetFor(ctx: DemoContext, scenario: Scenario, limits: string[]): Targeted | null {
  const soon = ctx.settings.dueSoonDays;
  switch (scenario) {
    case 'overdue':
      return target(ctx, -90, -1, limits);
    case 'dueSoon':
      return target(ctx, 0, soon, limits);
    case 'onTrack':
    case 'pending':
    case 'notStarted':
      return target(ctx, soon + 1, ctx.capOnTrack, limits);
    case 'rejected':
      return ctx.rng.chance(0.5) ? target(ctx, -60, -1, limits) : target(ctx, soon + 1, ctx.capOnTrack, limits);
    case 'closedOnTime':
      return target(ctx, -240, 30, limits);
    case 'closedLate':
      return target(ctx, -240, -12, limits);
    case 'ongoing':
      return null;
  }
}
