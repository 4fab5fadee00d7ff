/**
 * Ribbon function commands (manifest: ExecuteFunction). They need no pane:
 * 检查 runs the check and selects the first finding's cell (its full list is
 * in the pane); 刷新 recomputes deadlines and alerts. Both are the engine's
 * commands run on the open workbook, as in the pane. Always
 * `event.completed()`, or Excel shows the button as busy forever.
 */
import { checkLedger, refreshWorkbook, selectCell } from '../excel/commands';
import { parseLang } from '../i18n/index';

function lang() {
  return parseLang(Office.context.displayLanguage) ?? 'zh';
}

export async function checkLedgerCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const { findings } = (await checkLedger({ lang: lang() })).result;
    const first = findings.find((f) => f.cell && f.severity === 'error') ?? findings.find((f) => f.cell);
    if (first) await selectCell(first.sheet, first.cell);
  } catch (e) {
    console.error(e);
  } finally {
    event.completed();
  }
}

export async function refreshLedgerCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await refreshWorkbook({ lang: lang() });
  } catch (e) {
    console.error(e);
  } finally {
    event.completed();
  }
}

// Office.js is initialised by onReady; the functions are associated when this file loads, not inside onReady,
// so a button pressed while the runtime is still starting finds its function.
void Office.onReady();
Office.actions.associate('checkLedger', checkLedgerCommand);
Office.actions.associate('refreshLedger', refreshLedgerCommand);
