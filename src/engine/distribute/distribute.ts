/**
 * 下发 (distribute): one package per unit (package.ts), and the master's
 * `_distribution` rows that remember them (ledger id, round, due date, every
 * row's fingerprints), written through the runner and logged in `_log` as one
 * summary. The packages themselves are specs (plans for new workbooks): the
 * surface writes them where it wants (files, a download).
 */
import { EngineError } from '../core/errors';
import type { CellValue } from '../core/cells';
import { type Plan, emptyPlan } from '../core/plan';
import { listSeparator, t } from '../../i18n';
import { assertLedger } from '../read/readWorkbook';
import { readSettings } from '../read/helperSheets';
import type { IsoDate } from '../rules/dates';
import { readLedger } from '../run/commands';
import type { Command } from '../run/runner';
import { packageFileNames } from '../rules/fileNames';
import type { RowStamp } from './fingerprint';
import {
  DISTRIBUTION_HEADER,
  DISTRIBUTION_SHEET,
  type DistributionLog,
  distributionRowsWrite,
  distributionSheetOp,
  latestPackages,
  ledgerRow,
  packageRow,
  readDistribution,
  roundKey,
  stampRow,
} from './ledgerSheet';
import { type PackageSpec, planPackage } from './package';
import { rowsByUnit } from './units';

export interface DistributeOptions {
  /** A new ledger id (random, made by the surface), used only when the ledger has none yet. */
  newLedgerId: string;
  due: IsoDate | '';
  contact: string;
  /** Only these units (all when absent or empty). */
  units?: string[];
}

/** What changed for a unit since its last package: rows by `sheet:key`. */
export interface UnitChanges {
  previousRound: number;
  added: string[];
  removed: string[];
  changed: string[];
}

export interface DistributedPackage extends PackageSpec {
  file: string;
  changes: UnitChanges | null;
}

export interface DistributeResult {
  ledgerId: string;
  ledgerIdCreated: boolean;
  round: number;
  packages: DistributedPackage[];
  rows: number;
}

const label = (r: Pick<RowStamp, 'sheet' | 'key'>) => `${r.sheet}:${r.key}`;

function changesSince(log: DistributionLog, unit: string, rows: readonly RowStamp[]): UnitChanges | null {
  const last = latestPackages(log).get(unit);
  if (!last) return null;
  const before = new Map((log.rows.get(roundKey(unit, last.round)) ?? []).map((r) => [label(r), r.hash]));
  const now = new Set(rows.map(label));
  return {
    previousRound: last.round,
    added: rows.filter((r) => !before.has(label(r))).map(label),
    removed: [...before.keys()].filter((k) => !now.has(k)),
    changed: rows.filter((r) => before.has(label(r)) && before.get(label(r)) !== r.hash).map(label),
  };
}

export const distributeCommand = (opts: DistributeOptions): Command<DistributeResult> => ({
  action: 'log.action.distribute',
  plan: (snapshot, env) => {
    const data = readLedger(snapshot, env);
    assertLedger(data, snapshot);
    let units = rowsByUnit(data);
    if (units.length === 0) throw new EngineError('distribute.noUnits');
    if (opts.units?.length) {
      const names = new Set(units.map((u) => u.unit));
      const unknown = opts.units.find((u) => !names.has(u.trim()));
      if (unknown !== undefined)
        throw new EngineError('distribute.unknownUnit', {
          unit: unknown,
          units: [...names].join(listSeparator(data.lang)),
        });
      const wanted = new Set(opts.units.map((u) => u.trim()));
      units = units.filter((u) => wanted.has(u.unit));
    }
    const log = readDistribution(snapshot);
    const ledgerId = log.ledgerId ?? opts.newLedgerId;
    const round = Math.max(0, ...log.packages.map((p) => p.round)) + 1;
    const password = readSettings(snapshot, data.lang).settings.protectPassword;
    const files = packageFileNames(units.map((u) => u.unit));
    const input = { ledgerId, round, packageDate: env.today, due: opts.due, contact: opts.contact, password };
    const packages: DistributedPackage[] = units.map((u) => {
      const spec = planPackage(snapshot, data, u, input);
      return { ...spec, file: files.get(u.unit)!, changes: changesSince(log, u.unit, spec.stamp.rows) };
    });
    const plan = planLedgerRows(log, ledgerId, packages, opts, env.today, password);
    const rows = packages.reduce((n, p) => n + p.stamp.rows.length, 0);
    plan.log.push({
      sheet: DISTRIBUTION_SHEET,
      address: `A${log.nextRow}`,
      oldValue: null,
      newValue: t(data.lang, 'distribute.log.summary', { round, units: packages.length, rows }),
    });
    return { plan, result: { ledgerId, ledgerIdCreated: !log.ledgerId, round, packages, rows } };
  },
});

/** The rows appended to `_distribution` (the sheet created hidden and protected when missing). */
function planLedgerRows(
  log: DistributionLog,
  ledgerId: string,
  packages: readonly DistributedPackage[],
  opts: DistributeOptions,
  today: IsoDate,
  password: string,
): Plan {
  const plan = emptyPlan();
  const values: CellValue[][] = [];
  plan.sheets.push(distributionSheetOp(log.exists, password));
  if (!log.exists) {
    plan.writes.push({
      sheet: DISTRIBUTION_SHEET,
      row: 1,
      column: 1,
      values: [DISTRIBUTION_HEADER],
      summarisedInLog: true,
    });
  }
  if (!log.ledgerId) values.push(ledgerRow(ledgerId));
  for (const p of packages) {
    values.push(
      packageRow({
        unit: p.unit,
        round: p.stamp.round,
        date: today,
        due: opts.due,
        hash: p.stamp.hash,
        file: p.file,
        contact: opts.contact,
      }),
    );
    for (const r of p.stamp.rows) values.push(stampRow(p.unit, p.stamp.round, r));
  }
  plan.writes.push(distributionRowsWrite(log.nextRow, values));
  return plan;
}
