/**
 * 回收 (collect): returned packages merged into the master — the unit's
 * columns only, matched by row identity (merge.ts) — and everything a person
 * must look at reported, never applied: another ledger's package, an older
 * round than the unit's latest collected one, office cells changed, conflicts,
 * rows added, deleted, moved or belonging to another unit. A package whose
 * stamp a writer dropped is matched by 问题编号 / 任务编号 and the unit named
 * on its 填报说明, with a warning. The same package again changes nothing.
 * Extension requests go to the 延期申请 register (src/engine/extensions); the
 * 回收情况 sheet is rebuilt; `_distribution` records each return.
 */
import type { CellValue } from '../core/cells';
import { type Plan, concatPlans, emptyPlan } from '../core/plan';
import { sha256Hex } from '../core/sha256';
import type { WorkbookSnapshot } from '../core/snapshot';
import { t } from '../../i18n';
import type { Lang } from '../../i18n';
import { assertLedger } from '../read/readWorkbook';
import { readSettings } from '../read/helperSheets';
import { DATE_FORMAT } from '../schema/format';
import { readLedger } from '../run/commands';
import type { Command } from '../run/runner';
import { type ExtensionRequest, planExtensionRequests } from '../extensions';
import {
  DISTRIBUTION_SHEET,
  type DistributionLog,
  distributionRowsWrite,
  distributionSheetOp,
  type ReturnEntry,
  latestPackages,
  type ReturnStatus,
  readDistribution,
  returnRow,
  returnStatuses,
  roundKey,
} from './ledgerSheet';
import { type CellChange, type MergeFindings, type MergeOutcome, type Overlay, mergePackage } from './merge';
import { instructionsUnit, readPackageSheets } from './packageRows';
import { problemsFollow } from './follow';
import { planReturnsSheet } from './returns';
import { readStamp } from './stamp';
import { ownersOf, rowsByUnit } from './units';

export interface ReturnedFile {
  /** The file's name, as reported. */
  file: string;
  snapshot: WorkbookSnapshot;
}

export type PackageStatus =
  'merged' | 'unchanged' | 'alreadyCollected' | 'otherLedger' | 'olderRound' | 'unknownRound' | 'unknownUnit';

export interface PackageReport extends MergeFindings {
  file: string;
  unit: string;
  round: number | null;
  status: PackageStatus;
  stampLost: boolean;
  /** Said once per package, in the user's language. */
  warnings: string[];
}

export interface CollectResult {
  packages: PackageReport[];
  /** Problem cells that follow the measures taken (status, 完成日期), by the one rule (follow.ts). */
  follows: CellChange[];
  returns: ReturnStatus[];
  merged: number;
  refused: number;
  /** Extension requests recorded in 延期申请, and those already there. */
  requestsAdded: number;
  requestsDuplicate: number;
}

/** Which unit and round a package is, and whether it may be merged at all. */
function identify(
  r: ReturnedFile,
  log: DistributionLog,
  collected: Map<string, ReturnEntry>,
  lang: Lang,
): Omit<PackageReport, keyof MergeFindings> {
  const stamp = readStamp(r.snapshot);
  const base = { file: r.file, warnings: [] as string[], stampLost: false };
  let unit: string;
  let round: number | null;
  if (stamp && stamp !== 'unreadable') {
    if (stamp.ledgerId !== log.ledgerId)
      return { ...base, unit: stamp.unit, round: stamp.round, status: 'otherLedger' };
    unit = stamp.unit;
    round = stamp.round;
  } else {
    unit = instructionsUnit(r.snapshot);
    round = latestPackages(log).get(unit)?.round ?? null;
    base.stampLost = true;
    base.warnings.push(
      t(lang, stamp ? 'collect.stampUnreadable' : 'collect.stampLost', { unit: unit || '?', round: round ?? '?' }),
    );
  }
  if (!log.packages.some((p) => p.unit === unit)) return { ...base, unit, round, status: 'unknownUnit' };
  if (round === null || !log.rows.has(roundKey(unit, round))) return { ...base, unit, round, status: 'unknownRound' };
  const last = collected.get(unit);
  if (last && round < last.round) return { ...base, unit, round, status: 'olderRound' };
  const sent = log.packages.find((p) => p.unit === unit && p.round === round);
  if (stamp && stamp !== 'unreadable' && sent && sent.hash !== stamp.hash)
    base.warnings.push(t(lang, 'collect.stampMismatch', { unit, round }));
  return { ...base, unit, round, status: 'merged' };
}

const EMPTY: MergeFindings = {
  changes: [],
  refused: [],
  added: [],
  deleted: [],
  reordered: [],
  foreign: [],
  requests: [],
};

