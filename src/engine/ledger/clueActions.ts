/**
 * 转账 — the two actions on a transferred clue (docs/STATUS.md), as plans on
 * its 移交清单 row:
 *   sign    待签收 → 办理中: 签收日期 (default today) and 签收人 (required)
 *   finish  → 已办结: 办结日期 (default today) and 办理结果; only once signed for
 * The row's 预警 follows in the same plan. Every change is logged.
 */
import { t } from '../../i18n';
import type { CellValue } from '../core/cells';
import { type Result, fail, ok } from '../core/errors';
import type { Plan } from '../core/plan';
import type { WorkbookSnapshot } from '../core/snapshot';
import { findSheet } from '../core/snapshot';
import { logText } from '../audit/chain';
import type { ClueRecord } from '../read/records';
import { clueAlertText } from '../rules/cycleAlertText';
import { computeClueAlert } from '../rules/cycleStatus';
import type { IsoDate } from '../rules/dates';
import { toExcelSerial } from '../rules/excelSerial';
import { CLUES } from '../schema/clues';
import { GENERATED_SHEET_NAMES } from '../schema/sheets';
import { CLUE_STATUS } from '../schema/values';
import { planRowCells } from './rowWrite';
import { CLUE_LEDGERS } from './sheets/clueSheets';
import { isGeneratedSheet } from './sheets/content';
import type { LedgerData } from './types';

export type ClueAction = 'sign' | 'finish';

export interface ClueRequest {
  id: string;
  /** 签收日期 / 办结日期; default: the as-of date. */
  date?: IsoDate;
  /** sign: who signed for it (required). */
  signer?: string;
  /** finish: what came of it. */
  result?: string;
}

export interface ClueActionResult {
  plan: Plan;
  clue: ClueRecord;
  message: string;
}

function findClue(data: LedgerData, id: string): Result<ClueRecord> {
  const sheet = data.mappings.clues?.sheet ?? CLUES.name[data.lang];
  if (!data.mappings.clues) return fail('closeout.noSheet', { sheet });
  const want = id.trim();
  if (!want) return fail('clue.idRequired');
  const found = data.clues.filter((c) => c.id === want);
  if (found.length === 0) return fail('clue.notFound', { id: want, sheet });
  if (found.length > 1) return fail('clue.duplicate', { id: want, sheet, rows: found.map((c) => c.row).join(', ') });
  return ok(found[0]);
}

/** The checks both actions share on the date: not in the future, not before what came first. */
function checkDate(data: LedgerData, c: ClueRecord, date: IsoDate, after: IsoDate | null | undefined): Result<true> {
  if (date > data.today) return fail('clue.dateFuture', { id: c.id, date, today: data.today });
  if (after && date < after) return fail('clue.dateBefore', { id: c.id, date, before: after });
  return ok(true);
}

export function planClueAction(
  action: ClueAction,
  data: LedgerData,
  snapshot: WorkbookSnapshot,
  req: ClueRequest,
): Result<ClueActionResult> {
  const lang = data.lang;
  const found = findClue(data, req.id);
  if (!found.ok) return found;
  const c = found.value;
  const date = req.date ?? data.today;
  const base = { id: c.id, row: c.row, date };
  if (c.status === 'finished') return fail('clue.alreadyFinished', { ...base, finishedOn: c.finishedOn ?? '' });
  const set: Record<string, CellValue> = {};
  let next = { ...c };
  if (action === 'sign') {
    const signer = req.signer?.trim() ?? '';
    if (c.signedOn || c.status === 'handling')
      return fail('clue.alreadySigned', { ...base, signedOn: c.signedOn ?? '' });
    if (!signer) return fail('clue.signerRequired', base);
    const ok1 = checkDate(data, c, date, c.transferredOn);
    if (!ok1.ok) return ok1;
    Object.assign(set, { signedOn: toExcelSerial(date), signer, status: CLUE_STATUS.handling[lang] });
    next = { ...c, signedOn: date, status: 'handling' };
  } else {
    if (!c.signedOn && c.status !== 'handling') return fail('clue.notSigned', base);
    const ok1 = checkDate(data, c, date, c.signedOn ?? c.transferredOn);
    if (!ok1.ok) return ok1;
    Object.assign(set, { finishedOn: toExcelSerial(date), status: CLUE_STATUS.finished[lang] });
    if (req.result?.trim()) set.result = req.result.trim();
    next = { ...c, finishedOn: date, status: 'finished' };
  }
  if (data.mappings.clues!.columns.alert !== undefined)
    set.alert = clueAlertText(computeClueAlert(next, data.today, data.settings.dueSoonDays), lang);
  const plan = planRowCells(snapshot, data.mappings.clues!, 'clues', c.row, set);
  if (!plan.ok) return plan;
  const params = { ...base, signer: req.signer ?? '', alert: String(set.alert ?? '') };
  return ok({ plan: plan.value, clue: c, message: t(lang, `clue.did.${action}`, params) });
}

/**
 * The clue a selected row stands for: a row of 移交清单, or of one of the
 * three clue ledgers (the clue ID in their second column). Anything else: null.
 */
export function clueIdAtRow(data: LedgerData, snapshot: WorkbookSnapshot, sheet: string, row: number): string | null {
  if (data.mappings.clues?.sheet === sheet) return data.clues.find((c) => c.row === row)?.id || null;
  const ledger = CLUE_LEDGERS.some((l) => GENERATED_SHEET_NAMES[l.id][data.lang] === sheet);
  if (!ledger) return null;
  const values = findSheet(snapshot, sheet)?.values;
  if (!values || !isGeneratedSheet(values)) return null;
  const id = logText(values[row - 1]?.[1]).trim();
  return data.clues.some((c) => c.id === id) ? id : null;
}
