/**
 * Ribbon function commands (manifest: ExecuteFunction). They need no pane:
 * 检查 runs the check and selects the first finding's cell (its full list is
 * in the pane); 刷新 recomputes deadlines and alerts. Always `event.completed()`,
 * or Excel shows the button as busy forever.
 */
import { checkLedger, refreshWorkbook, selectCell } from '../excel/commands';
import { parseLang } from '../i18n/index';

function lang() {
  return parseLang(Office.context.displayLanguage) ?? 'zh';
}

export async function checkLedgerCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const r = await checkLedger({ lang: lang() });
    const first = r.findings.find((f) => f.cell && f.severity === 'error') ?? r.findings.find((f) => f.cell);
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

void Office.onReady(() => {
  Office.actions.associate('checkLedger', checkLedgerCommand);
  Office.actions.associate('refreshLedger', refreshLedgerCommand);
});
