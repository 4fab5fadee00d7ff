/** summarize: the figures the task pane shows, from the one definition in figures.ts. */
import type { ParsedWorkbook } from '../read/records';
import type { IsoDate } from '../rules/dates';
import { type Figures, tally } from './figures';

export interface LedgerSummary {
  asOf: IsoDate;
  problems: Figures;
  tasks: Figures;
  responsibilities: number;
}

export function summarize(parsed: ParsedWorkbook): LedgerSummary {
  return {
    asOf: parsed.today,
    problems: tally(parsed.problems),
    tasks: tally(parsed.tasks),
    responsibilities: parsed.responsibilities.length,
  };
}
