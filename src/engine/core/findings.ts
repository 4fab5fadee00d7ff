/**
 * A finding of `check` and the report `rectify check --json` prints. The JSON
 * shape is part of the command line's contract (docs/CHECKS.md).
 */
import { z } from 'zod';

export const FindingSchema = z.object({
  sheet: z.string(),
  /** 1-based row in the sheet (0 when the finding is about the whole sheet). */
  row: z.number().int().min(0),
  /** The column's header as it appears in the sheet ('' for whole-row findings). */
  column: z.string(),
  /** A1 address ('' for whole-sheet findings). */
  cell: z.string(),
  severity: z.enum(['error', 'warning']),
  /** Stable code, e.g. 'required', 'date.invalid', 'id.duplicate'. */
  code: z.string(),
  message: z.string(),
});

export type Finding = z.infer<typeof FindingSchema>;

export const CheckReportSchema = z.object({
  file: z.string(),
  asOf: z.string(),
  lang: z.enum(['zh', 'en']),
  summary: z.object({
    errors: z.number().int(),
    warnings: z.number().int(),
    problems: z.number().int(),
    responsibilities: z.number().int(),
    tasks: z.number().int(),
    /** 移交清单 and 整改报告 rows (0 when the workbook has no such sheet). */
    clues: z.number().int(),
    reports: z.number().int(),
  }),
  findings: z.array(FindingSchema),
});

export type CheckReport = z.infer<typeof CheckReportSchema>;
