/**
 * Every command of the product as a planner for the runner. The task pane,
 * the ribbon and the command line run these same objects; a surface adds
 * only its port (where the workbook is) and how it shows the result.
 */
import { EngineError } from '../core/errors';
import { concatPlans, isEmptyPlan, snapshotAfter } from '../core/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { Result } from '../core/errors';
import { type ImportOptions, type ImportResult, type LegacySource, importLegacy } from '../import/importLegacy';
import { type LegacySheetHint, findLegacySheet } from '../import/detect';
import { readExistingLedger } from '../import/identity';
import { planImport } from '../import/output';
import { summariseNewSheets } from '../audit/newSheets';
import {
  type CloseOutAction,
  type CloseOutRequest,
  type CloseOutResult,
  planCloseOut,
  planRecordReminders,
} from '../ledger/closeout';
import { type Letter, type LetterOptions, buildLetters } from '../ledger/letters';
import { type ProgressOptions, type ProgressReport, buildProgressReport } from '../ledger/progress';
import { planLedgerRefresh } from '../ledger/refresh';
import { type GeneratedPlan, planGeneratedSheets } from '../ledger/sheets';
import { type LedgerSummary, summarize } from '../ledger/summary';
import type { LedgerData } from '../ledger/types';
import { type CheckResult, type EvidenceProbe, checkWorkbook } from '../plans/check';
import { type SettingsChange, planSettings } from '../plans/settings';
import { type StructureInfo, planStructure } from '../plans/structure';
import { withReportRows } from '../plans/reportRows';
import { type CalendarGaps, calendarGaps } from '../read/calendarGaps';
import { readSettings } from '../read/helperSheets';
import { layoutLanguage } from '../read/locate';
import { readWorkbook } from '../read/readWorkbook';
import type { Settings } from '../rules/settings';
import { EVIDENCE_SHEET } from '../schema/evidence';
import { PROBLEMS } from '../schema/problems';
import type { Lang } from '../../i18n';
import type { Command, CommandEnv } from './runner';
import { FREE_TEXT, LEDGER, REPORT_SKIP, readScope } from './scope';

/*
 * Read scopes (scope.ts). Every command that writes reads the list and helper
 * sheets whole: the pane takes its summary from the workbook as the command
 * left it (CommandOutcome.after). `_log` is read whole only where the chain
 * itself is the subject (check, the progress report); appending needs its
 * tail. Generated sheets are read for their banner (head) by the commands
 * that rebuild them.
 */
// The user's other sheets by their head: a workbook without lists but with a legacy ledger gets the hint to import it.
const STRUCTURE_SCOPE = readScope({ ...LEDGER, log: 'tail', others: 'head' });
const REFRESH_SCOPE = readScope({ ...LEDGER, log: 'tail', generated: 'head', skip: FREE_TEXT });
const REPORT_SCOPE = readScope({ ...LEDGER, log: 'tail', generated: 'head', skip: REPORT_SKIP });
const CHECK_SCOPE = readScope({ ...LEDGER, log: 'whole', whole: [EVIDENCE_SHEET] });
const LEDGER_SCOPE = readScope({ ...LEDGER, log: 'tail' });
const OVERVIEW_SCOPE = readScope({ ...LEDGER, log: 'none' });

/** The one reading of a ledger a command works from, in the workbook's own layout language. */
export function readLedger(snapshot: WorkbookSnapshot, env: Pick<CommandEnv, 'lang' | 'today'>): LedgerData {
  return readWorkbook(snapshot, { today: env.today, lang: layoutLanguage(snapshot, env.lang) });
}

/** How a command reads the ledger: `readLedger`, or a `ledgerReading()` shared with the surface. */
export type LedgerReader = (snapshot: WorkbookSnapshot, env: Pick<CommandEnv, 'lang' | 'today'>) => LedgerData;

/**
 * One reading for a surface that looks at the ledger before the command plans (the evidence files check and
 * `record --fingerprint` probe beside it) and for the command's plan: asked again for the same snapshot, language and
 * date, it gives the first reading instead of another pass over the lists (a quarter of `check`'s time at 1,000
 * problems). Neither side changes the reading.
 */
export function ledgerReading(): LedgerReader {
  let last: { snapshot: WorkbookSnapshot; lang: Lang; today: string; data: LedgerData } | undefined;
  return (snapshot, env) => {
    if (last?.snapshot === snapshot && last.lang === env.lang && last.today === env.today) return last.data;
    const data = readLedger(snapshot, env);
    last = { snapshot, lang: env.lang, today: env.today, data };
    return data;
  };
}

