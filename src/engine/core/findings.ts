/**
 * A finding of `check` and the report `rectify check --json` prints. The JSON
 * shape is part of the command line's contract (docs/CHECKS.md): exactly these
 * keys, in this order.
 */
import type { Lang } from '../../i18n/index';

export interface Finding {
  sheet: string;
  /** 1-based row in the sheet (0 when the finding is about the whole sheet). */
  row: number;
  /** The column's header as it appears in the sheet ('' for whole-row findings). */
  column: string;
  /** A1 address ('' for whole-sheet findings). */
  cell: string;
  severity: 'error' | 'warning';
  /** Stable code, e.g. 'required', 'date.invalid', 'id.duplicate'. */
  code: string;
  message: string;
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  problems: number;
  responsibilities: number;
  tasks: number;
  /** 移交清单 and 整改报告 rows (0 when the workbook has no such sheet). */
  clues: number;
  reports: number;
}

/** Findings of one code on one sheet that were counted but not listed (check lists at most 1,000 of a code). */
export interface OmittedFindings {
  sheet: string;
  code: string;
  severity: 'error' | 'warning';
  count: number;
}

export interface CheckReport {
  file: string;
  asOf: string;
  lang: Lang;
  summary: CheckSummary;
  findings: Finding[];
  /** What the summary counts but the findings do not list, per sheet and code. */
  omitted: OmittedFindings[];
}

/** The report as printed: the contract's keys only, in its order, whatever else the objects given carry. */
export function checkReport(r: CheckReport): CheckReport {
  const { errors, warnings, problems, responsibilities, tasks, clues, reports } = r.summary;
  return {
    file: r.file,
    asOf: r.asOf,
    lang: r.lang,
    summary: { errors, warnings, problems, responsibilities, tasks, clues, reports },
    findings: r.findings.map(({ sheet, row, column, cell, severity, code, message }) => ({
      sheet,
      row,
      column,
      cell,
      severity,
      code,
      message,
    })),
    omitted: r.omitted.map(({ sheet, code, severity, count }) => ({ sheet, code, severity, count })),
  };
}
