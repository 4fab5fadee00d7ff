/**
 * checkWorkbook: every rule of docs/CHECKS.md, as a table of rules, each with
 * a stable code and a severity. Each finding carries sheet, row, column
 * header, cell address, severity, code and a message (in the layout's
 * language) that says what is wrong and how to fix it.
 */
import type { CheckSummary, Finding, OmittedFindings } from '../../core/findings';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { Lang } from '../../../i18n';
import { assertLedger, readWorkbook } from '../../read/readWorkbook';
import type { ParsedWorkbook } from '../../read/records';
import type { IsoDate } from '../../rules/dates';
import { HELPER_SHEET_NAMES } from '../../schema/sheets';
import { READ_LIST_SHEETS } from '../../schema/listSheets';
import { type CheckContext, type EvidenceProbe, checkContext, finding } from './context';
import type { CheckRule } from './rule';
import { alertEdited, columnMissing, mergeInList, phoneInvalid, READER_RULES, required } from './rules/cells';
import {
  closedNoClosedOn,
  closedNoReviewer,
  closedOpenTasks,
  completedButOpen,
  dateFuture,
  pendingWithoutDate,
} from './rules/closeout';
import {
  calendarUncovered,
  deadlineBeforeFeedback,
  deadlineEdited,
  deadlineMissing,
  taskAfterProblem,
} from './rules/deadlines';
import { clueDateOrder, clueFinishedNoDate, clueStatusDates } from './rules/clues';
import {
  clueRefMissing,
  cycleAlertEdited,
  cycleColumnMissing,
  cycleDateFuture,
  cycleDuplicates,
  cycleMerges,
  cycleRequired,
} from './rules/cycleCells';
import {
  clueDeadlineBeforeTransfer,
  clueDeadlineMissing,
  cycleCalendarUncovered,
  cycleDeadlineEdited,
} from './rules/cycleDeadlines';
import { EVIDENCE_RULES } from './rules/evidence';
import { EXTENSION_RULES } from './rules/extensions';
import { logLost, logTampered } from './rules/log';
import { idDuplicate, problemNoLeader, problemNoTask, refMissingProblem } from './rules/references';
import {
  reportDateOrder,
  reportDuplicateUnit,
  reportNoFeedback,
  reportRejectIncomplete,
  reportResultNotSubmitted,
} from './rules/reports';

export type { CheckRule } from './rule';
export type { EvidenceFact, EvidenceProbe } from './context';

/** Every rule, in the order their findings are listed for one cell. */
export const CHECK_RULES: readonly CheckRule[] = [
  ...READER_RULES,
  columnMissing,
  mergeInList,
  required,
  idDuplicate,
  refMissingProblem,
  problemNoLeader,
  problemNoTask,
  deadlineBeforeFeedback,
  deadlineMissing,
  deadlineEdited,
  calendarUncovered,
  taskAfterProblem,
  closedNoClosedOn,
  closedNoReviewer,
  closedOpenTasks,
  completedButOpen,
  pendingWithoutDate,
  dateFuture,
  phoneInvalid,
  alertEdited,
  // 移交清单 and 整改报告, when the workbook has them
  cycleColumnMissing,
  cycleMerges,
  cycleRequired,
  cycleDuplicates,
  clueRefMissing,
  clueDeadlineBeforeTransfer,
  clueDeadlineMissing,
  cycleDeadlineEdited,
  cycleCalendarUncovered,
  clueFinishedNoDate,
  clueDateOrder,
  clueStatusDates,
  reportResultNotSubmitted,
  reportRejectIncomplete,
  reportDateOrder,
  reportNoFeedback,
  reportDuplicateUnit,
  cycleDateFuture,
  cycleAlertEdited,
  ...EVIDENCE_RULES,
  // 延期申请, when the workbook has it
  ...EXTENSION_RULES,
  logTampered,
  logLost,
];

/** The stable codes, derived from the rules. */
export const CHECK_CODES: readonly string[] = [...new Set(CHECK_RULES.map((r) => r.code))];
export type CheckCode = string;

export type { CheckSummary };

export interface CheckResult {
  /** The findings listed, at most LISTED_PER_CODE of each code. */
  findings: Finding[];
  /** Findings counted but not listed, per sheet and code (their count is in the summary). */
  omitted: OmittedFindings[];
  summary: CheckSummary;
  parsed: ParsedWorkbook;
}

