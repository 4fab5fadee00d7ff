/**
 * A realistic, deterministic 巡察 ledger for trying the product and for tests
 * (`rectify demo`). Same seed + same date + same size → the same workbook.
 *
 * Every status and alert appears (overdue, due soon, on track, closed on time,
 * closed late, ongoing, 退回重改 …); deadlines and alerts are settled by the
 * engine's own refresh, so the demo passes `check` with no findings. With
 * `mistakes`, exactly one violation of each check rule is planted and its
 * place returned.
 */
import { type WorkbookSnapshot, planRefresh, readWorkbook, snapshotAfter } from '../engine';
import { type DemoContext, demoContext } from './context';
import { finishMistakes, plantMistakes } from './mistakes';
import { generateProblem } from './problems';
import { type Scenario, scenarioAt } from './scenarios';
import { buildSnapshot } from './snapshot';
import type { DemoLists, DemoOptions, DemoWorkbook } from './types';

/** The three lists, problem by problem, and the scenario of each problem (by index). */
function generateLists(
  ctx: DemoContext,
  onProgress?: (done: number) => void,
): { lists: DemoLists; scenarios: Scenario[] } {
  const lists: DemoLists = { problems: [], responsibilities: [], tasks: [] };
  const scenarios: Scenario[] = [];
  for (let i = 0; i < ctx.n; i++) {
    if (onProgress && i % 500 === 0) onProgress(i / ctx.n);
    const scenario = scenarioAt(i, ctx.rng, ctx.mistakes);
    scenarios.push(scenario);
    const g = generateProblem(ctx, i, scenario);
    lists.problems.push(g.problem);
    lists.tasks.push(...g.tasks);
    lists.responsibilities.push(...g.responsibilities);
  }
  onProgress?.(1);
  return { lists, scenarios };
}

/** Every computed cell (deadlines, 预警) written by the engine itself, as `refresh` would. */
function settle(ctx: DemoContext, snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const parsed = readWorkbook(snapshot, { today: ctx.today, lang: ctx.lang });
  return snapshotAfter(snapshot, planRefresh(snapshot, parsed));
}

export function generateDemo(opts: DemoOptions): DemoWorkbook {
  const ctx = demoContext(opts);
  const { lists, scenarios } = generateLists(ctx, opts.onProgress);
  const planter = ctx.mistakes ? plantMistakes(ctx, lists, scenarios) : null;
  const helpers = planter?.helpers ?? { calendar: [], log: [], settings: {} };
  // Settled after planting, so nothing but the planted mistakes is off…
  const snapshot = settle(ctx, buildSnapshot(ctx.lang, lists, helpers, opts.user));
  // …then the hand edit of a computed cell is planted over the settled value.
  const mistakes = planter ? finishMistakes(snapshot, planter) : [];
  return {
    snapshot,
    mistakes,
    renames: planter?.renames ?? [],
    counts: {
      problems: lists.problems.length,
      responsibilities: lists.responsibilities.length,
      tasks: lists.tasks.length,
    },
  };
}