/** A ledger command needs a problem list; without one it says so instead of planning nothing. */
function readLedgerWithProblems(snapshot: WorkbookSnapshot, env: CommandEnv): LedgerData {
  const data = readLedger(snapshot, env);
  if (!data.mappings.problems) throw new EngineError('closeout.noSheet', { sheet: PROBLEMS.name[data.lang] });
  return data;
}

function orThrow<T>(r: Result<T>): T {
  if (!r.ok) throw new EngineError(r.code, r.params);
  return r.value;
}

export interface StructureResult extends StructureInfo {
  /** The workbook had no lists but a sheet that looks like a legacy ledger: `import` is what turns its rows into lists. */
  legacy: LegacySheetHint | null;
}

/** 建立台账结构: idempotent, never destructive. */
export const structureCommand = (): Command<StructureResult> => ({
  action: 'log.action.init',
  scope: STRUCTURE_SCOPE,
  plan: (snapshot, env) => {
    const { plan: structure, info } = planStructure(snapshot, { lang: env.lang });
    // Every inspected unit gets its 整改报告 row (plans/reportRows.ts).
    const plan = withReportRows(structure, snapshot, { today: env.today, lang: layoutLanguage(snapshot, env.lang) });
    return { plan, result: { ...info, legacy: findLegacySheet(snapshot) } };
  },
});

export interface RefreshResult {
  /** The as-of date. */
  today: string;
  /** List-sheet cells whose deadline or alert changed. */
  cells: number;
  /** Generated sheets rebuilt. */
  rebuilt: string[];
  /** The statistics sheet has a chart (which only the Office.js adapter can draw). */
  chart: boolean;
  /** Units given their 整改报告 row. */
  reportRows: string[];
}

/** 刷新: deadlines and alerts as of today, and the generated sheets the workbook has. */
export const refreshCommand = (): Command<RefreshResult> => ({
  action: 'log.action.refresh',
  scope: REFRESH_SCOPE,
  plan: (snapshot, env) => {
    const r = planLedgerRefresh(snapshot, readLedger(snapshot, env), { now: env.now });
    const result = { today: env.today, cells: r.cells, rebuilt: r.rebuilt, chart: !!r.chart, reportRows: r.reportRows };
    return { plan: r.plan, result };
  },
});

export type ReportResult = Omit<GeneratedPlan, 'plan'> & { sheets: string[] };

/** 生成台账: 整改台账, 统计 and 督办清单, rebuilt whole. */
export const reportCommand = (): Command<ReportResult> => ({
  action: 'log.action.report',
  scope: REPORT_SCOPE,
  plan: (snapshot, env) => {
    const g = planGeneratedSheets(readLedgerWithProblems(snapshot, env), snapshot, { now: env.now.slice(0, 16) });
    const { plan, ...rest } = g;
    return { plan, result: { ...rest, sheets: plan.sheets.map((s) => s.name) } };
  },
});

/**
 * 检查: reads only. Findings are written in the user's language (headers are quoted as the sheet has them).
 * `evidence`: the evidence files as the surface found them (filled by the time the plan runs); `read`: the reading
 * the surface made to find them (`ledgerReading`).
 */
export const checkCommand = (opts: { evidence?: EvidenceProbe; read?: LedgerReader } = {}): Command<CheckResult> => ({
  action: null,
  scope: CHECK_SCOPE,
  plan: (snapshot, env) => ({
    plan: null,
    result: checkWorkbook(snapshot, {
      today: env.today,
      lang: env.lang,
      parsed: (opts.read ?? readLedger)(snapshot, env),
      evidence: opts.evidence,
    }),
  }),
});

export const settingsCommand = (values: Partial<Settings>): Command<Omit<SettingsChange, 'plan'>> => ({
  action: 'log.action.settings',
  scope: LEDGER_SCOPE,
  plan: (snapshot, env) => {
    const { plan, ...rest } = planSettings(snapshot, values, { lang: layoutLanguage(snapshot, env.lang) });
    return { plan, result: rest };
  },
});

/** 提交审核 / 销号 / 退回重改 on one problem. */
export const closeOutCommand = (
  action: CloseOutAction,
  request: CloseOutRequest,
): Command<Omit<CloseOutResult, 'plan'>> => ({
  action: `log.action.${action}`,
  scope: LEDGER_SCOPE,
  plan: (snapshot, env) => {
    const { plan, ...rest } = orThrow(planCloseOut(action, readLedgerWithProblems(snapshot, env), snapshot, request));
    return { plan, result: rest };
  },
});

/**
 * 提醒督办函: the letters as structured text (the command line lays them out
 * as .docx, the pane shows them). With `record`, the same reading also plans
 * 督办次数 + 1 on every problem the letters list.
 */