/**
 * How many findings of one code are listed. A ledger can hold hundreds of thousands of the same mistake (a
 * column of statuses typed outside the list); listing each would cost a line, an object and a message apiece —
 * hundreds of megabytes — for a list nobody reads past its first pages. The rest are counted, exactly, per
 * sheet (docs/CHECKS.md).
 */
export const LISTED_PER_CODE = 1000;

/** List sheets in layout order, then helper sheets; by row, then column. */
function sortFindings(findings: Finding[], ctx: CheckContext): void {
  const order = (sheet: string) => {
    const listIdx = READ_LIST_SHEETS.findIndex((d) => ctx.parsed.mappings[d.id]?.sheet === sheet);
    if (listIdx >= 0) return listIdx;
    const helperIdx = Object.values(HELPER_SHEET_NAMES).indexOf(sheet);
    return helperIdx >= 0 ? 10 + helperIdx : 20;
  };
  const col = (f: Finding) => (f.cell ? f.cell.replace(/(?<!\d)\d+$/, '').padStart(3, ' ') : '');
  // Keys made once per finding, not once per comparison: a large ledger has tens of thousands of findings.
  // Columns are letters padded with spaces to one length, so comparing code units orders them A…Z, AA….
  const sheetOrder = new Map<string, number>();
  const keyed = findings.map((f) => {
    let o = sheetOrder.get(f.sheet);
    if (o === undefined) sheetOrder.set(f.sheet, (o = order(f.sheet)));
    return { f, o, c: col(f) };
  });
  keyed.sort((a, b) => a.o - b.o || a.f.row - b.f.row || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0));
  keyed.forEach((k, i) => (findings[i] = k.f));
}

export function checkWorkbook(
  snapshot: WorkbookSnapshot,
  opts: {
    today: IsoDate;
    lang: Lang;
    /** readWorkbook(snapshot, { lang, today }) when the caller has it already (one reading per command). */
    parsed?: ParsedWorkbook;
    /** The evidence files as the surface found them (the command line reads them beside the ledger). */
    evidence?: EvidenceProbe;
  },
): CheckResult {
  const parsed = opts.parsed ?? readWorkbook(snapshot, { lang: opts.lang, today: opts.today });
  assertLedger(parsed, snapshot);
  const ctx: CheckContext = { ...checkContext(snapshot, parsed, opts.today, opts.lang), evidence: opts.evidence };
  const findings: Finding[] = [];
  const listed = new Map<string, number>();
  const omitted = new Map<string, OmittedFindings>();
  for (const rule of CHECK_RULES) {
    rule.run(ctx, (where, message, params) => {
      const n = listed.get(rule.code) ?? 0;
      if (n < LISTED_PER_CODE) {
        listed.set(rule.code, n + 1);
        findings.push(finding(opts.lang, where, rule.severity, rule.code, message, params));
        return;
      }
      const key = `${where.sheet}\u0000${rule.code}`;
      const o = omitted.get(key);
      if (o) o.count++;
      else omitted.set(key, { sheet: where.sheet, code: rule.code, severity: rule.severity, count: 1 });
    });
  }
  sortFindings(findings, ctx);
  const summary = {
    errors: countOf(findings, omitted.values(), 'error'),
    warnings: countOf(findings, omitted.values(), 'warning'),
    problems: parsed.problems.length,
    responsibilities: parsed.responsibilities.length,
    tasks: parsed.tasks.length,
    clues: parsed.clues.length,
    reports: parsed.reports.length,
  };
  return { findings, omitted: [...omitted.values()], summary, parsed };
}

/** Findings of one severity, listed and omitted. */
function countOf(findings: Finding[], omitted: Iterable<OmittedFindings>, severity: Finding['severity']): number {
  let n = 0;
  for (const f of findings) if (f.severity === severity) n++;
  for (const o of omitted) if (o.severity === severity) n += o.count;
  return n;
}

/** Only the `_log` verification of check, as findings (the chain can be verified without a ledger). */
export function checkLog(snapshot: WorkbookSnapshot, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const rule of [logTampered, logLost]) {
    rule.run({ snapshot, lang } as CheckContext, (where, message, params) =>
      findings.push(finding(lang, where, rule.severity, rule.code, message, params)),
    );
  }
  return findings;
}
