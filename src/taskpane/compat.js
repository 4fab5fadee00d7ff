/*
 * Old-webview check, inlined first into taskpane.html (and after office.js into commands.html) by
 * webpack.config.js. It is written in ES5 (no modules, no arrow functions, no let/const, no trailing commas in
 * calls) because its whole point is to run where our bundles cannot: test/addin/webview.test.ts parses it as ES5.
 *
 * Office on Windows still hosts add-ins in Internet Explorer 11 ("Trident") or Edge Legacy ("EdgeHTML") in some
 * combinations of Windows and Office ("Browsers and webview controls used by Office Add-ins",
 * https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins), and Office on Mac
 * uses the Safari of the installed macOS. Our bundles are ES2020 with WeakRef (React 18, Fluent UI v9): there they
 * fail to parse and the pane stays blank. Microsoft recommends a graceful failure message for these webviews
 * ("Support older Microsoft webviews and Office versions",
 * https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11), which is what this does:
 *  - detection: the user agent (Trident, EdgeHTML), then the features the bundles need: Promise, fetch, WeakRef
 *    (which also stands for the ES2020 syntax, see oldWebview), BigInt, Object.fromEntries, Array.prototype.flatMap;
 *  - in the task pane: a message in Chinese and English (which Excel versions are supported, what to do) in place
 *    of the pane, and window.RL_OLD_WEBVIEW set so that src/taskpane/index.tsx does not mount anything;
 *  - in the ribbon's function file: 检查 and 刷新 open the same message in the add-in's dialog (src/dialog/,
 *    ES5 too) and complete their event, instead of doing nothing.
 */