export const lettersCommand = (
  opts: LetterOptions & { record?: boolean },
): Command<{ letters: Letter[]; data: LedgerData; recorded: number }> => ({
  action: 'log.action.remind',
  scope: LEDGER_SCOPE,
  plan: (snapshot, env) => {
    const data = readLedgerWithProblems(snapshot, env);
    const letters = buildLetters(data, opts);
    // A unit's report in a letter has no problem ID: only problems get 督办次数.
    const ids = [...new Set(letters.flatMap((x) => x.items.map((i) => i.problemId)).filter(Boolean))];
    const plan = opts.record && ids.length ? orThrow(planRecordReminders(data, snapshot, ids)) : null;
    return { plan, result: { letters, data, recorded: plan ? ids.length : 0 } };
  },
});

/**
 * 导入旧台账: the rows of legacy sheets into this workbook's lists (new sheets,
 * or rows below an existing ledger's), made a structured ledger by the same
 * planStructure as init.
 */
export const importCommand = (
  sources: readonly LegacySource[],
  options: Omit<ImportOptions, 'existing'> & { dryRun?: boolean },
): Command<ImportResult> => ({
  action: 'log.action.import',
  // `_log` whole: re-importing compares with what import last wrote (import/identity.ts). The user's other sheets
  // whole: they are what the pane offers to import next, from this command's `after()`.
  scope: readScope({ ...LEDGER, log: 'whole', others: 'whole', whole: options.sheet ? [options.sheet] : [] }),
  plan: (snapshot, env) => {
    const hasLedger = snapshot.sheets.length > 0;
    const result = importLegacy(sources, {
      today: env.today,
      ...options,
      existing: hasLedger ? readExistingLedger(snapshot) : undefined,
      // The ledger's own status words (状态词对照 in its _settings) extend the built-in table.
      statusWords: hasLedger ? readSettings(snapshot, layoutLanguage(snapshot, options.lang)).settings.statusWords : '',
    });
    if (options.dryRun) return { plan: null, result };
    const values = planImport(result, hasLedger ? snapshot : null, options.lang, sources);
    // Nothing new, nothing changed: nothing is written (no structure planned again, so no backup, no rewrite).
    if (hasLedger && isEmptyPlan(values)) return { plan: null, result };
    const structure = planStructure(snapshotAfter(snapshot, values), { lang: options.lang }).plan;
    const planned = withReportRows(concatPlans(values, structure), snapshot, {
      today: env.today,
      lang: options.lang,
    });
    // The sheets it creates are one `_log` entry each, its new rows a few per file (docs/LOG.md).
    return { plan: summariseNewSheets(planned, options.lang), result };
  },
});

/** 整改进展情况报告: reads only; the report as a formal document (the command line writes .docx, the pane shows it). */
export const progressCommand = (opts: ProgressOptions): Command<ProgressReport> => ({
  action: null,
  // The public version withholds the names of every person column in the workbook: the user's own sheets too.
  scope: readScope({ ...LEDGER, log: 'whole', ...(opts.publicVersion ? { others: 'whole' } : {}) }),
  plan: (snapshot, env) => ({
    plan: null,
    result: buildProgressReport(readLedgerWithProblems(snapshot, env), snapshot, opts),
  }),
});

export interface Overview {
  /** Null when the workbook has no ledger yet (the pane offers to set it up). */
  summary: LedgerSummary | null;
  settings: Settings;
  layoutLang: Lang;
  /** Years computed deadlines run into that the holiday calendar lacks (the pane says so once, at the top). */
  calendarGaps: CalendarGaps;
}

/** The pane's summary and settings. */
export function overviewOf(snapshot: WorkbookSnapshot, env: Pick<CommandEnv, 'lang' | 'today'>): Overview {
  const layoutLang = layoutLanguage(snapshot, env.lang);
  const settings = readSettings(snapshot, layoutLang).settings;
  let summary: LedgerSummary | null = null;
  let gaps: CalendarGaps = { years: [], cells: 0 };
  try {
    const parsed = readLedger(snapshot, env);
    const hasLedger = Object.values(parsed.mappings).some(Boolean);
    summary = hasLedger ? summarize(parsed) : null;
    gaps = calendarGaps(parsed);
  } catch (e) {
    if (!(e instanceof EngineError)) throw e; // an unreadable header: no summary, the pane offers to set it up
  }
  return { summary, settings, layoutLang, calendarGaps: gaps };
}

export const overviewCommand = (): Command<Overview> => ({
  action: null,
  scope: OVERVIEW_SCOPE,
  plan: (snapshot, env) => ({ plan: null, result: overviewOf(snapshot, env) }),
});
