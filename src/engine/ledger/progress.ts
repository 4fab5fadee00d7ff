/**
 * 整改进展情况报告 — the report an office sends upward for 月研判 / 季汇报:
 * the totals as sentences with numbers, breakdowns by unit and by category,
 * what changed since a date (read from `_log`, saying how far back it
 * reaches), the overdue items with their leading officials, and the review
 * backlog, and the 四账 cycle's clues and unit reports (progressCycle.ts).
 * Every number comes from `tally` (figures.ts) or cycleFigures.ts. The public
 * version (`publicVersion`) leaves out the columns of people and free text
 * (descriptions, leaders, trackers, reasons), and what it does print passes
 * the screen of publicVersion.ts (numbers, e-mails, names, the user's words).
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import { type Lang, type MessageKey, type MessageParams, t } from '../../i18n';
import { type LoggedChange, logHistory, logStartDate } from '../audit/history';
import type { IsoDate } from '../rules/dates';
import { evidenceCounts } from '../rules/evidence';
import { PROBLEM_STATUS } from '../schema/values';
import { type DocumentBlock, type FormalDocument, heading, numberHeadings, paragraph, table } from './document';
import { type Figures, tally } from './figures';
import type { ScreenCounts } from '../privacy';
import { publicScreen, screenBlocks } from './publicVersion';
import { formalDate } from './letters';
import { cycleProgressBlocks } from './progressCycle';
import { type StatRow, computeStatistics } from './stats';
import type { SheetMapping } from '../read/records';
import type { LedgerData, LedgerProblem } from './types';

/** Evidence as counts, never paths (docs/EVIDENCE.md): said when the ledger keeps 佐证材料 and a measure is done. */
function evidenceBlocks(data: LedgerData): DocumentBlock[] {
  const c = evidenceCounts(data.tasks);
  if (!data.mappings.tasks?.columns.evidence || !c.done) return [];
  const params = { done: c.done, with: c.withEvidence, items: c.items, without: c.done - c.withEvidence };
  return [paragraph(t(data.lang, 'progress.evidence', params))];
}

export interface ProgressOptions {
  /** Report what changed since this date (from `_log`). */
  since?: IsoDate;
  issuer?: string;
  /** For disclosure: no columns of people or free text, and every printed text screened (publicVersion.ts). */
  publicVersion?: boolean;
}

export interface SinceFigures {
  since: IsoDate;
  added: number;
  closed: number;
  becameOverdue: number;
  deadlinesChanged: number;
  /** The oldest `_log` entry; null when the workbook has no log. */
  logStart: IsoDate | null;
}

export interface ProgressReport {
  /** The layout language the report is written in. */
  lang: Lang;
  document: FormalDocument;
  problems: Figures;
  tasks: Figures;
  overdue: LedgerProblem[];
  since: SinceFigures | null;
  /** The public version: how many texts each rule of the screen withheld (null for the internal report). */
  withheld: ScreenCounts | null;
}

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/**
 * Problems whose cell in `column` changed in the log since the date, and whose new value passes `test`. Only
 * data rows: the header row's cells are logged too when a command writes them (init, import).
 */
function changedRows(
  history: LoggedChange[],
  mapping: SheetMapping,
  column: number | undefined,
  since: IsoDate,
  test: (c: LoggedChange) => boolean,
): Set<number> {
  const rows = new Set<number>();
  if (column === undefined) return rows;
  for (const c of history)
    if (
      c.sheet === mapping.sheet &&
      c.column === column &&
      c.row > mapping.headerRow &&
      c.time.slice(0, 10) >= since &&
      test(c)
    )
      rows.add(c.row);
  return rows;
}

/** What changed since a date: closed and added from `_log`; became overdue from the deadlines themselves. */
export function sinceFigures(data: LedgerData, snapshot: WorkbookSnapshot, since: IsoDate): SinceFigures {
  const m = data.mappings.problems!;
  const history = logHistory(snapshot);
  const closedTexts = [PROBLEM_STATUS.closed.zh, PROBLEM_STATUS.closed.en];
  const closed = changedRows(history, m, m.columns.status, since, (c) => closedTexts.includes(c.newValue));
  const added = changedRows(history, m, m.columns.id, since, (c) => !c.oldValue && !!c.newValue);
  const moved = changedRows(history, m, m.columns.deadline, since, (c) => !!c.oldValue && c.oldValue !== c.newValue);
  const becameOverdue = data.problems.filter(
    (p) => p.alert.kind === 'overdue' && !!p.overallDeadline && p.overallDeadline >= since,
  ).length;
  return {
    since,
    added: added.size,
    closed: closed.size,
    becameOverdue,
    deadlinesChanged: moved.size,
    logStart: logStartDate(history),
  };
}

function totalsParams(p: Figures, tasks: Figures): MessageParams {
  return {
    total: p.total,
    rectified: p.rectified,
    closed: p.closed,
    pending: p.pendingReview,
    open: p.open,
    overdue: p.overdue,
    dueSoon: p.dueSoon,
    onTime: p.finishedOnTime,
    completionRate: percent(p.completionRate),
    onTimeRate: percent(p.onTimeRate),
    tasks: tasks.total,
    tasksDone: tasks.closed,
  };
}