export const collectCommand = (files: readonly ReturnedFile[]): Command<CollectResult> => ({
  action: 'log.action.collect',
  plan: (snapshot, env) => {
    const data = readLedger(snapshot, env);
    assertLedger(data, snapshot);
    const log = readDistribution(snapshot);
    const collected = new Map<string, ReturnEntry>();
    for (const r of log.returns)
      if (!collected.has(r.unit) || r.round >= collected.get(r.unit)!.round) collected.set(r.unit, r);
    const owners = ownersOf(rowsByUnit(data));
    const overlay: Overlay = new Map();
    const master = { data, lang: data.lang, overlay, owners, today: env.today };
    const reports: PackageReport[] = [];
    const newReturns: ReturnEntry[] = [];
    const requests: ExtensionRequest[] = [];
    // Oldest round first: a newer package of the same unit, in the same run, wins.
    const ordered = files
      .map((f) => ({ f, id: identify(f, log, collected, env.lang) }))
      .sort((a, b) => (a.id.round ?? 0) - (b.id.round ?? 0));
    for (const { f, id } of ordered) {
      if (id.status !== 'merged') {
        reports.push({ ...id, ...EMPTY });
        continue;
      }
      const sheets = readPackageSheets(f.snapshot, data.lang);
      const returned = new Map<string, string>();
      for (const r of [...log.returns, ...newReturns])
        if (r.unit === id.unit && r.round === id.round)
          for (const [k, v] of Object.entries(r.values)) returned.set(k, v);
      const sent = log.rows.get(roundKey(id.unit, id.round!))!;
      const stamp = readStamp(f.snapshot);
      const stampCells = new Map(
        stamp && stamp !== 'unreadable' ? stamp.rows.map((r) => [`${r.sheet}\u0000${r.key}`, r.cells]) : [],
      );
      const out: MergeOutcome = mergePackage(master, id.unit, sheets, sent, returned, stampCells);
      const hash = sha256Hex(JSON.stringify(out.typed));
      const again = [...log.returns, ...newReturns].some(
        (r) => r.unit === id.unit && r.round === id.round && r.hash === hash,
      );
      if (again) {
        reports.push({ ...id, ...EMPTY, status: 'alreadyCollected' });
        continue;
      }
      const { typed: _typed, values, ...rest } = out;
      reports.push({ ...id, ...rest, status: out.changes.length || out.requests.length ? 'merged' : 'unchanged' });
      requests.push(...out.requests);
      const entry = { unit: id.unit, round: id.round!, date: env.today, hash, file: f.file, values };
      newReturns.push(entry);
      collected.set(id.unit, entry);
    }
    const ext = requests.length ? planExtensionRequests(snapshot, data, requests) : null;
    const taskIds = new Set<string>();
    const tasksSheet = data.mappings.tasks?.sheet;
    for (const r of reports) for (const c of r.changes) if (c.sheet === tasksSheet) taskIds.add(c.id);
    const follows = problemsFollow(data, taskIds, overlay);
    const returns = returnStatuses(log, [...log.returns, ...newReturns], env.today);
    const result: CollectResult = {
      packages: reports,
      follows,
      returns,
      merged: reports.reduce((n, r) => n + r.changes.length, 0),
      refused: reports.reduce((n, r) => n + r.refused.length, 0),
      requestsAdded: ext?.added.length ?? 0,
      requestsDuplicate: ext?.duplicates.length ?? 0,
    };
    if (newReturns.length === 0) return { plan: null, result };
    const plan = concatPlans(
      cellWrites([...reports.flatMap((r) => r.changes), ...follows]),
      ext?.plan ?? emptyPlan(),
      returnsLog(log, newReturns, data.lang, readSettings(snapshot, data.lang).settings.protectPassword),
      planReturnsSheet(snapshot, returns, data.lang),
    );
    return { plan, result };
  },
});

/** Every taken cell, one write each (finalize logs each in `_log` with its old and new value). */
function cellWrites(changes: readonly CellChange[]): Plan {
  const plan = emptyPlan();
  for (const c of changes)
    plan.writes.push({
      sheet: c.sheet,
      row: c.row,
      column: c.col,
      values: [[c.value]],
      ...(c.date ? { numberFormats: [DATE_FORMAT] } : {}),
    });
  return plan;
}

/** The returns appended to `_distribution`, each logged as one line. */
function returnsLog(log: DistributionLog, entries: readonly ReturnEntry[], lang: Lang, password: string): Plan {
  const plan = emptyPlan();
  plan.sheets.push(distributionSheetOp(true, password));
  const values: CellValue[][] = entries.map(returnRow);
  plan.writes.push(distributionRowsWrite(log.nextRow, values));
  entries.forEach((e, i) =>
    plan.log.push({
      sheet: DISTRIBUTION_SHEET,
      address: `A${log.nextRow + i}`,
      oldValue: null,
      newValue: t(lang, 'distribute.log.returned', { unit: e.unit, round: e.round, file: e.file }),
    }),
  );
  return plan;
}
