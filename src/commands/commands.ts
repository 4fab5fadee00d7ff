/**
 * Ribbon function commands (manifest: ExecuteFunction). They need no pane: 检查 runs the check and selects the
 * first finding's cell; 刷新 recomputes deadlines and alerts and rebuilds the generated sheets the workbook has.
 * Both are the engine's commands run on the open workbook, as in the pane.
 *
 * A function command has no UI of its own, so each reports in a small dialog (src/dialog/): how many errors and
 * warnings and the first finding, or how many cells changed and which sheets were rebuilt, or the error in the
 * pane's words (errorText). Why a dialog and not the shared runtime: a dialog works on every Excel the manifest
 * admits (DialogApi 1.1), keeps this runtime small (no React pane), and leaves the pane untouched; the shared
 * runtime would load the whole pane for a ribbon click and could only report into a pane the user may not have
 * open. The message goes in the dialog's query string, the documented alternative to messageChild
 * (https://learn.microsoft.com/office/dev/add-ins/develop/parent-to-dialog).
 *
 * `event.completed()` is always called, or Excel shows the button as busy: when the dialog is closed (its OK
 * button, or the user closing it), when it cannot be opened, and at the latest just before Office's five-minute
 * limit for a function command; a dialog still open then keeps running on its own
 * (https://learn.microsoft.com/office/dev/add-ins/testing/runtimes#browser-runtime). Until then this runtime
 * stays alive, so the dialog's OK button has someone to tell.
 */
import { checkLedger, refreshWorkbook, selectCell } from '../excel/commands';
import type { Finding } from '../engine';
import type { Lang } from '../i18n/index';
import { addPaneWords, tp } from '../i18n/pane';
import { PANE_CATALOGUE } from '../i18n/paneWords';
import { errorText, officeLang } from '../taskpane/i18n';

// The ribbon's runtime reports engine messages (a finding, an error) as soon as it runs: all its words, up front.
addPaneWords(PANE_CATALOGUE);

export type Intent = 'success' | 'warning' | 'error';

/** What the dialog shows: a title, lines of text, and how it went. */
export interface Report {
  lang: Lang;
  intent: Intent;
  title: string;
  lines: string[];
}

/** Office ends a function command after five minutes; we complete a little before. */
export const COMPLETE_AFTER_MS = 270_000;
/** A finding's message is one sentence; a pathological one is cut so the dialog's address stays short. */
const MAX_LINE = 400;

const clip = (s: string) => (s.length > MAX_LINE ? `${s.slice(0, MAX_LINE - 1)}…` : s);

/** The dialog page next to this function file, with the report in its query string. */
export function dialogUrl(report: Report, base = location.href): string {
  const url = new URL('dialog.html', base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('lang', report.lang);
  url.searchParams.set('intent', report.intent);
  url.searchParams.set('title', report.title);
  for (const line of report.lines) url.searchParams.append('line', clip(line));
  url.searchParams.set('ok', tp(report.lang, 'addin.ribbon.ok'));
  return url.toString();
}

/** Opens the dialog; resolves when it is closed, could not open, or the command must end. Never rejects. */
export function showReport(report: Report): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, COMPLETE_AFTER_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    try {
      // displayInIframe: in Excel on the web a floating frame, no pop-up window to be blocked (ignored elsewhere).
      const options = { height: 40, width: 32, displayInIframe: true };
      Office.context.ui.displayDialogAsync(dialogUrl(report), options, (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          console.error(`The result dialog did not open (${result.error?.code}): ${report.lines.join(' ')}`);
          done();
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          done();
        });
        // Closed by the user (12006) or failed to load: either way it is gone.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
      });
    } catch (e) {
      console.error(e);
      done();
    }
  });
}

/** The finding the ribbon selects and names: the first error with a cell, else the first with a cell, else the first. */
export function firstFinding(findings: Finding[]): Finding | undefined {
  return findings.find((f) => f.cell && f.severity === 'error') ?? findings.find((f) => f.cell) ?? findings[0];
}

async function checkReport(lang: Lang): Promise<Report> {
  const { findings, summary } = (await checkLedger({ lang })).result;
  const { errors, warnings } = summary;
  const title = tp(lang, 'addin.ribbon.check.title');
  const intent: Intent = errors ? 'error' : warnings ? 'warning' : 'success';
  const first = firstFinding(findings);
  if (!first) return { lang, intent, title, lines: [tp(lang, 'addin.result.checkClean')] };
  const lines = [
    tp(lang, 'addin.result.check', { errors, warnings }),
    tp(lang, 'addin.ribbon.check.first', { message: first.message }),
  ];
  if (first.cell) {
    await selectCell(first.sheet, first.cell);
    lines.push(tp(lang, 'addin.ribbon.check.selected', { sheet: first.sheet, cell: first.cell }));
  }
  lines.push(tp(lang, 'addin.ribbon.check.all'));
  return { lang, intent, title, lines };
}

async function refreshReport(lang: Lang): Promise<Report> {
  const outcome = await refreshWorkbook({ lang });
  const { cells, rebuilt } = outcome.result;
  const lines = [
    cells > 0
      ? tp(lang, 'addin.result.refresh', { cells, syncs: outcome.stats.syncs })
      : tp(lang, 'addin.result.refreshNoop'),
    rebuilt.length
      ? tp(lang, 'ledger.rebuilt', { sheets: rebuilt.join(lang === 'zh' ? '、' : ', ') })
      : tp(lang, 'addin.ribbon.refresh.noSheets'),
    // What this Excel could not take (an older API set, a protected sheet).
    ...outcome.degraded.map((d) => tp(lang, d.key, d.params)),
  ];
  const intent: Intent = outcome.degraded.length ? 'warning' : 'success';
  return { lang, intent, title: tp(lang, 'addin.ribbon.refresh.title'), lines };
}

/** Runs one command, shows its report or its error, and always completes the event. */
async function run(event: Office.AddinCommands.Event, make: (lang: Lang) => Promise<Report>): Promise<void> {
  try {
    const lang = officeLang();
    let report: Report;
    try {
      report = await make(lang);
    } catch (e) {
      console.error(e);
      report = { lang, intent: 'error', title: tp(lang, 'addin.ribbon.error.title'), lines: [errorText(lang, e)] };
    }
    await showReport(report);
  } finally {
    event.completed();
  }
}

export const checkLedgerCommand = (event: Office.AddinCommands.Event): Promise<void> => run(event, checkReport);
export const refreshLedgerCommand = (event: Office.AddinCommands.Event): Promise<void> => run(event, refreshReport);

// The functions are associated when this file loads, not inside onReady, so a button pressed while the runtime is
// still starting finds its function. In an old webview src/taskpane/compat.js has associated its own (this bundle
// normally cannot even parse there); we leave those in place.
void Office.onReady();
if (!(globalThis as { RL_OLD_WEBVIEW?: string }).RL_OLD_WEBVIEW) {
  Office.actions.associate('checkLedger', checkLedgerCommand);
  Office.actions.associate('refreshLedger', refreshLedgerCommand);
}