/* global window, Office */
(function (win) {
  'use strict';

  var MESSAGE = {
    zh: {
      title: '此版本的 Excel 无法运行整改台账',
      lines: [
        '加载项需要较新的网页组件：Windows 上是 Microsoft Edge WebView2，Mac 上是 Safari 14.1 或更高版本。这台电脑上的 Excel 使用的是 Internet Explorer 或旧版 Edge 组件，或者 Safari 版本过旧。',
        '支持的版本：Windows 版 Microsoft 365 的 Excel（2108 版或更高）、Excel 2021 及更高版本；Mac 版 Excel 16.52 或更高；网页版 Excel（使用当前版本的 Edge、Chrome、Firefox 或 Safari）。Excel 2019 及更早版本不受支持。',
        '怎么办：请更新 Office；在 Windows 上请管理员安装 Microsoft Edge WebView2 运行时；在 Mac 上请更新 macOS 和 Safari。在此之前可以在网页版 Excel 中使用本加载项，或用命令行 rectify 处理 .xlsx 文件。',
      ],
    },
    en: {
      title: 'This version of Excel cannot run Rectification Ledger',
      lines: [
        'The add-in needs a recent web view: Microsoft Edge WebView2 on Windows, Safari 14.1 or later on a Mac. Excel on this computer uses Internet Explorer or Edge Legacy, or a Safari that is too old.',
        'Supported: Excel in Microsoft 365 on Windows (version 2108 or later), Excel 2021 and later; Excel for Mac 16.52 or later; Excel on the web (in a current Edge, Chrome, Firefox or Safari). Excel 2019 and earlier are not supported.',
        'What to do: update Office; on Windows, ask your administrator to install the Microsoft Edge WebView2 Runtime; on a Mac, update macOS and Safari. Meanwhile, use the add-in in Excel on the web, or the rectify command line on .xlsx files.',
      ],
    },
  };

  /** Why this webview cannot run the bundles, or '' when it can. */
  function oldWebview() {
    var ua = (win.navigator && win.navigator.userAgent) || '';
    if (/Trident\/|MSIE /.test(ua)) return 'Trident';
    // EdgeHTML says "Edge/18"; Chromium-based Edge (WebView2) says "Edg/".
    if (/\bEdge\/\d/.test(ua)) return 'EdgeHTML';
    // The bundles' ES2020 syntax is not tried by parsing a string (the Function constructor): the pages'
    // Content-Security-Policy allows no 'unsafe-eval', and the attempt itself is reported as a violation. WeakRef
    // (ES2021) stands for it: every engine that has it parses ES2020 (Chrome 84, Firefox 79, Safari 14.1 added
    // WeakRef; optional chaining, ?? and BigInt literals came in Chrome 80, Firefox 74 and Safari 14).
    var needs = [
      ['Promise', win.Promise],
      ['fetch', win.fetch],
      ['WeakRef', win.WeakRef],
      ['BigInt', win.BigInt],
      ['Object.fromEntries', Object.fromEntries],
      ['Array.prototype.flatMap', Array.prototype.flatMap],
    ];
    for (var i = 0; i < needs.length; i++) {
      if (typeof needs[i][1] !== 'function') return needs[i][0];
    }
    return '';
  }

  /** The message in both languages, Chinese first, as DOM nodes (textContent: no markup from strings). */
  function render(doc) {
    var box = doc.createElement('div');
    box.id = 'rl-old-webview';
    box.setAttribute('role', 'alert');
    box.style.padding = '16px';
    box.style.lineHeight = '1.6';
    box.style.fontSize = '14px';
    var langs = [
      ['zh', 'zh-CN'],
      ['en', 'en'],
    ];
    for (var i = 0; i < langs.length; i++) {
      var text = MESSAGE[langs[i][0]];
      var section = doc.createElement('section');
      section.setAttribute('lang', langs[i][1]);
      var h = doc.createElement('h1');
      h.style.fontSize = '16px';
      h.style.margin = i === 0 ? '0 0 8px' : '20px 0 8px';
      h.appendChild(doc.createTextNode(text.title));
      section.appendChild(h);
      for (var j = 0; j < text.lines.length; j++) {
        var p = doc.createElement('p');
        p.style.margin = '0 0 8px';
        p.appendChild(doc.createTextNode(text.lines[j]));
        section.appendChild(p);
      }
      box.appendChild(section);
    }
    return box;
  }

  /** In the pane: the message instead of the (empty) root. */
  function showInPage() {
    var doc = win.document;
    var root = doc.getElementById('root');
    if (!root || doc.getElementById('rl-old-webview')) return;
    root.style.display = 'none';
    root.parentNode.insertBefore(render(doc), root);
  }

  /** The dialog page's address with the message in its query (src/dialog/dialog.js reads it). */
  function dialogUrl() {
    var lines = MESSAGE.zh.lines.concat([MESSAGE.en.title]).concat(MESSAGE.en.lines);
    var q =
      '?lang=zh&intent=error&title=' + encodeURIComponent(MESSAGE.zh.title) + '&ok=' + encodeURIComponent('确定 OK');
    for (var i = 0; i < lines.length; i++) q += '&line=' + encodeURIComponent(lines[i]);
    var here = win.location.href.split('?')[0].split('#')[0];
    return here.substring(0, here.lastIndexOf('/') + 1) + 'dialog.html' + q;
  }

  /** A ribbon button in an old webview: say why in the dialog, then complete the event whatever happens. */
  function reportInDialog(event) {
    var done = false;
    function complete() {
      if (done) return;
      done = true;
      event.completed();
    }
    // Office ends a function command after five minutes; the dialog outlives it.
    win.setTimeout(complete, 270000);
    try {
      var options = { height: 60, width: 45, displayInIframe: true };
      Office.context.ui.displayDialogAsync(dialogUrl(), options, function (r) {
        if (r.status !== 'succeeded') return complete();
        var dialog = r.value;
        dialog.addEventHandler('dialogMessageReceived', function () {
          dialog.close();
          complete();
        });
        dialog.addEventHandler('dialogEventReceived', complete);
      });
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding
    } catch (e) {
      complete();
    }
  }

  var reason = oldWebview();
  if (!reason) return;
  win.RL_OLD_WEBVIEW = reason;
  if (win.document.readyState === 'loading') win.document.addEventListener('DOMContentLoaded', showInPage);
  else showInPage();
  // The function file loads office.js before this script; the task pane loads it after (no ribbon there).
  if (typeof Office !== 'undefined' && Office.actions && Office.actions.associate) {
    Office.actions.associate('checkLedger', reportInDialog);
    Office.actions.associate('refreshLedger', reportInDialog);
  }
})(window);
