/**
 * Entry of the task pane: waits for Office, picks the language, renders the pane, or says why it cannot:
 *  - office.js did not load (no `Office` global when this bundle runs, although taskpane.html loads office.js
 *    before it, synchronously): the network or the intranet blocked it;
 *  - office.js loaded but the page is not inside Office: `Office.onReady` resolves with a null host
 *    ("once Office.js determines that it is running outside of an Office application, it will … resolve the promise
 *    with null for both the application and platform",
 *    https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1));
 *  - inside an Office application that is not Excel.
 * We may not know Office's language then, so each message is shown in Chinese and English.
 * In an old webview this bundle does not run at all; when it does but src/taskpane/compat.js has already shown its
 * message (window.RL_OLD_WEBVIEW), nothing is mounted over it.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { officeLang } from './i18n';
import { loadCore } from './loadCore';
import { type MessageParams, parseLang } from '../i18n/index';
import { type PaneKey, tp } from '../i18n/pane';

type Why = 'addin.start.noOfficeJs' | 'addin.start.notInOffice' | 'addin.start.notExcel';

/** Why the pane cannot start, in both languages. */
function Notice({ why, params }: { why: Why; params?: MessageParams }): React.JSX.Element {
  const para = (lang: 'zh' | 'en', key: PaneKey) => (
    <p lang={lang === 'zh' ? 'zh-CN' : 'en'} style={{ margin: '0 0 12px' }}>
      {tp(lang, key, params)}
    </p>
  );
  return (
    <div role="alert" data-start={why} style={{ padding: 16, lineHeight: 1.6, fontSize: 14 }}>
      <h1 style={{ fontSize: 16, margin: '0 0 8px' }}>
        {tp('zh', 'addin.title')} {tp('en', 'addin.title')}
      </h1>
      {para('zh', why)}
      {para('en', why)}
    </div>
  );
}

function start(): void {
  if ((window as { RL_OLD_WEBVIEW?: string }).RL_OLD_WEBVIEW) return;
  // The engine is a chunk of its own: fetch it while Office starts up, so the first command need not wait.
  void loadCore().catch(() => undefined);
  const root = createRoot(document.getElementById('root')!);
  if (typeof Office === 'undefined') {
    root.render(<Notice why="addin.start.noOfficeJs" />);
    return;
  }
  void Office.onReady((info) => {
    if (!info?.host) {
      root.render(<Notice why="addin.start.notInOffice" />);
      return;
    }
    if (info.host !== Office.HostType.Excel) {
      root.render(<Notice why="addin.start.notExcel" params={{ host: String(info.host) }} />);
      return;
    }
    const lang = officeLang();
    // The display language itself (en-GB, zh-TW…) when it is the pane's language, for screen readers.
    const display = Office.context?.displayLanguage;
    document.documentElement.lang = parseLang(display) === lang ? display : lang === 'zh' ? 'zh-CN' : 'en';
    root.render(<App lang={lang} />);
  });
}

start();
