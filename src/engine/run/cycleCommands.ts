/**
 * The 四账 cycle's commands for the runner: the actions on a clue (签收 /
 * 办结) and on a unit's report (报送 / 通过 / 打回重写), the 通报 on
 * overdue clues, and importing old clue-transfer ledgers. The pane and `rectify clue | unit-report` run these same
 * objects; every change goes through `_log`.
 */
import { EngineError, type Result } from '../core/errors';
import { concatPlans, snapshotAfter } from '../core/plan';
import { type ClueImportResult, existingClues, importClueLedgers } from '../import/clueImport';
import { planClueImport } from '../import/clueOutput';
import type { LegacySource } from '../import/types';
import { planStructure } from '../plans/structure';
import type { WorkbookSnapshot } from '../core/snapshot';
import { type ClueAction, type ClueActionResult, type ClueRequest, planClueAction } from '../ledger/clueActions';
import { type ClueNotice, type NoticeOptions, buildClueNotice } from '../ledger/notice';
import {
  type ReportAction,
  type ReportActionResult,
  type ReportRequest,
  planReportAction,
} from '../ledger/reportActions';
import type { LedgerData } from '../ledger/types';
import { layoutLanguage } from '../read/locate';
import { readWorkbook } from '../read/readWorkbook';
import type { Command, CommandEnv } from './runner';
import { LEDGER, readScope } from './scope';

/* What they read (scope.ts): the lists and helpers whole, `_log`'s tail to append to (none for the 通报, which writes nothing). */
const ACTION_SCOPE = readScope({ ...LEDGER, log: 'tail' });
const READ_SCOPE = readScope({ ...LEDGER, log: 'none' });

function orThrow<T>(r: Result<T>): T {
  if (!r.ok) throw new EngineError(r.code, r.params);
  return r.value;
}

function read(snapshot: WorkbookSnapshot, env: CommandEnv): LedgerData {
  return readWorkbook(snapshot, { today: env.today, lang: layoutLanguage(snapshot, env.lang) });
}

const CLUE_ACTIONS = { sign: 'log.action.clueSign', finish: 'log.action.clueFinish' } as const;

/** 签收 / 办结 on one clue of 移交清单. */
export const clueCommand = (action: ClueAction, request: ClueRequest): Command<Omit<ClueActionResult, 'plan'>> => ({
  action: CLUE_ACTIONS[action],
  scope: ACTION_SCOPE,
  plan: (snapshot, env) => {
    const { plan, ...rest } = orThrow(planClueAction(action, read(snapshot, env), snapshot, request));
    return { plan, result: rest };
  },
});

const REPORT_ACTIONS = {
  submit: 'log.action.reportSubmit',
  pass: 'log.action.reportPass',
  reject: 'log.action.reportReject',
} as const;

/** 报送 / 通过 / 打回重写 on one unit's row of 整改报告. */
export const unitReportCommand = (
  action: ReportAction,
  request: ReportRequest,
): Command<Omit<ReportActionResult, 'plan'>> => ({
  action: REPORT_ACTIONS[action],
  scope: ACTION_SCOPE,
  plan: (snapshot, env) => {
    const { plan, ...rest } = orThrow(planReportAction(action, read(snapshot, env), snapshot, request));
    return { plan, result: rest };
  },
});

/** 通报: the bodies with overdue clues, as a formal document (reads only). */
export const clueNoticeCommand = (opts: NoticeOptions): Command<ClueNotice> => ({
  action: null,
  scope: READ_SCOPE,
  plan: (snapshot, env) => ({ plan: null, result: buildClueNotice(read(snapshot, env), opts) }),
});

export type { ClueImportResult } from '../import/clueImport';

/**
 * 导入移交台账: old clue-transfer ledgers into 移交清单 (new rows below the
 * ledger's, or a new sheet), made a structured list by the same planStructure
 * as init. A clue the ledger has already is not added again.
 */
export const clueImportCommand = (sources: readonly LegacySource[]): Command<ClueImportResult> => ({
  action: 'log.action.clueImport',
  scope: ACTION_SCOPE,
  plan: (snapshot, env) => {
    const lang = layoutLanguage(snapshot, env.lang);
    const hasLedger = snapshot.sheets.length > 0;
    const result = importClueLedgers(sources, lang, existingClues(hasLedger ? read(snapshot, env) : null));
    const values = planClueImport(result, hasLedger ? snapshot : null, lang);
    const structure = planStructure(snapshotAfter(hasLedger ? snapshot : null, values), { lang }).plan;
    return { plan: concatPlans(values, structure), result };
  },
});
