/**
 * The JSON `rectify check --json` prints, as README.md and docs/CHECKS.md document it: these keys and no others,
 * each of its type. Tests read the command's output through it, so a key added, lost or mistyped fails them.
 */
import { z } from 'zod';
import type { CheckReport } from '../../src/engine/core/findings';

const count = z.number().int().min(0);

const FindingShape = z.strictObject({
  sheet: z.string(),
  row: count,
  column: z.string(),
  cell: z.string(),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
});

const CheckReportShape = z.strictObject({
  file: z.string(),
  asOf: z.string(),
  lang: z.enum(['zh', 'en']),
  summary: z.strictObject({
    errors: count,
    warnings: count,
    problems: count,
    responsibilities: count,
    tasks: count,
    clues: count,
    reports: count,
  }),
  findings: z.array(FindingShape),
  omitted: z.array(
    z.strictObject({
      sheet: z.string(),
      code: z.string(),
      severity: z.enum(['error', 'warning']),
      count: count.min(1),
    }),
  ),
});

/** The report printed, checked against the documented shape. */
export function parseCheckReport(out: string): CheckReport {
  return CheckReportShape.parse(JSON.parse(out));
}