function groupTable(lang: Lang, first: MessageKey, rows: StatRow[]): DocumentBlock {
  const h = (k: MessageKey) => t(lang, k);
  const headers = [
    h(first),
    h('stats.col.total'),
    h('stats.col.rectified'),
    h('stats.col.closed'),
    h('stats.col.open'),
    h('stats.col.overdue'),
    h('stats.col.completionRate'),
  ];
  const body = rows.map((r) =>
    [r.key, r.total, r.rectified, r.closed, r.open, r.overdue].map(String).concat(percent(r.completionRate)),
  );
  return table(headers, body, [2.6, 1, 1, 1, 1, 1, 1.5]);
}

function overdueTable(lang: Lang, data: LedgerData, items: LedgerProblem[], publicVersion: boolean): DocumentBlock {
  const h = (k: MessageKey) => t(lang, k);
  const leaderOf = new Map<string, string>();
  const unitOf = new Map<string, string>();
  for (const r of data.responsibilities) {
    if (r.leader && !leaderOf.has(r.problemId)) leaderOf.set(r.problemId, r.leader);
    if (r.unit && !unitOf.has(r.problemId)) unitOf.set(r.problemId, r.unit);
  }
  const unit = (p: LedgerProblem) => unitOf.get(p.id) ?? p.inspectedUnit;
  if (publicVersion) {
    const headers = [
      h('letter.col.seq'),
      h('letter.col.id'),
      h('progress.col.unit'),
      h('progress.col.category'),
      h('letter.col.deadline'),
      h('progress.col.daysOverdue'),
    ];
    const rows = items.map((p, i) => [
      String(i + 1),
      p.id,
      unit(p),
      p.category,
      p.overallDeadline ?? '',
      String(p.alert.days),
    ]);
    return table(headers, rows, [0.85, 2.3, 2.3, 2, 1.9, 1.35]);
  }
  const headers = [
    h('letter.col.seq'),
    h('letter.col.id'),
    h('progress.col.unit'),
    h('progress.col.description'),
    h('progress.col.leader'),
    h('letter.col.deadline'),
    h('progress.col.daysOverdue'),
  ];
  const rows = items.map((p, i) => [
    String(i + 1),
    p.id,
    unit(p),
    p.description,
    leaderOf.get(p.id) ?? '',
    p.overallDeadline ?? '',
    String(p.alert.days),
  ]);
  return table(headers, rows, [0.85, 2.3, 1.8, 2.8, 1.35, 1.9, 1.35]);
}

function sinceBlocks(lang: Lang, s: SinceFigures): DocumentBlock[] {
  const blocks = [
    heading(t(lang, 'progress.h.since', { since: formalDate(s.since, lang) })),
    paragraph(
      t(lang, 'progress.since', {
        added: s.added,
        closed: s.closed,
        becameOverdue: s.becameOverdue,
        deadlinesChanged: s.deadlinesChanged,
        since: formalDate(s.since, lang),
      }),
    ),
  ];
  if (!s.logStart) blocks.push(paragraph(t(lang, 'progress.since.noLog')));
  else if (s.logStart > s.since)
    blocks.push(paragraph(t(lang, 'progress.since.logStart', { start: formalDate(s.logStart, lang) })));
  return blocks;
}

export function buildProgressReport(
  data: LedgerData,
  snapshot: WorkbookSnapshot,
  opts: ProgressOptions = {},
): ProgressReport {
  const lang = data.lang;
  const stats = computeStatistics(data);
  const problems = stats.total;
  const tasks = tally(data.tasks);
  const overdue = data.problems
    .filter((p) => p.alert.kind === 'overdue')
    .sort((a, b) => b.alert.days - a.alert.days || a.id.localeCompare(b.id));
  const since = opts.since ? sinceFigures(data, snapshot, opts.since) : null;
  const pub = !!opts.publicVersion;
  const blocks: DocumentBlock[] = [
    paragraph(t(lang, 'progress.intro', { date: formalDate(data.today, lang) })),
    heading(t(lang, 'progress.h.totals')),
    paragraph(t(lang, 'progress.totals', totalsParams(problems, tasks))),
    ...(problems.pendingReview
      ? [paragraph(t(lang, 'progress.backlog', { pending: problems.pendingReview, days: problems.reviewDaysMax }))]
      : []),
    ...(problems.extended ? [paragraph(t(lang, 'progress.extended', { extended: problems.extended }))] : []),
    ...evidenceBlocks(data),
    heading(t(lang, 'progress.h.byUnit')),
    groupTable(lang, 'progress.col.unit', stats.byUnit),
    heading(t(lang, 'progress.h.byCategory')),
    groupTable(lang, 'progress.col.category', stats.byCategory),
    ...(since ? sinceBlocks(lang, since) : []),
    ...cycleProgressBlocks(data, pub),
    heading(t(lang, 'progress.h.overdue')),
    overdue.length ? overdueTable(lang, data, overdue, pub) : paragraph(t(lang, 'progress.noOverdue')),
    heading(t(lang, 'progress.h.next')),
    paragraph(t(lang, 'progress.next')),
  ];
  const title = t(lang, 'progress.title') + (pub ? t(lang, 'progress.publicSuffix') : '');
  const issuer = opts.issuer?.trim() || t(lang, 'letter.defaultIssuer');
  // The public version: one screen over every text it prints, whatever section it comes from.
  const screen = pub ? publicScreen(data, snapshot) : null;
  const document: FormalDocument = {
    title,
    blocks: numberHeadings(screen ? screenBlocks(blocks, screen) : blocks, lang),
    issuer,
    dateText: formalDate(data.today, lang),
  };
  return { lang, document, problems, tasks, overdue, since, withheld: screen ? { ...screen.counts } : null };
}
