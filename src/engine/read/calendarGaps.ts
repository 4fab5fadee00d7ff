/**
 * The years the ledger's computed deadlines depend on and the holiday calendar
 * does not cover (counted with weekends only). `check` flags each such cell
 * (calendar.uncovered); the pane says it once, at the top, with the way to fix
 * it (paste the year's notice).
 */
import type { DeadlineFields, ParsedWorkbook } from './records';

type Dated = Pick<DeadlineFields, 'deadlineTyped' | 'computedDeadline' | 'calendarCovered' | 'uncoveredYears'>;

/** Every computed deadline of the lists: problems, tasks, clues, reports and their resubmission dates. */
function datedRecords(data: ParsedWorkbook): Dated[] {
  return [...data.problems, ...data.tasks, ...data.clues, ...data.reports, ...data.reports.map((r) => r.resubmit)];
}

export interface CalendarGaps {
  /** Uncovered years, ascending. */
  years: number[];
  /** Deadline cells counted in one of them. */
  cells: number;
}

/** A computed deadline (not one typed by hand) that consulted an uncovered year. */
export function calendarGaps(data: ParsedWorkbook): CalendarGaps {
  const years = new Set<number>();
  let cells = 0;
  for (const rec of datedRecords(data)) {
    if (rec.deadlineTyped || !rec.computedDeadline || rec.calendarCovered) continue;
    cells++;
    for (const y of rec.uncoveredYears) years.add(y);
  }
  return { years: [...years].sort((a, b) => a - b), cells };
}
