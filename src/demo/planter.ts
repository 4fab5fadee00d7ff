/**
 * What planting a mistake needs: the rows, the scenarios, which problems are
 * already used (each mistake gets its own problem, so the findings do not
 * mix), and where each mistake is recorded.
 */
import type { CheckCode } from '../engine';
import type { ClueScenario, ReportScenario } from './cycle';
import type { DemoContext } from './context';
import { FORCED, type Scenario } from './scenarios';
import type { DemoLists, HeaderRename, HelperEdits, PlantedMistake, Row } from './types';

/** A mistake on a list row; its cell is known only once every list is final (rows are added and removed). */
export interface RowMistake {
  code: CheckCode;
  sheetId: keyof DemoLists;
  row: Row;
  key: string;
  what: string;
}

/** The scenario of each clue and report, by index. */
export interface CycleScenarios {
  clueScenarios: ClueScenario[];
  reportScenarios: ReportScenario[];
}

export class Planter {
  readonly rowMistakes: RowMistake[] = [];
  /** Mistakes whose cell is known when planted (helper sheets, headers). */
  readonly placed: PlantedMistake[] = [];
  readonly helpers: HelperEdits = { calendar: [], log: [], settings: {} };
  readonly renames: HeaderRename[] = [];
  private readonly used = new Set<number>();

  private readonly usedCycle = new Set<Row>();

  constructor(
    readonly ctx: DemoContext,
    readonly lists: DemoLists,
    private readonly scenarios: Scenario[],
    private readonly cycle: CycleScenarios = { clueScenarios: [], reportScenarios: [] },
  ) {}

  /** The first unused clue of a scenario (each cycle mistake gets its own row). */
  clue(scenario: ClueScenario): Row {
    return this.unusedOf(this.lists.clues, this.cycle.clueScenarios, scenario);
  }

  /** The first unused report of a scenario. */
  report(scenario: ReportScenario): Row {
    return this.unusedOf(this.lists.reports, this.cycle.reportScenarios, scenario);
  }

  private unusedOf<S>(rows: Row[], scenarios: S[], scenario: S): Row {
    const i = scenarios.findIndex((s, k) => s === scenario && !this.usedCycle.has(rows[k]));
    if (i < 0) throw new Error(`demo: no ${String(scenario)} row left to plant a mistake on`);
    this.usedCycle.add(rows[i]);
    return rows[i];
  }

  /** Chinese or English, after the demo's language. */
  text(zh: string, en: string): string {
    return this.ctx.lang === 'zh' ? zh : en;
  }

  /** The index of the first unused problem of a scenario the predicate accepts (past the fixed rows). */
  pick(pred: (s: Scenario) => boolean): number {
    const { problems } = this.lists;
    for (let i = FORCED.length; i < problems.length; i++) {
      if (!this.used.has(i) && pred(this.scenarios[i])) {
        this.used.add(i);
        return i;
      }
    }
    throw new Error(
      '演示台账的问题太少，无法埋下每一类错误：请用 --problems 40 或更多。' +
        ' The demo needs more problems to plant every mistake: use --problems 40 or more.',
    );
  }

  problem(pred: (s: Scenario) => boolean): Row {
    return this.lists.problems[this.pick(pred)];
  }

  tasksOf(i: number): Row[] {
    const id = this.lists.problems[i].id;
    return this.lists.tasks.filter((t) => t.problemId === id);
  }

  mark(code: CheckCode, sheetId: keyof DemoLists, row: Row, key: string, what: string): void {
    this.rowMistakes.push({ code, sheetId, row, key, what });
  }

  place(code: CheckCode, sheet: string, row: number, cell: string, what: string): void {
    this.placed.push({ code, sheet, cell, row, what });
  }
}
