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
import { type ClueScenario, type ReportScenario, cycleRng, generateClues, generateReports } from './cycle';
import { finishMistakes, plantMistakes } from './mistakes';
import { generateProblem } from './problems';
import { type Scenario, scenarioAt } from './scenarios';
import { buildSnapshot } from './snapshot';
import type { DemoLists, DemoOptions, DemoWorkbook } from './types';

/** The lists, problem by problem, then the clues and reports, and the scenario of each (by index). */
function generateLists(
  ctx: DemoContext,
  seed: number,
  onProgress?: (done: number) => void,
): { lists: DemoLists; scenarios: Scenario[]; clueScenarios: ClueScenario[]; reportScenarios: ReportScenario[] } {
  const lists: DemoLists = { problems: [], responsibilities: [], tasks: [], clues: [], reports: [] };
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
  const rng = cycleRng(seed);
  const clues = generateClues(
    ctx,
    rng,
    lists.problems.map((p) => String(p.id)),
  );
  const reports = generateReports(ctx, rng);
  lists.clues = clues.rows;
  lists.reports = reports.rows;
  onProgress?.(1);
  return { lists, scenarios, clueScenarios: clues.scenarios, reportScenarios: reports.scenarios };
}

/** Every computed cell (deadlines, 预警) written by the engine itself, as `refresh` would. */
function settle(ctx: DemoContext, snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const parsed = readWorkbook(snapshot, { today: ctx.today, lang: ctx.lang });
  return snapshotAfter(snapshot, planRefresh(snapshot, parsed));
}

export function generateDemo(opts: DemoOptions): DemoWorkbook {
  const ctx = demoContext(opts);
  const { lists, scenarios, clueScenarios, reportScenarios } = generateLists(ctx, opts.seed ?? 1, opts.onProgress);
  const planter = ctx.mistakes ? plantMistakes(ctx, lists, scenarios, { clueScenarios, reportScenarios }) : null;
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
      clues: lists.clues.length,
      reports: lists.reports.length,
    },
  };
}
