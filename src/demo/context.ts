/** What every step of the generator shares: the options resolved, the random numbers, the calendar. */
import {
  DEFAULT_LISTS,
  DEFAULT_SETTINGS,
  type IsoDate,
  type Lang,
  type Settings,
  WorkCalendar,
  builtInYears,
  daysBetween,
} from '../engine';
import { Rng } from './rng';
import type { DemoOptions } from './types';

export interface DemoContext {
  lang: Lang;
  today: IsoDate;
  /** Number of problems. */
  n: number;
  mistakes: boolean;
  rng: Rng;
  /** The built-in holidays only, as the demo's `_calendar` lists no days of its own. */
  calendar: WorkCalendar;
  settings: Settings;
  /**
   * How far ahead an on-track deadline may be (days): at most 150, and never
   * past the last year the built-in calendar covers, so `check` does not warn.
   */
  capOnTrack: number;
}

export function demoContext(opts: DemoOptions): DemoContext {
  const lang = opts.lang ?? 'zh';
  const lastCovered = `${Math.max(...builtInYears())}-12-31`;
  return {
    lang,
    today: opts.today,
    n: Math.max(1, Math.floor(opts.problems ?? 40)),
    mistakes: opts.mistakes ?? false,
    rng: new Rng(opts.seed ?? 1),
    calendar: new WorkCalendar(),
    settings: { ...DEFAULT_SETTINGS, lang },
    capOnTrack: Math.max(8, Math.min(150, daysBetween(opts.today, lastCovered))),
  };
}

/** The text of a list value in the demo's language. */
export function tx(ctx: DemoContext, v: { zh: string; en: string }): string {
  return v[ctx.lang];
}

export function kindText(ctx: DemoContext, code: 'immediate' | 'timeLimited' | 'ongoing'): string {
  return tx(
    ctx,
    DEFAULT_LISTS.kind.values.find((v) => v.code === code)!,
  );
}
