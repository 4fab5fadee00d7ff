/** summarize: the figures the task pane shows, from the one definitions in figures.ts and cycleFigures.ts. */
import type { ParsedWorkbook } from '../read/records';
import type { IsoDate } from '../rules/dates';
import { type ClueFigures, type ReportFigures, tallyClues, tallyReports } from './cycleFigures';
import { type Figures, tally } from './figures';

export interface LedgerSummary {
  asOf: IsoDate;
  problems: Figures;
  tasks: Figures;
  responsibilities: number;
  /** 移交清单 as of the date; null when the workbook has no such sheet. */
  clues?: ClueFigures | null;
  /** 整改报告; null when the workbook has no such sheet. */
  reports?: ReportFigures | null;
}

export function summarize(parsed: ParsedWorkbook): LedgerSummary {
  return {
    asOf: parsed.today,
    problems: tally(parsed.problems),
    tasks: tally(parsed.tasks),
    responsibilities: parsed.responsibilities.length,
    clues: parsed.mappings.clues ? tallyClues(parsed.clues, parsed.today) : null,
    reports: parsed.mappings.reports ? tallyReports(parsed.reports, parsed.today) : null,
  };
}
