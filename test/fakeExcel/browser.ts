/**
 * The fake Excel host in a browser page, standing in for office.js in the
 * browser test (test/e2e/pane.test.ts serves this bundle where a page asks for
 * office.js). It must load before the pane's bundle. The page's query string
 * picks the display language (?lang=en-US), an optional delay per sync
 * (?latency=200) so progress can be seen, an empty workbook (?empty=1) and the
 * Office application (?host=Word: onReady reports another host).
 * `window.__fakeExcel` lets the test inspect the workbook (selection, values,
 * sync counts).
 *
 * Dialogs behave as in Excel on the web with displayInIframe: the page passed
 * to Office.context.ui.displayDialogAsync opens in a floating frame over the
 * page (its own office.js is this fake too); messageParent in the frame raises
 * DialogMessageReceived in the opener, dialog.close() removes the frame, and
 * `window.__fakeDialogs` lists what was opened (URL, options, open or closed).
 */
import { FakeExcel } from './host';
import { FakeWorkbook } from './workbook';
import { demoWorkbook } from './demo';

type Handler = (arg: unknown) => void;

interface FakeDialog {
  url: string;
  options: { height?: number; width?: number; displayInIframe?: boolean };
  open: boolean;
  handlers: Record<string, Handler>;
  frame: HTMLIFrameElement | null;
}

const params = new URLSearchParams(location.search);
const host = new FakeExcel(params.get('empty') ? new FakeWorkbook() : demoWorkbook(), {
  displayLanguage: params.get('lang') ?? 'zh-CN',
  latencyMs: Number(params.get('latency') ?? 0),
});
host.install(window as unknown as Record<string, unknown>);
(window as unknown as { __fakeExcel: FakeExcel }).__fakeExcel = host;

const office = (window as unknown as { Office: Record<string, unknown> & { context: Record<string, unknown> } }).Office;
office.EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };
office.AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
(office.HostType as Record<string, string>).Word = 'Word';

const application = params.get('host');
if (application) {
  office.onReady = (cb?: (info: { host: string; platform: string }) => void) => {
    const info = { host: application, platform: 'OfficeOnline' };
    cb?.(info);
    return Promise.resolve(info);
  };
}

const dialogs: FakeDialog[] = [];
(window as unknown as { __fakeDialogs: FakeDialog[] }).__fakeDialogs = dialogs;

function closeDialog(d: FakeDialog): void {
  d.open = false;
  d.frame?.remove();
  d.frame = null;
}

office.context.ui = {
  displayDialogAsync(url: string, options: FakeDialog['options'], callback: (r: unknown) => void) {
    const d: FakeDialog = { url, options, open: true, handlers: {}, frame: null };
    dialogs.push(d);
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.title = 'dialog';
    frame.setAttribute('data-fake-dialog', String(dialogs.length - 1));
    const style = frame.style;
    style.position = 'fixed';
    style.width = `${options.width ?? 80}vw`;
    style.height = `${options.height ?? 80}vh`;
    style.left = `${(100 - (options.width ?? 80)) / 2}vw`;
    style.top = `${(100 - (options.height ?? 80)) / 2}vh`;
    style.border = '1px solid #c8c8c8';
    style.boxShadow = '0 8px 24px rgba(0,0,0,.25)';
    style.background = '#fff';
    document.body.appendChild(frame);
    d.frame = frame;
    // The frame's messageParent ends up here.
    (frame as unknown as { __onMessage: Handler }).__onMessage = (message) =>
      d.handlers.dialogMessageReceived?.({ message, origin: location.origin });
    const dialog = {
      addEventHandler: (type: string, handler: Handler) => (d.handlers[type] = handler),
      close: () => closeDialog(d),
      messageChild: () => undefined,
    };
    setTimeout(() => callback({ status: 'succeeded', value: dialog }), 0);
  },
  messageParent(message: string) {
    const frame = window.frameElement as (HTMLIFrameElement & { __onMessage?: Handler }) | null;
    frame?.__onMessage?.(message);
  },
};

/** The user closes dialog `i` with its X: DialogEventReceived 12006, as Office reports it. */
(window as unknown as { __fakeCloseDialog: (i: number) => void }).__fakeCloseDialog = (i) => {
  const d = dialogs[i];
  closeDialog(d);
  d.handlers.dialogEventReceived?.({ error: 12006 });
};
