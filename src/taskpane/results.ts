/**
 * What the pane says when one of its three commands ends: the outcome of
 * 建立台账结构, 检查 or 刷新 as a status message, in the pane's language.
 */
import type { CheckResult } from '../engine/plans/check/index';
import type { RefreshResult, StructureResult } from '../engine/run/commands';
import { type Lang, t } from '../i18n/index';
import { tp } from '../i18n/pane';
import type { ExcelOutcome as PaneOutcome } from '../excel/commands';
import type { Status } from './status';

/** What the workbook could not take (an older Excel, a protected sheet), one line each. */
function degradedLines(lang: Lang, outcome: PaneOutcome<unknown>): string[] {
  return outcome.degraded.map((d) => tp(lang, d.key, d.params));
}

export function structureStatus(lang: Lang, outcome: PaneOutcome<StructureResult>): Status {
  const legacy = outcome.result.legacy;
  // A legacy ledger beside the new lists: the pane points to the import panel rather than leaving three empty lists.
  const hint = legacy ? [t(lang, 'import.legacyLooking', { sheet: legacy.sheet, row: legacy.headerRow })] : [];
  return {
    intent: outcome.degraded.length || legacy ? 'warning' : 'success',
    text:
      outcome.cellsWritten > 0
        ? tp(lang, 'addin.result.structure', { cells: outcome.cellsWritten, syncs: outcome.stats.syncs })
        : tp(lang, 'addin.result.structureNoop'),
    extra: [...hint, ...degradedLines(lang, outcome)],
  };
}

export function checkStatus(lang: Lang, { summary, findings }: CheckResult): Status {
  const { errors, warnings } = summary;
  return {
    intent: errors ? 'error' : warnings ? 'warning' : 'success',
    text: findings.length ? tp(lang, 'addin.result.check', { errors, warnings }) : tp(lang, 'addin.result.checkClean'),
  };
}

export function refreshStatus(lang: Lang, outcome: PaneOutcome<RefreshResult>): Status {
  const { cells, rebuilt } = outcome.result;
  const changed =
    cells > 0
      ? tp(lang, 'addin.result.refresh', { cells, syncs: outcome.stats.syncs })
      : tp(lang, 'addin.result.refreshNoop');
  const sheets = rebuilt.length
    ? tp(lang, 'ledger.rebuilt', { sheets: rebuilt.join(lang === 'zh' ? '、' : ', ') })
    : '';
  return {
    intent: outcome.degraded.length ? 'warning' : 'success',
    text: [changed, sheets].filter(Boolean).join(' '),
    extra: degradedLines(lang, outcome),
  };
}
